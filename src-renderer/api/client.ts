import type { z } from 'zod';
import type { AppContract, MethodName } from '../../src-main/contract.ts';
import type { ErrorPayload } from '../../src-main/core/contract.ts';
import { createHttpTransport, takeSessionToken } from './http-transport.ts';
import type { Transport } from './transport.ts';

export type Input<M extends MethodName> = z.input<AppContract[M]['input']>;
export type Output<M extends MethodName> = z.output<AppContract[M]['output']>;

/** A refusal from the backend, with its French message and the fields concerned. */
export class ApiError extends Error {
  readonly payload: ErrorPayload;
  constructor(payload: ErrorPayload) {
    super(payload.message);
    this.payload = payload;
  }
}

function pickTransport(): Transport {
  if (window.voisinage) return window.voisinage;
  return createHttpTransport(takeSessionToken(window.location, window.history, window.sessionStorage));
}

export const transport: Transport = pickTransport();

export async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
  const envelope = await transport.invoke(method, input);
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.data as Output<M>;
}
