import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadUpdatePublicKey, updatePublicKeyPath } from '../../src-main/updates/public-key.ts';
import {
  digestFile,
  parseSignature,
  publicKeyFromPem,
  serializeSignature,
  signInstaller,
  UpdateFileError,
  type UpdateFileProblem,
} from '../../src-main/updates/signature.ts';
import { stageInstallerFromFile, verifyInstaller } from '../../src-main/updates/verify-file.ts';
import { compareVersions, isNewerVersion } from '../../src-main/updates/version-order.ts';
import { tempDir } from '../electron/fakes.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

function keyPair(): { publicKey: KeyObject; privateKey: KeyObject } {
  return generateKeyPairSync('ed25519');
}

let dir: ReturnType<typeof tempDir>;
let keys: ReturnType<typeof keyPair>;

beforeEach(() => {
  dir = tempDir('voisinage-sig-');
  keys = keyPair();
});
afterEach(() => dir.remove());

/** A fake installer of `size` bytes and its .sig, signed with `privateKey` for `version`. */
async function signedInstaller(options: { version?: string; size?: number; privateKey?: KeyObject; name?: string } = {}) {
  const path = join(dir.path, options.name ?? 'Voisinage-Setup.exe');
  const bytes = Buffer.alloc(options.size ?? 200_000);
  for (let index = 0; index < bytes.length; index += 1) bytes[index] = (index * 31 + 7) % 251;
  writeFileSync(path, bytes);
  const signature = signInstaller(options.privateKey ?? keys.privateKey, {
    ...(await digestFile(path)),
    version: options.version ?? '0.2.0',
    file: 'Voisinage-Setup.exe',
  });
  writeFileSync(`${path}.sig`, serializeSignature(signature));
  return { path, signatureText: serializeSignature(signature) };
}

async function refusal(promise: Promise<unknown>): Promise<UpdateFileProblem> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(UpdateFileError);
    expect((error as Error).message).toMatch(/[éè]|n'a|Rien/);
    return (error as UpdateFileError).problem;
  }
  throw new Error('expected a refusal');
}

describe('installer signature', () => {
  it('accepts an installer signed with the matching key', async () => {
    const { path, signatureText } = await signedInstaller({ version: '0.2.0' });
    const verified = await verifyInstaller({ installer: path, signatureText, publicKey: keys.publicKey, currentVersion: '0.1.0' });
    expect(verified).toMatchObject({ path, version: '0.2.0', size: 200_000 });
  });

  it('refuses an installer modified after signing (same size, one byte changed)', async () => {
    const { path, signatureText } = await signedInstaller();
    const bytes = readFileSync(path);
    bytes[1234] = bytes[1234]! ^ 0xff;
    writeFileSync(path, bytes);
    expect(
      await refusal(verifyInstaller({ installer: path, signatureText, publicKey: keys.publicKey, currentVersion: '0.1.0' })),
    ).toBe('mismatch');
  });

  it('refuses a truncated or extended installer', async () => {
    const { path, signatureText } = await signedInstaller();
    writeFileSync(path, readFileSync(path).subarray(0, 1000));
    expect(
      await refusal(verifyInstaller({ installer: path, signatureText, publicKey: keys.publicKey, currentVersion: '0.1.0' })),
    ).toBe('mismatch');
  });

  it('refuses a signature made with another key', async () => {
    const { path, signatureText } = await signedInstaller({ privateKey: keyPair().privateKey });
    expect(
      await refusal(verifyInstaller({ installer: path, signatureText, publicKey: keys.publicKey, currentVersion: '0.1.0' })),
    ).toBe('bad-signature');
  });

  it('refuses a signature file whose fields were edited (version, digest)', async () => {
    const { path, signatureText } = await signedInstaller({ version: '0.2.0' });
    const bumped = signatureText.replace('"version": "0.2.0"', '"version": "9.0.0"');
    expect(
      await refusal(verifyInstaller({ installer: path, signatureText: bumped, publicKey: keys.publicKey, currentVersion: '0.1.0' })),
    ).toBe('bad-signature');
    // An attacker's own installer with the genuine signature's digest swapped in fails too.
    const forged = { ...JSON.parse(signatureText), sha512: (await digestFile(path)).sha512.replace(/^./, (c: string) => (c === 'A' ? 'B' : 'A')) };
    expect(
      await refusal(
        verifyInstaller({ installer: path, signatureText: JSON.stringify(forged), publicKey: keys.publicKey, currentVersion: '0.1.0' }),
      ),
    ).toBe('bad-signature');
  });

  it('refuses an installer that is not newer than the installed version (replay of an old release)', async () => {
    const { path, signatureText } = await signedInstaller({ version: '0.1.0' });
    expect(
      await refusal(verifyInstaller({ installer: path, signatureText, publicKey: keys.publicKey, currentVersion: '0.1.0' })),
    ).toBe('not-newer');
    expect(
      await refusal(verifyInstaller({ installer: path, signatureText, publicKey: keys.publicKey, currentVersion: '0.3.0' })),
    ).toBe('not-newer');
  });

  it('refuses a signature for another version than the one announced by the feed', async () => {
    const { path, signatureText } = await signedInstaller({ version: '0.2.0' });
    expect(
      await refusal(
        verifyInstaller({ installer: path, signatureText, publicKey: keys.publicKey, currentVersion: '0.1.0', expectedVersion: '0.3.0' }),
      ),
    ).toBe('wrong-version');
  });

  it.each(['', 'not json', '[]', '{}', '{"format":"voisinage-update-signature/1"}', 'x'.repeat(20_000)])(
    'refuses a malformed signature file %#',
    (text) => {
      expect(() => parseSignature(text)).toThrow(UpdateFileError);
    },
  );

  it('reads only Ed25519 public keys', () => {
    expect(publicKeyFromPem(keys.publicKey.export({ type: 'spki', format: 'pem' })).asymmetricKeyType).toBe('ed25519');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'pem' });
    expect(() => publicKeyFromPem(rsa)).toThrow(UpdateFileError);
    expect(() => publicKeyFromPem('garbage')).toThrow(UpdateFileError);
    expect(loadUpdatePublicKey(join(dir.path, 'missing.pem'))).toBeNull();
  });
});

describe('installing from a file: staging', () => {
  it('verifies a copy inside the staging folder, which later changes to the source cannot affect', async () => {
    const { path } = await signedInstaller();
    const stagingDir = join(dir.path, 'staging');
    const staged = await stageInstallerFromFile({ source: path, stagingDir, publicKey: keys.publicKey, currentVersion: '0.1.0' });
    expect(staged.path.startsWith(stagingDir)).toBe(true);
    writeFileSync(path, 'replaced on the USB key');
    const again = await verifyInstaller({
      installer: staged.path,
      signatureText: staged.signatureText,
      publicKey: keys.publicKey,
      currentVersion: '0.1.0',
    });
    expect(again.version).toBe('0.2.0');
  });

  it('refuses an unsigned installer and stages nothing', async () => {
    const path = join(dir.path, 'Voisinage-Setup.exe');
    writeFileSync(path, 'MZ unsigned');
    const stagingDir = join(dir.path, 'staging');
    expect(await refusal(stageInstallerFromFile({ source: path, stagingDir, publicKey: keys.publicKey, currentVersion: '0.1.0' }))).toBe(
      'unsigned',
    );
    expect(existsSync(stagingDir) ? readdirSync(stagingDir) : []).toEqual([]);
  });

  it('removes the copy of a tampered installer', async () => {
    const { path } = await signedInstaller();
    const bytes = readFileSync(path);
    bytes[10] = bytes[10]! ^ 1;
    writeFileSync(path, bytes);
    const stagingDir = join(dir.path, 'staging');
    expect(await refusal(stageInstallerFromFile({ source: path, stagingDir, publicKey: keys.publicKey, currentVersion: '0.1.0' }))).toBe(
      'mismatch',
    );
    expect(readdirSync(stagingDir)).toEqual([]);
  });
});

describe('version order', () => {
  it('orders releases and pre-releases as semver does', () => {
    const sorted = ['0.1.0', '0.1.1', '0.2.0-alpha', '0.2.0-alpha.1', '0.2.0-beta', '0.2.0-beta.2', '0.2.0-beta.11', '0.2.0', '1.0.0', '10.0.0'];
    for (let index = 1; index < sorted.length; index += 1) {
      expect(compareVersions(sorted[index - 1]!, sorted[index]!)).toBeLessThan(0);
      expect(compareVersions(sorted[index]!, sorted[index - 1]!)).toBeGreaterThan(0);
    }
    expect(compareVersions('1.2.3+build.5', '1.2.3')).toBe(0);
    expect(isNewerVersion('not.a.version', '0.1.0')).toBe(false);
  });
});

describe('the shipped public key', () => {
  it('resources/update-public-key.pem is an Ed25519 public key, found from out/main', () => {
    const path = updatePublicKeyPath(join(ROOT, 'out', 'main'));
    expect(path).toBe(join(ROOT, 'resources', 'update-public-key.pem'));
    expect(loadUpdatePublicKey(path)?.asymmetricKeyType).toBe('ed25519');
  });

  it('no private key is kept in resources/', () => {
    const files = readdirSync(join(ROOT, 'resources'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      expect(readFileSync(join(file.parentPath, file.name), 'utf8')).not.toMatch(/PRIVATE KEY/);
    }
  });
});

describe('sign-update command', () => {
  const script = join(ROOT, 'src-main', 'cli', 'sign-update.ts');
  const run = (...args: string[]) => execFileSync(process.execPath, [script, ...args], { encoding: 'utf8', stdio: 'pipe' });

  it('generates a key outside the project, signs, and verifies', async () => {
    const privatePath = join(dir.path, 'release-key.pem');
    const publicPath = join(dir.path, 'public.pem');
    run('keygen', '--private', privatePath, '--public', publicPath);
    const installer = join(dir.path, 'Voisinage-Setup-0.5.0.exe');
    writeFileSync(installer, Buffer.alloc(50_000, 7));
    run('sign', '--key', privatePath, '--version', '0.5.0', installer);
    expect(run('verify', '--public', publicPath, installer)).toMatch(/Signature valide : version 0\.5\.0/);
    const publicKey = loadUpdatePublicKey(publicPath)!;
    const verified = await verifyInstaller({
      installer,
      signatureText: readFileSync(`${installer}.sig`, 'utf8'),
      publicKey,
      currentVersion: '0.4.9',
    });
    expect(verified.version).toBe('0.5.0');
  });

  it('refuses to write a private key inside the project', () => {
    expect(() => run('keygen', '--private', join(ROOT, 'resources', 'oops.pem'), '--public', join(dir.path, 'p.pem'))).toThrow();
    expect(existsSync(join(ROOT, 'resources', 'oops.pem'))).toBe(false);
  });
});
