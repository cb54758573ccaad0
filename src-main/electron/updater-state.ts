/*
 * What the UI sees of the updater: a small JSON-safe state machine, French messages, and the check of the feed
 * address the office configures. No Electron here.
 *
 *   idle ─check→ checking ─→ available(version) ─download (consent)→ downloading(percent) ─→ ready ─install (consent)→ installing
 *     ↑              └─→ idle (up to date)                                                     ↑
 *     └──────────── error(message) ←── any failure          file chosen by the user → verifying ┘
 */

export type UpdateSource = 'feed' | 'file';

export type UpdateState =
  | { status: 'idle'; checkedAt: string | null; upToDate: boolean }
  | { status: 'checking' }
  | { status: 'available'; version: string }
  | { status: 'downloading'; version: string; percent: number }
  | { status: 'verifying'; source: UpdateSource }
  | { status: 'ready'; version: string; source: UpdateSource }
  | { status: 'installing'; version: string; source: UpdateSource }
  | { status: 'error'; message: string };

/**
 * The answer to every action. A refusal (busy, no consent yet, nothing to install...) leaves the state as it was;
 * a failure (network, bad signature...) moves it to `error`. Either way `message` is French and shown as is.
 */
export type UpdateActionResult = { ok: true; state: UpdateState } | { ok: false; message: string; state: UpdateState };

export const MESSAGES = {
  feedMissing: "Aucune adresse de mise à jour n'est configurée : renseignez-la dans les paramètres, ou installez une mise à jour depuis un fichier.",
  feedInvalid: "L'adresse des mises à jour n'est pas une adresse web valide.",
  feedNotHttps: "L'adresse des mises à jour doit commencer par https:// : Voisinage ne télécharge jamais de mise à jour sans chiffrement.",
  feedCredentials: "L'adresse des mises à jour ne doit pas contenir d'identifiant ni de mot de passe.",
  notPackaged: 'Les mises à jour ne fonctionnent que dans Voisinage installé, pas dans une version de développement.',
  alreadyChecking: 'La recherche de mise à jour est déjà en cours.',
  operationInProgress: 'Une opération de mise à jour est déjà en cours : attendez qu’elle se termine.',
  nothingToDownload: "Aucune mise à jour n'est disponible au téléchargement : lancez d'abord une recherche.",
  nothingToInstall: "Aucune mise à jour n'est prête à être installée.",
  busy: "Un enregistrement est en cours : la mise à jour n'a pas été installée. Réessayez dans un instant.",
  backupFailed: "La sauvegarde préalable à la mise à jour a échoué : la mise à jour n'a pas été installée.",
  noPublicKey: "La clé publique des mises à jour est absente ou invalide : aucune mise à jour ne peut être vérifiée ni installée.",
  unreachable: "Le serveur de mises à jour est injoignable : vérifiez la connexion Internet et l'adresse configurée.",
  notPublished: "Aucune mise à jour n'est publiée à cette adresse (fichier latest.yml introuvable).",
  corrupted: "Le téléchargement de la mise à jour est corrompu ou incomplet : rien n'a été installé.",
  checkFailed: 'La recherche de mise à jour a échoué.',
  downloadFailed: 'Le téléchargement de la mise à jour a échoué.',
  signatureMissing: "La signature de la mise à jour n'a pas pu être téléchargée : rien n'a été installé.",
  installerFailed: "L'installateur de la mise à jour n'a pas pu être lancé.",
  notNewer: "La version publiée n'est pas plus récente que la version installée.",
} as const;

type FeedUrlResult = { ok: true; url: string } | { ok: false; message: string };

/**
 * The office's feed address: https only, no credentials, normalised with a trailing slash (electron-updater's
 * generic provider resolves latest.yml and the installer relative to it).
 */
export function parseFeedUrl(value: string | null | undefined): FeedUrlResult {
  const text = (value ?? '').trim();
  if (text === '') return { ok: false, message: MESSAGES.feedMissing };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: MESSAGES.feedInvalid };
  }
  if (url.protocol !== 'https:') return { ok: false, message: MESSAGES.feedNotHttps };
  if (url.username !== '' || url.password !== '') return { ok: false, message: MESSAGES.feedCredentials };
  if (url.hostname === '') return { ok: false, message: MESSAGES.feedInvalid };
  url.hash = '';
  url.search = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { ok: true, url: url.toString() };
}

/** A short code for logs (never the message of a network error: it can hold addresses and paths). */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^[A-Za-z0-9_:.-]{1,60}$/.test(code)) return code;
  const message = error instanceof Error ? error.message : '';
  const net = /net::(ERR_[A-Z_]+)/.exec(message);
  return net ? net[1]! : 'unknown';
}

/** Turns an electron-updater or network error into a French message for the user. */
export function frenchUpdateError(error: unknown, fallback: string): string {
  const code = errorCode(error);
  if (code === 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND' || code === 'HTTP_ERROR_404') return MESSAGES.notPublished;
  if (
    /^(ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH)$/.test(code) ||
    code.startsWith('ERR_NAME') ||
    code.startsWith('ERR_INTERNET') ||
    code.startsWith('ERR_CONNECTION') ||
    code.startsWith('ERR_NETWORK') ||
    code.startsWith('ERR_TIMED_OUT') ||
    code.startsWith('ERR_PROXY') ||
    code.startsWith('ERR_CERT') ||
    code.startsWith('ERR_SSL')
  ) {
    return MESSAGES.unreachable;
  }
  if (code === 'ERR_CHECKSUM_MISMATCH') return MESSAGES.corrupted;
  return fallback;
}
