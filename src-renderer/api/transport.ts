import type { Envelope } from '../../src-main/core/contract.ts';

/**
 * How the renderer reaches the backend: in Electron the preload's `window.voisinage`, in browser mode HTTP on
 * loopback. Both speak the same contract and answer with the same result envelope.
 */
export interface Transport {
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
  /** Subscribes to backend events; returns the unsubscribe function. */
  on(event: 'changed', listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    /** Exposed by the preload in Electron; absent in browser mode. */
    voisinage?: Transport;
  }
}
