import { createContext, useContext } from 'react';
import type { Output } from '../api/client.ts';
import type { Level, ModuleName } from '../../src-main/auth/rights.ts';
import { levelAtLeast } from '../../src-main/auth/rights.ts';

export type AuthStatus = Output<'auth.status'>;
export type SignedIn = AuthStatus & { user: NonNullable<AuthStatus['user']>; rights: NonNullable<AuthStatus['rights']> };

export const AuthContext = createContext<SignedIn | null>(null);

/** The signed-in staff member and their rights; only inside the app shell, which is shown once signed in. */
export function useAuth(): SignedIn {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside the signed-in app');
  return auth;
}

/** Whether to show a screen or a button: the backend enforces the same rule on every call anyway. */
export function useCan(module: ModuleName, level: Level = 'read'): boolean {
  return levelAtLeast(useAuth().rights[module], level);
}
