import type { Envelope } from '../../src-main/core/contract.ts';
import type { Transport } from './transport.ts';

const TOKEN_KEY = 'voisinage.token';

/**
 * Browser mode: the launch URL carries the session token in its fragment (#token=…). It is kept for this tab only
 * and removed from the address bar, so it does not linger in history or get copied with the URL.
 */
export function takeSessionToken(location: Location, history: History, storage: Storage): string | null {
  const match = /(?:^#|&)token=([\w-]+)/.exec(location.hash);
  if (match?.[1]) {
    storage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', location.pathname + location.search);
  }
  return storage.getItem(TOKEN_KEY);
}

const offline: Envelope<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'Voisinage ne répond pas : vérifiez que l’application est toujours lancée.', issues: [] },
};

export function createHttpTransport(token: string | null): Transport {
  const headers = { 'Content-Type': 'application/json', 'x-voisinage-token': token ?? '' };
  return {
    async invoke(method, input) {
      try {
        const response = await fetch('/api/invoke', { method: 'POST', headers, body: JSON.stringify({ method, input }) });
        return (await response.json()) as Envelope<unknown>;
      } catch {
        return offline;
      }
    },
    on(_event, listener) {
      const controller = new AbortController();
      void streamEvents(headers, controller.signal, listener);
      return () => controller.abort();
    },
  };
}

/** Reads the server-sent events stream with fetch (EventSource cannot send the token header). */
async function streamEvents(headers: Record<string, string>, signal: AbortSignal, listener: (payload: unknown) => void) {
  try {
    const response = await fetch('/api/events', { headers, signal });
    const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    while (reader) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      const messages = buffer.split('\n\n');
      buffer = messages.pop() ?? '';
      for (const message of messages) {
        const data = message.split('\n').find((line) => line.startsWith('data: '));
        if (data) listener(JSON.parse(data.slice(6)));
      }
    }
  } catch {
    // Aborted on unmount, or the app was closed: nothing to refresh any more.
  }
}
