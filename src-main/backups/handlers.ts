import { accessSync, constants, statSync } from 'node:fs';
import { basename, isAbsolute, resolve } from 'node:path';
import { listBackups } from '../../db/backup.ts';
import { backupsFolderOf } from '../../db/backup-name.ts';
import type { Handlers } from '../core/dispatch.ts';
import { invalidField } from '../core/errors.ts';
import { writeSetting } from '../settings/store.ts';
import type { backupsContract } from './contract.ts';
import { restoreFromBackup, SECOND_FOLDER_KEY, secondFolderOf, takeAndRotate } from './service.ts';

/** A second folder must exist and be writable now; it must not be the data folder itself. */
function checkSecondFolder(folder: string, dataDir: string): void {
  const problem = (message: string) => invalidField('folder', message);
  if (!isAbsolute(folder)) throw problem('Indiquez le chemin complet du dossier (ex. E:\\Sauvegardes ou \\\\serveur\\partage).');
  if (resolve(folder).startsWith(resolve(dataDir))) throw problem('Le second dossier doit être hors du dossier des données (une clé USB, un partage réseau).');
  try {
    if (!statSync(folder).isDirectory()) throw problem(`« ${folder} » n'est pas un dossier.`);
    accessSync(folder, constants.W_OK);
  } catch (error) {
    if (error instanceof Error && 'issues' in error) throw error;
    throw problem(`Le dossier « ${folder} » est introuvable ou protégé en écriture.`);
  }
}

export const backupsHandlers: Handlers<typeof backupsContract> = {
  'backups.list': (_input, ctx) => ({
    backups: listBackups(backupsFolderOf(ctx.dataDir)).map(({ name, reason, createdAt, sizeBytes }) => ({ name, reason, createdAt, sizeBytes })),
    folder: backupsFolderOf(ctx.dataDir),
    secondFolder: secondFolderOf(ctx),
  }),

  'backups.create': (_input, ctx) => {
    const result = takeAndRotate(ctx, 'manuelle');
    const secondCopy = result.secondCopy && { ok: result.secondCopy.ok, message: result.secondCopy.ok ? null : result.secondCopy.error };
    return { name: basename(result.file), sizeBytes: result.sizeBytes, secondCopy };
  },

  'backups.restore': ({ name }, ctx) => {
    const result = restoreFromBackup(ctx, name);
    return { restoredFrom: basename(result.restoredFrom), keptCurrentAs: result.keptCurrentAs && basename(result.keptCurrentAs) };
  },

  'backups.setSecondFolder': ({ folder }, ctx) => {
    const value = folder === '' ? null : folder;
    if (value !== null) checkSecondFolder(value, ctx.dataDir);
    writeSetting(ctx.db, SECOND_FOLDER_KEY, value, ctx.nowIso());
    return { secondFolder: value };
  },
};
