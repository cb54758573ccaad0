import { request } from 'node:https';
import { getCACertificates } from 'node:tls';
import { APP_VERSION } from '../../version.ts';
import { type ExportFile, MANIFEST_FILE } from '../export/bundle.ts';
import type { AttemptOutcome } from './contract.ts';

/* One HTTPS POST of an export to the federation, turned into an outcome with a French message. Never plain HTTP. */

export interface SendOptions {
  /**
   * Extra trusted certificate authorities (PEM, one or several), on top of the public ones: the federation's own
   * authority set in Paramètres, and in tests the CA of their local server. Never a reason to skip a check: the
   * chain and the host name are verified as for any server.
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
      // Node's default authorities (the public ones, and NODE_EXTRA_CA_CERTS for developers) stay trusted.
      ca: options.ca ? [...getCACertificates('default'), options.ca] : undefined,
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
    const failure = (error: NodeJS.ErrnoException) => finish(networkFailure(error, url.hostname, Boolean(options.ca)));
    req.on('error', failure);
    req.on('response', (response) => {
      let answer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        if (answer.length < MAX_ANSWER_CHARS) answer += chunk;
      });
      response.on('end', () => finish(httpOutcome(response.statusCode ?? 0, answer)));
      response.on('error', failure);
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

const SETTINGS_PLACE = 'Paramètres › Bureau › Fédération';
const RETRY_HINT = 'nouvel essai automatique, ou « Réessayer maintenant » dans Envois';

/** The server's certificate was not issued by any authority this office trusts. */
const UNTRUSTED_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
]);

/** What to do about a certificate the sending refused, in French (nothing was sent: the export stays waiting). */
function certificateAdvice(code: string, host: string, extraAuthority: boolean): string {
  const refused = `Le certificat du serveur de la fédération a été refusé (${code}) : rien n’a été envoyé.`;
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return `Le certificat du serveur de la fédération n’est pas établi au nom de « ${host} » (${code}) : rien n’a été envoyé. Vérifiez l’adresse d’envoi dans ${SETTINGS_PLACE} (le nom du serveur doit être celui de son certificat) ; ${RETRY_HINT}.`;
  }
  if (UNTRUSTED_CODES.has(code) && extraAuthority) {
    return `${refused} Il n’est délivré ni par une autorité publique ni par l’autorité dont le certificat est enregistré dans ${SETTINGS_PLACE} : demandez à la fédération le certificat de son autorité et remplacez celui-ci ; ${RETRY_HINT}.`;
  }
  if (UNTRUSTED_CODES.has(code)) {
    return `${refused} Il n’est pas délivré par une autorité publique : si la fédération utilise sa propre autorité de certification, demandez-lui le certificat de cette autorité et ajoutez-le dans ${SETTINGS_PLACE} ; ${RETRY_HINT}.`;
  }
  if (code === 'CERT_HAS_EXPIRED') return `${refused} Il a expiré (ou celui de son autorité) : prévenez la fédération ; ${RETRY_HINT}.`;
  if (code === 'CERT_NOT_YET_VALID') return `${refused} Il n’est pas encore valable : vérifiez la date et l’heure de cet ordinateur ; ${RETRY_HINT}.`;
  return `${refused} Vérifiez l’adresse d’envoi dans ${SETTINGS_PLACE} ou contactez la fédération ; ${RETRY_HINT}.`;
}

function networkFailure(error: NodeJS.ErrnoException, host: string, extraAuthority: boolean): SendResult {
  const code = error.code ?? '';
  if (OFFLINE_CODES.has(code)) {
    return {
      outcome: 'offline',
      httpStatus: null,
      message: `Pas de connexion au serveur de la fédération (${code}) : l’envoi partira quand la connexion reviendra.`,
    };
  }
  if (CERTIFICATE_CODES.test(code)) return { outcome: 'failed', httpStatus: null, message: certificateAdvice(code, host, extraAuthority) };
  return {
    outcome: 'failed',
    httpStatus: null,
    message: `La connexion au serveur de la fédération a échoué (${code || 'erreur réseau'}) ; nouvel essai automatique.`,
  };
}
