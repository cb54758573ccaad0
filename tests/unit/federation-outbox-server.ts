import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';

/**
 * A federation receiver for the outbox tests: HTTPS on 127.0.0.1 with a self-signed certificate (its PEM is the CA
 * the sender is given), counting receipts per Idempotency-Key as a real receiver would (a second copy is not a new
 * receipt). `answer` says how it behaves: accept (201), a status to answer with, or hang (never answers).
 */
export interface Receiver {
  readonly ca: string;
  readonly url: string;
  answer: 'accept' | 'hang' | number;
  /** Every request seen, in order, with its key and parsed body. */
  readonly requests: { key: string; contentType: string; body: { manifest: unknown; files: { name: string; content: string; sha256: string }[] } }[];
  /** Accepted copies per idempotency key. */
  readonly receipts: Map<string, number>;
  /** Stops listening (and drops hanging connections): the port is then closed, as when the server is down. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
}

/** A server's key and certificate, and the authority that issued it (the certificate itself when self-signed). */
export interface ServerCredentials {
  key: string;
  cert: string;
  ca: string;
}

async function selfSigned(): Promise<ServerCredentials> {
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] }],
  });
  return { key: pems.private, cert: pems.cert, ca: pems.cert };
}

export async function startReceiver(credentials?: ServerCredentials): Promise<Receiver> {
  const pems = credentials ?? (await selfSigned());
  let server: Server | null = null;
  let port = 0;
  const receiver: Receiver = {
    ca: pems.ca,
    get url() {
      return `https://127.0.0.1:${port}/depot`;
    },
    answer: 'accept',
    requests: [],
    receipts: new Map(),
    async start() {
      const listening = createServer({ key: pems.key, cert: pems.cert }, (request, response) => {
        let text = '';
        request.setEncoding('utf8');
        request.on('data', (chunk: string) => (text += chunk));
        request.on('end', () => {
          const key = String(request.headers['idempotency-key'] ?? '');
          receiver.requests.push({ key, contentType: String(request.headers['content-type']), body: JSON.parse(text) });
          const answer = receiver.answer;
          if (answer === 'hang') return;
          if (answer === 'accept') {
            const already = receiver.receipts.has(key);
            if (!already) receiver.receipts.set(key, 1);
            response.writeHead(already ? 409 : 201, { 'Content-Type': 'text/plain' }).end(already ? 'déjà reçu' : 'reçu');
            return;
          }
          response.writeHead(answer, { 'Content-Type': 'text/plain' }).end(`réponse ${answer}`);
        });
      });
      await new Promise<void>((resolve) => listening.listen(port, '127.0.0.1', resolve));
      port = (listening.address() as AddressInfo).port;
      server = listening;
    },
    async stop() {
      const closing = server;
      server = null;
      if (!closing) return;
      closing.closeAllConnections();
      await new Promise<void>((resolve) => closing.close(() => resolve()));
    },
  };
  await receiver.start();
  return receiver;
}
