/**
 * End-to-end tests run in Debian's Chromium, never in a browser downloaded by a tool (these machines cannot reach
 * the download hosts). Installs it with apt when it is missing and we are root; otherwise says what to do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (existsSync(CHROMIUM_PATH)) {
  console.log(`Chromium trouvé : ${CHROMIUM_PATH}`);
} else if (process.platform === 'linux' && process.getuid?.() === 0) {
  console.log('Chromium absent : installation du paquet Debian « chromium »…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-liberation'], { stdio: 'inherit', env });
} else {
  console.error(
    `Chromium introuvable (${CHROMIUM_PATH}). Installez-le (Debian : sudo apt-get install chromium fonts-liberation) ` +
      'ou indiquez son chemin dans la variable CHROMIUM_PATH.',
  );
  process.exit(1);
}
