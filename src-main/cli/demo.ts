/** npm run demo: fills the office's database with the demo office (refused when it already holds data). */
import { join } from 'node:path';
import { createBackend } from '../core/backend.ts';

const dataDir = process.env.VOISINAGE_DATA_DIR ?? join(import.meta.dirname, '../../.voisinage-data');
const backend = createBackend({ dataDir });
const result = await backend.invoke('demo.fill', {});
backend.close();
if (result.ok) {
  console.log(`Données de démonstration chargées dans ${dataDir} :`, result.data);
} else {
  console.error(result.error.message);
  process.exitCode = 1;
}
