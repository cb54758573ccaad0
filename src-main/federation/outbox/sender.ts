import { request } from 'node:https';
import { APP_VERSION } from '../../version.ts';
import { type ExportFile, MANIFEST_FILE } from '../export/bundle.ts';
import type { AttemptOutcome } from './contract.ts';

/* One HTTPS POST of an export to the federation, turned into an outcome with a French message. Never plain HTTP. */

export interface SendOptions {
  /**
   * Extra trusted certificate authority (PEM). Tests pass the CA of their local server; in production it is left
   * unset and Node's built-in public authorities apply (a federation with its own private CA: NODE_EXTRA_CA_CERTS).
   */
  ca?: string;
  /** Gives up on an attempt that has not been answered after this long (30 s by default). */
  timeoutMs?: number;
}

interface SendRequest {
  url: string;
  idempotencyKey: string;
  files: ExportFile[];
}

export interface SendResult {
  outcome: AttemptOutcome;
  httpStatus: number | null;
  message: string;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const MAX_ANSWER_CHARS = 300;

/** The network is down or the server is not listening: the export waits for the connection to come back. */
const OFFLINE_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'EHOSTDOWN']);
const CERTIFICATE_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/;

/** The body: the manifest (period, office, versions, hashes) on its own for the receiver, then every file. */
function requestBody(files: ExportFile[]): string {
  const manifest = files.find((file) => file.name === MANIFEST_FILE);
  return JSON.stringify({ manifest: manifest ? (JSON.parse(manifest.content) as unknown) : null, files });
}

export function sendExport(send: SendRequest, options: SendOptions = {}): Promise<SendResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let url: URL;
  try {
    url = new URL(send.url);
  } catch {
    return Promise.resolve(refusedAddress(send.url));
  }
  if (url.protocol !== 'https:') return Promise.resolve(refusedAddress(send.url));
  const body = Buffer.from(requestBody(send.files), 'utf8');

  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: SendResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      resolve(result);
    };
    const req = request(url, {
      method: 'POST',
      ca: options.ca,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': body.length,
        'Idempotency-Key': send.idempotencyKey,
        'User-Agent': `Voisinage/${APP_VERSION}`,
      },
    });
    // One deadline for the whole exchange, so a server that answers drop by drop cannot hold the outbox either.
    const deadline = setTimeout(() => {
      finish({ outcome: 'timeout', httpStatus: null, message: timeoutMessage(timeoutMs) });
      req.destroy();
    }, timeoutMs);
    req.on('error', (error: NodeJS.ErrnoException) => finish(networkFailure(error)));
    req.on('response', (response) => {
      let answer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        if (answer.length < MAX_ANSWER_CHARS) answer += chunk;
      });
      response.on('end', () => finish(httpOutcome(response.statusCode ?? 0, answer)));
      response.on('error', (error: NodeJS.ErrnoException) => finish(networkFailure(error)));
    });
    req.end(body);
  });
}

function refusedAddress(url: string): SendResult {
  return {
    outcome: 'refused',
    httpStatus: null,
    message: `L’adresse de la fédération (« ${url.slice(0, 100)} ») n’est pas une adresse https : rien n’a été envoyé. Corrigez-la dans Paramètres, puis envoyez de nouveau depuis les indicateurs.`,
  };
}

const timeoutMessage = (timeoutMs: number) =>
  `Le serveur de la fédération n’a pas répondu en ${Math.round(timeoutMs / 1000)} secondes ; nouvel essai automatique.`;

/** The receiver's own words, shortened and on one line, so they can be shown in the history. */
const receiverSays = (answer: string) => {
  const text = answer.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, 200);
  return text ? ` Réponse : « ${text} ».` : '';
};

function httpOutcome(status: number, answer: string): SendResult {
  if (status >= 200 && status < 300) return { outcome: 'sent', httpStatus: status, message: `Reçu par la fédération (HTTP ${status}).` };
  if (status === 409) {
    return { outcome: 'sent', httpStatus: status, message: 'La fédération avait déjà reçu cet envoi (HTTP 409) : il n’a pas été compté deux fois.' };
  }
  // 408 (request timeout) and 429 (too many requests) say "later", not "no".
  if (status >= 500 || status === 408 || status === 429) {
    return { outcome: 'failed', httpStatus: status, message: `Le serveur de la fédération est en difficulté (HTTP ${status}) ; nouvel essai automatique.${receiverSays(answer)}` };
  }
  return {
    outcome: 'refused',
    httpStatus: status,
    message:
      `La fédération a refusé cet envoi (HTTP ${status}) ; il ne sera pas renvoyé automatiquement. ` +
      `Vérifiez l’adresse dans Paramètres ou contactez la fédération, puis envoyez de nouveau depuis les indicateurs.${receiverSays(answer)}`,
  };
}

function networkFailure(error: NodeJS.ErrnoException): SendResult {
  const code = error.code ?? '';
  if (OFFLINE_CODES.has(code)) {
    return {
      outcome: 'offline',
      httpStatus: null,
      message: `Pas de connexion au serveur de la fédération (${code}) : l’envoi partira quand la connexion reviendra.`,
    };
  }
  if (CERTIFICATE_CODES.test(code) || code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return {
      outcome: 'failed',
      httpStatus: null,
      message: `Le certificat du serveur de la fédération n’est pas reconnu (${code}) : rien n’a été envoyé ; nouvel essai automatique. Si cela dure, vérifiez l’adresse ou faites installer le certificat de la fédération.`,
    };
  }
  return {
    outcome: 'failed',
    httpStatus: null,
    message: `La connexion au serveur de la fédération a échoué (${code || 'erreur réseau'}) ; nouvel essai automatique.`,
  };
}
