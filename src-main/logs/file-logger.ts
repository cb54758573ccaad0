import { appendFileSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Clock, systemClock } from '../core/clock.ts';
import type { Logger } from '../core/logger.ts';
import { type LogFields, scrubFields, scrubMessage } from './scrub.ts';

/**
 * Local log files: one JSON object per line in `<dataDir>/journaux/voisinage.log`, rotated by size. Each line is
 * appended synchronously (a crash loses nothing already logged) and scrubbed first (see scrub.ts). Logging never
 * throws: a full disk or a locked file costs the line, never the operation being logged.
 */

const LOGS_FOLDER_NAME = 'journaux';
const LOG_FILE_NAME = 'voisinage.log';
const DEFAULT_MAX_BYTES = 1024 * 1024;
const DEFAULT_MAX_FILES = 5;

type LogLevel = 'info' | 'warn' | 'error';
const LEVELS: readonly LogLevel[] = ['info', 'warn', 'error'];

interface LogEntry {
  time: string;
  level: LogLevel;
  message: string;
  fields: LogFields;
}

export function logsFolderOf(dataDir: string): string {
  return join(dataDir, LOGS_FOLDER_NAME);
}

/** voisinage.log, then voisinage.1.log (the previous one) … voisinage.<maxFiles-1>.log (the oldest). */
export function logFilePath(folder: string, index = 0): string {
  return join(folder, index === 0 ? LOG_FILE_NAME : LOG_FILE_NAME.replace(/\.log$/, `.${index}.log`));
}

interface FileLoggerOptions {
  /** `<dataDir>/journaux`: see logsFolderOf. Created when missing. */
  folder: string;
  /** The current file is rotated before a line would take it past this size (1 MiB by default). */
  maxBytes?: number;
  /** Files kept, the current one included (5 by default). */
  maxFiles?: number;
  clock?: Clock;
}

interface FileLogger extends Logger {
  readonly folder: string;
  readonly file: string;
}

export function createFileLogger(options: FileLoggerOptions): FileLogger {
  const { folder } = options;
  const maxBytes = Math.max(1, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const maxFiles = Math.max(1, Math.floor(options.maxFiles ?? DEFAULT_MAX_FILES));
  const clock = options.clock ?? systemClock;
  const file = logFilePath(folder);

  const rotate = () => {
    rmSync(logFilePath(folder, maxFiles - 1), { force: true });
    for (let index = maxFiles - 2; index >= 0; index--) {
      try {
        renameSync(logFilePath(folder, index), logFilePath(folder, index + 1));
      } catch (error) {
        if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
      }
    }
  };

  const write = (level: LogLevel, message: unknown, fields: unknown) => {
    try {
      const entry: LogEntry = { time: clock.now().toISOString(), level, message: scrubMessage(message), fields: scrubFields(fields) };
      const line = `${JSON.stringify(entry)}\n`;
      mkdirSync(folder, { recursive: true });
      let size = 0;
      try {
        size = statSync(file).size;
      } catch {
        // no current file yet
      }
      if (size > 0 && size + Buffer.byteLength(line) > maxBytes) {
        try {
          rotate();
        } catch {
          // A file held open elsewhere (Windows: an editor, an antivirus): the current file grows; retried next line.
        }
      }
      appendFileSync(file, line, { encoding: 'utf8', mode: 0o600 });
    } catch {
      // Never let logging break what is being logged.
    }
  };

  return {
    folder,
    file,
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
  };
}

/** Writes to both loggers (the console and the file in development); one failing never stops the other. */
export function teeLogger(a: Logger, b: Logger): Logger {
  const both =
    (level: LogLevel): Logger[LogLevel] =>
    (message, fields) => {
      for (const logger of [a, b]) {
        try {
          logger[level](message, fields);
        } catch {
          // a console closed under us, a broken logger: the other one still gets the line
        }
      }
    };
  return { info: both('info'), warn: both('warn'), error: both('error') };
}

/** One stored line, checked again on the way out: a file written by an older version or edited by hand is no exception. */
function parseLine(line: string): LogEntry {
  try {
    const raw = JSON.parse(line) as Partial<Record<keyof LogEntry, unknown>>;
    const time = typeof raw.time === 'string' && !Number.isNaN(Date.parse(raw.time)) ? new Date(raw.time).toISOString() : '?';
    const level = LEVELS.find((candidate) => candidate === raw.level) ?? 'info';
    return { time, level, message: scrubMessage(raw.message), fields: scrubFields(raw.fields) };
  } catch {
    return { time: '?', level: 'info', message: '<unreadable line>', fields: {} };
  }
}

/** The last `count` lines of the logs, oldest first, read across the rotated files; scrubbed again. */
export function readLogTail(folder: string, count = 50, maxFiles = DEFAULT_MAX_FILES): LogEntry[] {
  const lines: string[] = [];
  for (let index = 0; index < maxFiles && lines.length < count; index++) {
    let text: string;
    try {
      text = readFileSync(logFilePath(folder, index), 'utf8');
    } catch {
      continue; // a missing file: nothing logged yet, or fewer rotations so far
    }
    const fileLines = text.split('\n').filter((line) => line.trim() !== '');
    lines.unshift(...fileLines.slice(-(count - lines.length)));
  }
  return lines.map(parseLine);
}

/** `2026-03-02T09:00:00.000Z WARN second backup copy failed reason=periodique` */
export function formatLogEntry(entry: LogEntry): string {
  const fields = Object.entries(entry.fields).map(([key, value]) => `${key}=${typeof value === 'string' && /\s/.test(value) ? JSON.stringify(value) : String(value)}`);
  return [entry.time, entry.level.toUpperCase().padEnd(5), entry.message, ...fields].join(' ');
}
