import { unzipSync } from 'fflate';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { call, expectError } from './helpers.ts';
import { type Office, office } from './federation-outbox-fixtures.ts';
import { startReceiver } from './federation-outbox-server.ts';

/* Saving and queueing the export as previewed: the real export of the office, rebuilt and checked against the preview. */

const PERIOD = { from: '2025-01-01', to: '2025-12-31' };

async function preview(o: Office) {
  const shown = await call(o.admin, 'federation.export.preview', PERIOD);
  return { shown, previewed: { ...PERIOD, generatedAt: shown.generatedAt, fingerprint: shown.fingerprint } };
}

// The CSV starts with a byte-order mark (for Excel): keep it when reading the files back.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const unzip = (base64: string) =>
  Object.fromEntries(Object.entries(unzipSync(Buffer.from(base64, 'base64'))).map(([name, bytes]) => [name, utf8.decode(bytes)]));

describe('federation outbox: saving the previewed export', () => {
  it('returns one .zip of the files as previewed and keeps the export in the history', async () => {
    const o = await office({});
    const { shown, previewed } = await preview(o);
    const saved = await call(o.admin, 'federation.outbox.save', previewed);

    expect(saved.fileName).toBe('federation-2025-01-01-2025-12-31.zip');
    expect(unzip(saved.base64)).toEqual(Object.fromEntries(shown.files.map((file) => [`federation-2025-01-01-2025-12-31/${file.name}`, file.content])));
    const listed = await call(o.admin, 'federation.outbox.list', {});
    expect(listed).toMatchObject({ waiting: 0, rows: [{ id: saved.id, status: 'saved', endpointUrl: null, createdBy: 'Camille Admin', attempts: 0 }] });
    // Downloading it again gives the same files, even after the figures changed.
    await call(o.admin, 'residences.create', { name: 'Les Lilas', address: '1 rue des Lilas', postcode: '80000', city: 'Amiens', qpvCode: null, dwellings: [] });
    expect(unzip((await call(o.admin, 'federation.outbox.download', { id: saved.id })).base64)).toEqual(unzip(saved.base64));
  });

  it('refuses when the figures changed since the preview, recording nothing', async () => {
    const o = await office({});
    // An address is set, so that queueing is refused for the figures, not for want of somewhere to send them.
    await call(o.admin, 'settings.saveFederation', { endpointUrl: 'https://federation.invalid/depot', label: 'Fédération test' });
    const { previewed } = await preview(o);
    await call(o.admin, 'residences.create', { name: 'Les Lilas', address: '1 rue des Lilas', postcode: '80000', city: 'Amiens', qpvCode: null, dwellings: [] });

    for (const method of ['federation.outbox.save', 'federation.outbox.enqueue'] as const) {
      const error = expectError(await o.admin.invoke(method, previewed), 'CONFLICT');
      expect(error.message, method).toBe('Les chiffres ont changé depuis l’aperçu : affichez-le de nouveau.');
    }
    expect((await call(o.admin, 'federation.outbox.list', {})).rows).toEqual([]);
  });

  it('refuses a malformed fingerprint or a missing preview time, in French', async () => {
    const o = await office({});
    const { previewed } = await preview(o);
    const malformed = expectError(await o.admin.invoke('federation.outbox.save', { ...previewed, fingerprint: 'abc' }), 'VALIDATION');
    expect(malformed.message).toContain('affichez de nouveau l’aperçu');
    const { generatedAt: _omitted, ...untimed } = previewed;
    const missing = expectError(await o.admin.invoke('federation.outbox.save', untimed as typeof previewed), 'VALIDATION');
    expect(missing.issues[0]).toMatchObject({ path: 'generatedAt', message: expect.stringContaining('affichez de nouveau l’aperçu') });
    expect((await call(o.admin, 'federation.outbox.list', {})).rows).toEqual([]);
  });
});

describe('federation outbox: queueing the previewed export', () => {
  it('refuses to queue while no address is set, pointing to Paramètres', async () => {
    const o = await office({});
    const { previewed } = await preview(o);
    const error = expectError(await o.admin.invoke('federation.outbox.enqueue', previewed), 'CONFLICT');
    expect(error.message).toContain('Paramètres');
    expect((await call(o.admin, 'federation.outbox.list', {})).rows).toEqual([]);
  });

  it('queues with the address of the moment and a fresh key, and the worker sends it at once', async () => {
    const federation = await startReceiver();
    onTestFinished(() => federation.stop());
    const o = await office({ ca: federation.ca, timeoutMs: 2_000 });
    await call(o.admin, 'settings.saveFederation', { endpointUrl: federation.url, label: 'Fédération test' });
    const { previewed } = await preview(o);

    const queued = await call(o.admin, 'federation.outbox.enqueue', previewed);
    expect(queued).toMatchObject({ status: 'queued', endpointUrl: federation.url, attempts: 0 });
    const second = await call(o.admin, 'federation.outbox.enqueue', previewed);
    const keys = [queued.id, second.id].map((id) => o.db.get(o.db.q.selectFrom('federation_export').select('idempotency_key').where('id', '=', id))!.idempotency_key);
    expect(new Set(keys).size).toBe(2);

    await vi.waitFor(async () => {
      expect((await call(o.admin, 'federation.outbox.list', {})).rows.map((row) => row.status)).toEqual(['sent', 'sent']);
    });
    expect(federation.requests.map((request) => request.key).sort()).toEqual([...keys].sort());
    const detail = await call(o.admin, 'federation.outbox.detail', { id: queued.id });
    expect(detail.history).toMatchObject([{ outcome: 'sent', httpStatus: 201 }]);
    expect(detail.sentAt).not.toBeNull();
  });

  it('lets a read-only role see the history but neither save nor send', async () => {
    const o = await office({});
    await call(o.admin, 'staff.create', { login: 'lecture', displayName: 'Agent lecture', role: 'readonly', password: 'mot-de-passe-lecture' });
    const { previewed } = await preview(o);
    const reader = o.backend.connect();
    await call(reader, 'auth.login', { login: 'lecture', password: 'mot-de-passe-lecture' });
    expect((await call(reader, 'federation.outbox.list', {})).rows).toEqual([]);
    expectError(await reader.invoke('federation.outbox.save', previewed), 'FORBIDDEN');
    expectError(await reader.invoke('federation.outbox.retryNow', {}), 'FORBIDDEN');
  });
});
