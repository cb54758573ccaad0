import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';

/** Flushes a file to the disk (opened for writing: Windows refuses to flush a read-only handle). */
export function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a folder's entries (a rename) on Linux and macOS; Windows cannot open a folder, and NTFS journals it. */
export function fsyncFolder(folder: string): void {
  let fd: number;
  try {
    fd = openSync(folder, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // Some file systems (network shares) refuse to flush a folder: the file itself was flushed.
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes `target` through `${target}.partial`, flushed then renamed: a power cut or a USB key pulled out leaves
 * either no file or the whole file, never a truncated one under a backup's name.
 */
export function writeDurably(target: string, write: (partial: string) => void): void {
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  try {
    write(partial);
    fsyncFile(partial);
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  fsyncFolder(dirname(target));
}

export function copyDurably(from: string, to: string): void {
  writeDurably(to, (partial) => copyFileSync(from, partial));
}

/** The first of `name(1)`, `name(2)`… that does not exist yet. */
export function freePath(name: (n: number) => string): string {
  let n = 1;
  while (existsSync(name(n))) n++;
  return name(n);
}

export function sha256OfFile(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}
