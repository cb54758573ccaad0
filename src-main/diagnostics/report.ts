import { type Dirent, readdirSync, statSync } from 'node:fs';
import { arch, cpus, freemem, platform, release, totalmem, version as osVersion } from 'node:os';
import { join } from 'node:path';
import { listBackups } from '../../db/backup.ts';
import { backupsFolderOf, liveDatabaseFile } from '../../db/backup-name.ts';
import { migrations } from '../../db/migrations/index.ts';
import { ROLE_LABELS, ROLES } from '../auth/rights.ts';
import { secondFolderOf } from '../backups/service.ts';
import type { BaseContext } from '../core/context.ts';
import { formatLogEntry, logsFolderOf, readLogTail } from '../logs/file-logger.ts';
import { scrubText } from '../logs/scrub.ts';
import { APP_VERSION } from '../version.ts';

/**
 * The plain-text report an administrator copies for support. Only versions, sizes, counts and states: never a name,
 * an address, a note, a login, a path (paths carry Windows user names) or any record's content. The log lines come
 * from the scrubbed log files and are scrubbed once more on the way.
 */

const LOG_LINES_IN_REPORT = 50;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function formatBytes(bytes: number): string {
  const units = ['octets', 'Ko', 'Mo', 'Go', 'To'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = unit === 0 ? String(value) : value.toFixed(value < 10 ? 1 : 0).replace('.', ',');
  return `${shown} ${units[unit]}`;
}

function sizeOf(file: string): number | null {
  try {
    return statSync(file).size;
  } catch {
    return null;
  }
}

/** Total size and number of files under a folder; links are not followed, depth is bounded. */
function folderSize(folder: string, depth = 0): { bytes: number; files: number } {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return { bytes: 0, files: 0 };
  }
  let bytes = 0;
  let files = 0;
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isFile()) {
      bytes += sizeOf(path) ?? 0;
      files++;
    } else if (entry.isDirectory() && depth < 4) {
      const inner = folderSize(path, depth + 1);
      bytes += inner.bytes;
      files += inner.files;
    }
  }
  return { bytes, files };
}

function section(title: string, lines: string[]): string[] {
  return ['', `== ${title} ==`, ...lines];
}

/** A failing part of the report says so instead of losing the whole report: support needs it most then. */
function safely(title: string, build: () => string[]): string[] {
  try {
    return section(title, build());
  } catch (error) {
    return section(title, [`(indisponible : ${scrubText(error instanceof Error ? error.message : String(error), 120)})`]);
  }
}

function applicationLines(ctx: BaseContext): string[] {
  const sqlite = ctx.db.sqlite;
  const applied = sqlite.prepare('SELECT version, name, applied_at FROM schema_migration ORDER BY version').all() as {
    version: number;
    name: string;
    applied_at: string;
  }[];
  const known = new Map(migrations.map((m) => [m.version, m.name]));
  return [
    `Version de Voisinage : ${APP_VERSION}`,
    `Schéma de la base : ${sqlite.pragma('user_version', { simple: true })} (cette version connaît le schéma ${migrations.at(-1)?.version ?? 0})`,
    `Migrations appliquées : ${applied.length}`,
    ...applied.map(
      (row) => `  ${row.version} ${known.get(row.version) === row.name ? row.name : '(inconnue de cette version)'} — ${scrubText(row.applied_at, 40)}`,
    ),
  ];
}

function environmentLines(ctx: BaseContext): string[] {
  const versions = process.versions as NodeJS.ProcessVersions & { electron?: string; chrome?: string };
  const sqliteVersion = (ctx.db.sqlite.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  return [
    `Mode : ${versions.electron ? 'application Electron' : 'mode navigateur (Node.js)'}`,
    `Node.js : ${versions.node}`,
    `Electron : ${versions.electron ?? '—'}`,
    `Chromium : ${versions.chrome ?? '—'}`,
    `V8 : ${versions.v8}`,
    `SQLite : ${sqliteVersion}`,
    `Système : ${platform()} ${release()} (${arch()}) — ${scrubText(osVersion(), 120)}`,
    `Processeurs : ${cpus().length}`,
    `Mémoire : ${formatBytes(totalmem())} au total, ${formatBytes(freemem())} libre`,
    `Mémoire utilisée par Voisinage : ${formatBytes(process.memoryUsage().rss)}`,
    `Fuseau horaire : ${Intl.DateTimeFormat().resolvedOptions().timeZone}`,
    `En fonctionnement depuis : ${Math.round(process.uptime() / 60)} min`,
  ];
}

function databaseLines(ctx: BaseContext): string[] {
  const sqlite = ctx.db.sqlite;
  const databaseFile = liveDatabaseFile(ctx.dataDir);
  const folder = folderSize(ctx.dataDir);
  const pageCount = sqlite.pragma('page_count', { simple: true }) as number;
  const pageSize = sqlite.pragma('page_size', { simple: true }) as number;
  const freePages = sqlite.pragma('freelist_count', { simple: true }) as number;
  const check = (sqlite.pragma('quick_check(20)') as { quick_check: string }[]).map((row) => scrubText(row.quick_check, 160));
  const tables = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[])
    .map((row) => row.name)
    .filter((name) => IDENTIFIER.test(name));
  const width = Math.max(0, ...tables.map((name) => name.length));
  return [
    `Dossier des données : ${formatBytes(folder.bytes)} (${folder.files} fichiers)`,
    `Fichier de la base : ${formatBytes(sizeOf(databaseFile) ?? 0)} ; journal WAL : ${formatBytes(sizeOf(`${databaseFile}-wal`) ?? 0)}`,
    `Pages : ${pageCount} de ${pageSize} octets, dont ${freePages} libres`,
    `Mode du journal : ${String(sqlite.pragma('journal_mode', { simple: true }))}`,
    `Contrôle rapide (quick_check) : ${check.length === 1 && check[0] === 'ok' ? 'ok' : `ÉCHEC (${check.length} problèmes)`}`,
    ...(check.length === 1 && check[0] === 'ok' ? [] : check.map((line) => `  ${line}`)),
    'Lignes par table :',
    ...tables.map((name) => {
      const { n } = sqlite.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get() as { n: number };
      return `  ${name.padEnd(width)} ${n}`;
    }),
  ];
}

function staffLines(ctx: BaseContext): string[] {
  const rows = ctx.db.sqlite
    .prepare('SELECT role, disabled_at IS NOT NULL AS disabled, COUNT(*) AS n FROM staff_user GROUP BY role, disabled')
    .all() as { role: string; disabled: number; n: number }[];
  const count = (role: string | null, disabled: number) =>
    rows.filter((row) => (role === null ? !(ROLES as readonly string[]).includes(row.role) : row.role === role) && row.disabled === disabled).reduce((sum, row) => sum + row.n, 0);
  const lines = ROLES.map((role) => `  ${ROLE_LABELS[role]} (${role}) : ${count(role, 0)} actif(s), ${count(role, 1)} désactivé(s)`);
  const others = count(null, 0) + count(null, 1);
  if (others > 0) lines.push(`  Rôle inconnu de cette version : ${others}`);
  return lines;
}

function backupLines(ctx: BaseContext): string[] {
  const backups = listBackups(backupsFolderOf(ctx.dataDir));
  const newest = backups[0];
  const secondFolder = secondFolderOf(ctx);
  let reachable = false;
  if (secondFolder) {
    try {
      reachable = statSync(secondFolder).isDirectory();
    } catch {
      reachable = false;
    }
  }
  return [
    `Nombre : ${backups.length} (${formatBytes(backups.reduce((sum, b) => sum + b.sizeBytes, 0))})`,
    `Plus récente : ${newest ? `${newest.createdAt} (${newest.reason})` : 'aucune'}`,
    `Plus ancienne : ${backups.length > 0 ? backups.at(-1)?.createdAt : 'aucune'}`,
    `Second dossier configuré : ${secondFolder ? `oui (${reachable ? 'accessible' : 'INACCESSIBLE en ce moment'})` : 'non'}`,
  ];
}

function logLines(ctx: BaseContext): string[] {
  const folder = logsFolderOf(ctx.dataDir);
  const entries = readLogTail(folder, LOG_LINES_IN_REPORT);
  const size = folderSize(folder);
  return [
    `Fichiers de journal : ${size.files} (${formatBytes(size.bytes)})`,
    ...(entries.length === 0 ? ['(aucune ligne)'] : entries.map(formatLogEntry)),
  ];
}

export function buildDiagnosticsReport(ctx: BaseContext): string {
  const lines = [
    'Diagnostics de Voisinage',
    `Établi le : ${ctx.nowIso()}`,
    'Ce rapport ne contient aucune donnée personnelle : ni nom, ni adresse, ni note, ni identifiant de connexion.',
    ...safely('Application', () => applicationLines(ctx)),
    ...safely('Environnement', () => environmentLines(ctx)),
    ...safely('Base de données', () => databaseLines(ctx)),
    ...safely('Comptes du personnel', () => staffLines(ctx)),
    ...safely('Sauvegardes', () => backupLines(ctx)),
    ...safely(`Journal (${LOG_LINES_IN_REPORT} dernières lignes)`, () => logLines(ctx)),
  ];
  return `${lines.join('\n')}\n`;
}
