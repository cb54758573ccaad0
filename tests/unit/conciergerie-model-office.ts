import { type Connection, createBackend } from '../../src-main/core/backend.ts';
import type { InputOf } from '../../src-main/core/contract.ts';
import type { AppContract } from '../../src-main/contract.ts';
import { ADMIN, call, tempDir } from './helpers.ts';

/**
 * The office of the model-based tests: a fresh backend per generated run (closed by the run), its administrator
 * signed in and the counter's rules set. Members and copies are seeded by each test.
 */
export async function modelOffice(start: string, counter: InputOf<AppContract, 'settings.saveCounter'>) {
  let now = new Date(`${start}T10:00:00`);
  const backend = createBackend({ dataDir: tempDir(), clock: { now: () => now }, checkOutputs: true, automaticBackups: false });
  const api: Pick<Connection, 'invoke'> = backend.connect();
  await call(api, 'auth.setup', ADMIN);
  await call(api, 'settings.saveCounter', counter);
  return {
    api,
    file: backend.databaseFile,
    // Days later the session is locked (10 minutes idle): the administrator unlocks it, as at the PC.
    setDay: async (day: string) => {
      now = new Date(`${day}T10:00:00`);
      await call(api, 'auth.unlock', { password: ADMIN.password });
    },
    close: () => backend.close(),
  };
}
