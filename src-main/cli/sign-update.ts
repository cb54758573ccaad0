/**
 * Release-side signing of Voisinage installers (run by whoever publishes a release, never by the app).
 *
 *   node src-main/cli/sign-update.ts keygen --private <file outside the project> [--public resources/update-public-key.pem]
 *   node src-main/cli/sign-update.ts sign --key <private key file> [--version 1.2.0] dist/Voisinage-Setup-1.2.0.exe
 *   node src-main/cli/sign-update.ts verify [--public resources/update-public-key.pem] [--current 0.0.0] dist/Voisinage-Setup-1.2.0.exe
 *
 * `sign` writes `<installer>.sig` next to the installer: publish both (on the update server next to latest.yml, or
 * on the USB key for offline agencies). The private key is read from the path given on the command line, never from
 * the project; set VOISINAGE_UPDATE_KEY_PASSPHRASE to encrypt it at keygen and to open it at signing.
 */
import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import packageJson from '../../package.json' with { type: 'json' };
import { loadUpdatePublicKey } from '../updates/public-key.ts';
import { digestFile, serializeSignature, SIGNATURE_SUFFIX, signInstaller } from '../updates/signature.ts';
import { verifyInstaller, readSignatureFile } from '../updates/verify-file.ts';

const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
const DEFAULT_PUBLIC_KEY = resolve(PROJECT_ROOT, 'resources', 'update-public-key.pem');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function insideProject(path: string): boolean {
  // On another drive (Windows) relative() gives an absolute path: that is outside.
  const rel = relative(PROJECT_ROOT, resolve(path));
  return !rel.startsWith('..') && !isAbsolute(rel);
}

function passphrase(): string | undefined {
  const value = process.env.VOISINAGE_UPDATE_KEY_PASSPHRASE;
  return value ? value : undefined;
}

function keygen(privatePath: string | undefined, publicPath: string): void {
  if (!privatePath) fail('keygen: --private <fichier> est requis (hors du projet).');
  if (insideProject(privatePath)) fail('keygen: la clé privée ne doit jamais être enregistrée dans le projet.');
  const secret = passphrase();
  const { privateKey, publicKey } = generateKeyPairSync('ed25519', {
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: secret
      ? { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: secret }
      : { type: 'pkcs8', format: 'pem' },
  });
  // 'wx': never overwrite an existing key (losing the release key means no more signed updates).
  writeFileSync(privatePath, privateKey, { mode: 0o600, flag: 'wx' });
  writeFileSync(publicPath, publicKey);
  console.log(`Clé privée : ${resolve(privatePath)} (à garder hors ligne, sauvegardée)`);
  console.log(`Clé publique : ${resolve(publicPath)} (livrée avec l'application)`);
}

async function signCommand(keyPath: string | undefined, version: string, installer: string): Promise<void> {
  if (!keyPath) fail('sign: --key <fichier de clé privée> est requis.');
  const privateKey = createPrivateKey({ key: readFileSync(keyPath), passphrase: passphrase() });
  const digest = await digestFile(installer);
  const signature = signInstaller(privateKey, { ...digest, version, file: basename(installer) });
  writeFileSync(installer + SIGNATURE_SUFFIX, serializeSignature(signature));
  console.log(`Signé : ${installer}${SIGNATURE_SUFFIX} (version ${version}, ${digest.size} octets)`);
}

async function verifyCommand(publicPath: string, current: string, installer: string): Promise<void> {
  const publicKey = loadUpdatePublicKey(publicPath);
  if (!publicKey) fail(`verify: clé publique illisible : ${publicPath}`);
  const verified = await verifyInstaller({
    installer,
    signatureText: await readSignatureFile(installer),
    publicKey,
    currentVersion: current,
  });
  console.log(`Signature valide : version ${verified.version}, ${verified.size} octets.`);
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      private: { type: 'string' },
      public: { type: 'string', default: DEFAULT_PUBLIC_KEY },
      key: { type: 'string' },
      version: { type: 'string', default: packageJson.version },
      current: { type: 'string', default: '0.0.0' },
    },
  });
  const [command, installer] = positionals;
  if (command === 'keygen') return keygen(values.private, values.public);
  if (!installer) fail('Usage : sign-update.ts keygen|sign|verify [options] <installateur>');
  if (command === 'sign') return signCommand(values.key, values.version, installer);
  if (command === 'verify') return verifyCommand(values.public, values.current, installer);
  fail(`Commande inconnue : ${String(command)}`);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
