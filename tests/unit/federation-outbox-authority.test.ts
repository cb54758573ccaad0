import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from 'selfsigned';
import { describe, expect, it, onTestFinished } from 'vitest';
import { call, expectError } from './helpers.ts';
import { type Office, office, queueExport } from './federation-outbox-fixtures.ts';
import { type Receiver, startReceiver } from './federation-outbox-server.ts';

/*
 * A federation whose server holds a certificate from its own authority: refused until that authority's certificate is
 * set in Paramètres, sent once it is, the host name still checked; bad certificates refused in French, changing
 * nothing; only an administrator of the settings may set or remove it.
 */

/** The office's clock (federation-outbox-fixtures) is 2026-02-02; real TLS checks run on today's date: cover both. */
const IN_FORCE = { notBeforeDate: new Date('2025-01-01T00:00:00Z'), notAfterDate: new Date('2035-01-01T00:00:00Z') };

interface Authority {
  cert: string;
  key: string;
  publicKey: string;
}

async function authority(name = 'Autorité de certification AR Test', validity = IN_FORCE): Promise<Authority> {
  const pems = await generate([{ name: 'commonName', value: name }, { name: 'organizationName', value: 'Fédération test' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    ...validity,
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    ],
  });
  return { cert: pems.cert, key: pems.private, publicKey: pems.public };
}

/** A server certificate issued by the authority, for these host names. */
async function serverCertificate(issuer: Authority, hosts: { dns: string[]; ips: string[] }) {
  const pems = await generate([{ name: 'commonName', value: hosts.dns[0] ?? 'serveur' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    ...IN_FORCE,
    ca: { key: issuer.key, cert: issuer.cert },
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'subjectAltName', altNames: [...hosts.dns.map((value) => ({ type: 2 as const, value })), ...hosts.ips.map((ip) => ({ type: 7 as const, ip }))] },
    ],
  });
  return { key: pems.private, cert: pems.cert, ca: issuer.cert };
}

const LOCAL = { dns: ['localhost'], ips: ['127.0.0.1'] };

async function receiverIssuedBy(issuer: Authority, hosts = LOCAL): Promise<Receiver> {
  const started = await startReceiver(await serverCertificate(issuer, hosts));
  onTestFinished(() => started.stop());
  return started;
}

/** Neither the receiver's CA nor any other is given to the worker: only what the settings say is trusted. */
const plainOffice = () => office({ timeoutMs: 2_000 });

const lastError = (o: Office, id: number) => o.db.get(o.db.q.selectFrom('federation_export').select('last_error').where('id', '=', id))!.last_error;
const keyOf = (o: Office, id: number) => o.db.get(o.db.q.selectFrom('federation_export').select('idempotency_key').where('id', '=', id))!.idempotency_key;
const storedFederation = (o: Office) => o.db.get(o.db.q.selectFrom('app_setting').selectAll().where('key', '=', 'settings.federation'));
const auditCount = (o: Office) => o.db.get(o.db.q.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')))!.n;

/** The files of the office's data folder (database, journal, logs) that contain this text. */
function filesHolding(dir: string, text: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((file) => statSync(file).isFile() && readFileSync(file).includes(text));
}

/** The SHA-256 of the certificate's DER bytes, written as certificate viewers show it. */
function fingerprintOf(pem: string): string {
  const der = Buffer.from(pem.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');
  return createHash('sha256').update(der).digest('hex').toUpperCase().match(/../g)!.join(':');
}

describe('federation authority certificate: sending', () => {
  it('does not send to a server of a private authority until its certificate is set, then sends exactly once', async () => {
    const ar = await authority();
    const federation = await receiverIssuedBy(ar);
    const o = await plainOffice();
    const id = queueExport(o, federation.url);

    expect(await call(o.admin, 'federation.outbox.retryNow', {})).toEqual({ tried: 1, sent: 0, waiting: 1 });
    expect(federation.requests).toHaveLength(0);
    expect(lastError(o, id)).toContain('rien n’a été envoyé');
    expect(lastError(o, id)).toContain('demandez-lui le certificat de cette autorité et ajoutez-le dans Paramètres › Bureau › Fédération');

    const set = await call(o.admin, 'settings.saveFederationCertificate', { pem: ar.cert });
    expect(set.certificates).toEqual([
      {
        subject: 'CN=Autorité de certification AR Test, O=Fédération test',
        issuer: 'CN=Autorité de certification AR Test, O=Fédération test',
        validFrom: IN_FORCE.notBeforeDate.toISOString(),
        validTo: IN_FORCE.notAfterDate.toISOString(),
        sha256: fingerprintOf(ar.cert),
        authority: true,
      },
    ]);
    expect(await call(o.admin, 'settings.federationCertificate', {})).toEqual(set);

    expect(await call(o.admin, 'federation.outbox.retryNow', {})).toEqual({ tried: 1, sent: 1, waiting: 0 });
    expect(await call(o.admin, 'federation.outbox.retryNow', {})).toEqual({ tried: 0, sent: 0, waiting: 0 });
    expect(federation.requests).toHaveLength(1);
    expect(federation.receipts.get(keyOf(o, id))).toBe(1);
  });

  it('still checks the host name: a certificate of the same authority for another server is refused', async () => {
    const ar = await authority();
    const federation = await receiverIssuedBy(ar, { dns: ['depot.federation.example.org'], ips: [] });
    const o = await plainOffice();
    await call(o.admin, 'settings.saveFederationCertificate', { pem: ar.cert });
    const id = queueExport(o, federation.url);

    expect(await call(o.admin, 'federation.outbox.retryNow', {})).toEqual({ tried: 1, sent: 0, waiting: 1 });
    expect(federation.requests).toHaveLength(0);
    expect(lastError(o, id)).toContain('n’est pas établi au nom de « 127.0.0.1 »');
    expect(lastError(o, id)).toContain('Vérifiez l’adresse d’envoi dans Paramètres › Bureau › Fédération');
  });

  it('says to replace a certificate set for another authority, and trusts only the public ones again once removed', async () => {
    const ar = await authority();
    const federation = await receiverIssuedBy(ar);
    const o = await plainOffice();
    await call(o.admin, 'settings.saveFederationCertificate', { pem: (await authority('Autre autorité')).cert });
    const id = queueExport(o, federation.url);

    await call(o.admin, 'federation.outbox.retryNow', {});
    expect(lastError(o, id)).toContain('ni par l’autorité dont le certificat est enregistré dans Paramètres › Bureau › Fédération');
    expect(lastError(o, id)).toContain('remplacez celui-ci');

    expect(await call(o.admin, 'settings.removeFederationCertificate', {})).toEqual({ certificates: [] });
    expect((await call(o.admin, 'settings.get', {})).federation.caCertificate).toBeNull();
    await call(o.admin, 'federation.outbox.retryNow', {});
    expect(lastError(o, id)).toContain('ajoutez-le dans Paramètres › Bureau › Fédération');
    expect(federation.requests).toHaveLength(0);
  });

  it('accepts a whole chain as exported by a certificate tool, stored clean, and sends with it', async () => {
    const ar = await authority();
    const server = await serverCertificate(ar, LOCAL);
    const federation = await receiverIssuedBy(ar);
    const o = await plainOffice();
    const exported = [`Bag Attributes\r\n    friendlyName: serveur\r\n${server.cert}`, `subject=CN = Autorité\r\n${ar.cert}`, ar.cert].join('\r\n');

    const set = await call(o.admin, 'settings.saveFederationCertificate', { pem: exported });

    expect(set.certificates.map((certificate) => [certificate.sha256, certificate.authority])).toEqual([
      [fingerprintOf(server.cert), false],
      [fingerprintOf(ar.cert), true],
    ]);
    const stored = (await call(o.admin, 'settings.get', {})).federation.caCertificate!;
    expect(stored).not.toContain('Bag Attributes');
    expect(stored.match(/-----BEGIN CERTIFICATE-----/g)).toHaveLength(2);
    const id = queueExport(o, federation.url);
    expect(await call(o.admin, 'federation.outbox.retryNow', {})).toMatchObject({ sent: 1 });
    expect(federation.receipts.get(keyOf(o, id))).toBe(1);
  });

  it('keeps the certificate when the address, name or threshold are saved again', async () => {
    const ar = await authority();
    const o = await plainOffice();
    await call(o.admin, 'settings.saveFederationCertificate', { pem: ar.cert });

    const saved = await call(o.admin, 'settings.saveFederation', { endpointUrl: 'https://depot.federation.example.org/', label: 'AR Test', suppressionThreshold: 6 });

    expect(saved.caCertificate).toContain('-----BEGIN CERTIFICATE-----');
    expect((await call(o.admin, 'settings.federationCertificate', {})).certificates.map((certificate) => certificate.sha256)).toEqual([fingerprintOf(ar.cert)]);
  });
});

describe('federation authority certificate: checks and rights', () => {
  it('refuses garbage, keys, certificates out of date or unable to vouch for a server, in French, changing nothing', async () => {
    const ar = await authority();
    const o = await plainOffice();
    await call(o.admin, 'settings.saveFederationCertificate', { pem: ar.cert });
    const before = { row: storedFederation(o), audited: auditCount(o), shown: await call(o.admin, 'settings.federationCertificate', {}) };
    const expired = await authority('Autorité expirée', { notBeforeDate: new Date('2020-01-01T00:00:00Z'), notAfterDate: new Date('2021-01-01T00:00:00Z') });
    const future = await authority('Autorité future', { notBeforeDate: new Date('2027-01-01T00:00:00Z'), notAfterDate: new Date('2030-01-01T00:00:00Z') });
    const server = await serverCertificate(ar, LOCAL);
    const lines = ar.cert.trim().split('\n');
    const truncated = [...lines.slice(0, 2), ...lines.slice(4)].join('\n');

    const refusals: [string, string, string][] = [
      ['empty', '  \n', 'Collez le texte du certificat, ou choisissez le fichier du certificat de l’autorité'],
      ['garbage', 'Bonjour, voici le certificat de la fédération.', 'Ce texte n’est pas un certificat au format PEM'],
      ['private key', ar.key, 'Ce texte contient une clé privée, pas un certificat : elle n’a pas été enregistrée.'],
      ['certificate and its key', `${ar.cert}${ar.key}`, 'Ce texte contient une clé privée'],
      ['public key', ar.publicKey, 'Ce texte contient un élément « PUBLIC KEY » : seuls des certificats'],
      ['truncated', truncated, 'Le certificat est illisible (texte tronqué ou modifié)'],
      ['expired', expired.cert, 'Le certificat « Autorité expirée » a expiré le 01/01/2021'],
      ['not yet valid', future.cert, 'Le certificat « Autorité future » ne sera valable qu’à partir du 01/01/2027'],
      ['server alone', server.cert, 'Ce certificat est celui du serveur « localhost », délivré par l’autorité « Autorité de certification AR Test »'],
      ['too long', 'A'.repeat(100_001), 'Ce texte est bien trop long pour un certificat'],
    ];
    const keyLine = ar.key.split(/\r?\n/)[1]!;
    for (const [what, pem, message] of refusals) {
      const error = expectError(await o.admin.invoke('settings.saveFederationCertificate', { pem }), 'VALIDATION');
      expect(error.issues.map((issue) => issue.path), what).toEqual(['pem']);
      expect(error.message, what).toContain(message);
      // A key pasted by mistake is never echoed back.
      expect(error.message, what).not.toContain(keyLine);
    }
    // Nor written anywhere: not in the database, its journal or the logs (where the certificate kept is found).
    expect(filesHolding(o.backend.dataDir, keyLine)).toEqual([]);
    expect(filesHolding(o.backend.dataDir, ar.cert.split(/\r?\n/)[1]!)).not.toEqual([]);

    expect(storedFederation(o)).toEqual(before.row);
    expect(auditCount(o)).toBe(before.audited);
    expect(await call(o.admin, 'settings.federationCertificate', {})).toEqual(before.shown);
  });

  it('lets only an administrator of the settings set or remove it; office staff may see it, the counter may not', async () => {
    const ar = await authority();
    const o = await plainOffice();
    await call(o.admin, 'settings.saveFederationCertificate', { pem: ar.cert });
    const password = 'mot-de-passe-du-role';
    const signedIn = async (login: string, role: 'counter' | 'office') => {
      await call(o.admin, 'staff.create', { login, displayName: `Compte ${login}`, role, password });
      const connection = o.backend.connect();
      await call(connection, 'auth.login', { login, password });
      return connection;
    };
    const counter = await signedIn('guichet', 'counter');
    const officeStaff = await signedIn('bureau', 'office');
    const before = storedFederation(o);
    const other = (await authority('Autorité pirate')).cert;

    for (const connection of [counter, officeStaff]) {
      expectError(await connection.invoke('settings.saveFederationCertificate', { pem: other }), 'FORBIDDEN');
      expectError(await connection.invoke('settings.removeFederationCertificate', {}), 'FORBIDDEN');
    }
    expectError(await counter.invoke('settings.federationCertificate', {}), 'FORBIDDEN');
    expect((await call(officeStaff, 'settings.federationCertificate', {})).certificates.map((certificate) => certificate.sha256)).toEqual([fingerprintOf(ar.cert)]);
    expect(storedFederation(o)).toEqual(before);
  });
});
