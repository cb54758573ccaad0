import { createHash, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { isValidVersion } from './version-order.ts';

/*
 * Signatures of Voisinage installers (plain Node, no Electron).
 *
 * A release is signed with the office's Ed25519 private key (src-main/cli/sign-update.ts); the installed app holds
 * only the public key (resources/update-public-key.pem). The signature file `<installer>.sig` is JSON; what is
 * signed is not the raw installer but a short message that names the format, the product, the version and the
 * installer's size and SHA-512. The version is signed so that an old, genuinely signed installer cannot be passed
 * off as a newer one (and the app refuses anything not newer than itself).
 */

const SIGNATURE_FORMAT = 'voisinage-update-signature/1';
export const SIGNATURE_SUFFIX = '.sig';
const SIGNED_PRODUCT = 'Voisinage';
/** A signature file is a few hundred bytes: anything much larger is not one. */
export const MAX_SIGNATURE_BYTES = 16 * 1024;

interface InstallerDigest {
  size: number;
  /** SHA-512 of the installer, base64. */
  sha512: string;
}

interface SignedFields extends InstallerDigest {
  version: string;
}

interface UpdateSignature extends SignedFields {
  format: typeof SIGNATURE_FORMAT;
  product: typeof SIGNED_PRODUCT;
  /** Informative: the installer's file name at signing time (the file may be renamed, this is not checked). */
  file: string;
  /** Ed25519 signature of signedMessage(...), base64. */
  signature: string;
}

export type UpdateFileProblem =
  | 'unsigned'
  | 'malformed'
  | 'bad-signature'
  | 'mismatch'
  | 'not-newer'
  | 'unreadable'
  | 'no-key'
  | 'wrong-version';

/** Why an update file is refused; `message` is French and shown as is. */
export class UpdateFileError extends Error {
  readonly problem: UpdateFileProblem;
  constructor(problem: UpdateFileProblem, message: string) {
    super(message);
    this.problem = problem;
  }
}

function signedMessage(fields: SignedFields): Buffer {
  return Buffer.from(
    [SIGNATURE_FORMAT, SIGNED_PRODUCT, fields.version, String(fields.size), fields.sha512, ''].join('\n'),
    'utf8',
  );
}

/** Size and SHA-512 of a file, read as a stream (installers weigh about 100 MB). */
export async function digestFile(path: string): Promise<InstallerDigest> {
  const hash = createHash('sha512');
  let size = 0;
  for await (const chunk of createReadStream(path)) {
    const bytes = chunk as Buffer;
    size += bytes.length;
    hash.update(bytes);
  }
  return { size, sha512: hash.digest('base64') };
}

function isEd25519Key(key: KeyObject): boolean {
  return key.asymmetricKeyType === 'ed25519';
}

export function signInstaller(privateKey: KeyObject, fields: SignedFields & { file: string }): UpdateSignature {
  if (privateKey.type !== 'private' || !isEd25519Key(privateKey)) throw new Error('an Ed25519 private key is needed');
  if (!isValidVersion(fields.version)) throw new Error(`not a version: ${fields.version}`);
  const signature = sign(null, signedMessage(fields), privateKey).toString('base64');
  return {
    format: SIGNATURE_FORMAT,
    product: SIGNED_PRODUCT,
    version: fields.version,
    file: fields.file,
    size: fields.size,
    sha512: fields.sha512,
    signature,
  };
}

export function serializeSignature(signature: UpdateSignature): string {
  return `${JSON.stringify(signature, null, 2)}\n`;
}

export const malformedSignature = () =>
  new UpdateFileError('malformed', "Le fichier de signature de la mise à jour est illisible : rien n'a été installé.");
const malformed = malformedSignature;

const isBase64 = (value: unknown, maxLength: number): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= maxLength && /^[A-Za-z0-9+/]+={0,2}$/.test(value);

/** Parses and checks the shape of a signature file (not the signature itself). */
export function parseSignature(text: string): UpdateSignature {
  if (text.length > MAX_SIGNATURE_BYTES) throw malformed();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw malformed();
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw malformed();
  const record = value as Record<string, unknown>;
  const { format, product, version, file, size, sha512, signature } = record;
  if (format !== SIGNATURE_FORMAT || product !== SIGNED_PRODUCT) throw malformed();
  if (typeof version !== 'string' || !isValidVersion(version)) throw malformed();
  if (typeof file !== 'string' || file.length > 255) throw malformed();
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size <= 0) throw malformed();
  // SHA-512 is 64 bytes (88 base64 characters), an Ed25519 signature 64 bytes too.
  if (!isBase64(sha512, 88) || !isBase64(signature, 88)) throw malformed();
  return { format, product, version, file, size, sha512, signature };
}

/** True when the signature was made with the private key matching `publicKey` over exactly these fields. */
export function signatureIsValid(publicKey: KeyObject, signature: UpdateSignature): boolean {
  if (!isEd25519Key(publicKey)) return false;
  try {
    return verify(null, signedMessage(signature), publicKey, Buffer.from(signature.signature, 'base64'));
  } catch {
    return false;
  }
}

/** Reads a PEM public key; throws (French message) if it is missing, damaged, or not Ed25519. */
export function publicKeyFromPem(pem: string | Buffer): KeyObject {
  try {
    const key = createPublicKey(pem);
    if (isEd25519Key(key)) return key;
  } catch {
    // fall through
  }
  throw new UpdateFileError(
    'no-key',
    "La clé publique des mises à jour est absente ou invalide : aucune mise à jour ne peut être vérifiée ni installée.",
  );
}
