import { randomBytes, type KeyObject } from 'node:crypto';
import { copyFile, mkdir, open, readdir, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  digestFile,
  malformedSignature,
  MAX_SIGNATURE_BYTES,
  parseSignature,
  SIGNATURE_SUFFIX,
  signatureIsValid,
  UpdateFileError,
} from './signature.ts';
import { isNewerVersion } from './version-order.ts';

/*
 * Verification of an installer against its signature, and the "install from a file" staging: the installer is
 * first copied into a folder of the app, and it is that copy which is verified and later run, so that a file on a
 * USB key or a network share cannot be swapped between the check and the installation.
 */

interface VerifiedInstaller {
  /** The installer that was verified (for a file, the staged copy). */
  path: string;
  version: string;
  size: number;
  sha512: string;
}

interface VerifyOptions {
  installer: string;
  /** The content of the `.sig` file. */
  signatureText: string;
  publicKey: KeyObject;
  currentVersion: string;
  /** When the version is already known (the feed announced it), the signed version must be that one. */
  expectedVersion?: string;
}

const badSignature = () =>
  new UpdateFileError(
    'bad-signature',
    "La signature de la mise à jour n'est pas valide : ce fichier n'a pas été publié pour Voisinage ou il a été modifié. Rien n'a été installé.",
  );

const mismatch = () =>
  new UpdateFileError(
    'mismatch',
    "Le fichier de mise à jour ne correspond pas à sa signature (fichier modifié ou incomplet). Rien n'a été installé.",
  );

const unreadable = () =>
  new UpdateFileError('unreadable', "Le fichier de mise à jour n'a pas pu être lu. Rien n'a été installé.");

/** Checks signature, version, size and SHA-512; resolves with what was verified or rejects with an UpdateFileError. */
export async function verifyInstaller(options: VerifyOptions): Promise<VerifiedInstaller> {
  const signature = parseSignature(options.signatureText);
  if (!signatureIsValid(options.publicKey, signature)) throw badSignature();
  if (options.expectedVersion !== undefined && signature.version !== options.expectedVersion) {
    throw new UpdateFileError(
      'wrong-version',
      `La signature concerne la version ${signature.version}, pas la version ${options.expectedVersion} annoncée. Rien n'a été installé.`,
    );
  }
  if (!isNewerVersion(signature.version, options.currentVersion)) {
    throw new UpdateFileError(
      'not-newer',
      `Cette mise à jour (version ${signature.version}) n'est pas plus récente que la version installée (${options.currentVersion}). Rien n'a été installé.`,
    );
  }
  let size: number;
  try {
    size = (await stat(options.installer)).size;
  } catch {
    throw unreadable();
  }
  if (size !== signature.size) throw mismatch();
  let digest: Awaited<ReturnType<typeof digestFile>>;
  try {
    digest = await digestFile(options.installer);
  } catch {
    throw unreadable();
  }
  if (digest.size !== signature.size || digest.sha512 !== signature.sha512) throw mismatch();
  return { path: options.installer, version: signature.version, size: digest.size, sha512: digest.sha512 };
}

/** Reads `<installer>.sig`, refusing with a clear message when it is missing (an unsigned installer). */
export async function readSignatureFile(installer: string): Promise<string> {
  const path = installer + SIGNATURE_SUFFIX;
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch {
    throw new UpdateFileError(
      'unsigned',
      `Ce fichier de mise à jour n'est pas signé : le fichier « ${basename(path)} » doit se trouver à côté de lui. Rien n'a été installé.`,
    );
  }
  try {
    const buffer = Buffer.alloc(MAX_SIGNATURE_BYTES + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > MAX_SIGNATURE_BYTES) throw malformedSignature();
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

interface StageOptions {
  /** The installer chosen by the user (USB key, network share, download folder). */
  source: string;
  /** A folder of the app (e.g. <userData>/mises-a-jour) where the verified copy is kept until it is run. */
  stagingDir: string;
  publicKey: KeyObject;
  currentVersion: string;
}

interface StagedInstaller extends VerifiedInstaller {
  /** Kept to verify the staged copy again just before it is run. */
  signatureText: string;
}

/** Copies the installer into the staging folder, verifies the copy, and removes it again if it is refused. */
export async function stageInstallerFromFile(options: StageOptions): Promise<StagedInstaller> {
  const signatureText = await readSignatureFile(options.source);
  await mkdir(options.stagingDir, { recursive: true });
  await removeStagedInstallers(options.stagingDir);
  const staged = join(options.stagingDir, `${randomBytes(6).toString('hex')}-Voisinage-Setup.exe`);
  try {
    try {
      await copyFile(options.source, staged);
    } catch {
      throw unreadable();
    }
    const verified = await verifyInstaller({
      installer: staged,
      signatureText,
      publicKey: options.publicKey,
      currentVersion: options.currentVersion,
    });
    return { ...verified, signatureText };
  } catch (error) {
    await rm(staged, { force: true });
    throw error;
  }
}

/** Empties the staging folder of earlier copies (a refused or abandoned update must not linger). */
async function removeStagedInstallers(stagingDir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(stagingDir);
  } catch {
    return;
  }
  await Promise.all(
    names.filter((name) => name.endsWith('-Voisinage-Setup.exe')).map((name) => rm(join(stagingDir, name), { force: true })),
  );
}
