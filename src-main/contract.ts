import type { Contract } from './core/contract.ts';
import { residencesContract } from './residences/contract.ts';
import { systemContract } from './system/contract.ts';

/** Every method of the backend: the one contract shared by main, preload, renderer and tests. */
export const contract = {
  ...systemContract,
  ...residencesContract,
} satisfies Contract;

export type AppContract = typeof contract;
export type MethodName = keyof AppContract;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];
