import type Database from 'better-sqlite3';
import {
  DummyDriver,
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type Compilable,
} from 'kysely';
import type { Schema } from './schema.ts';

/**
 * Kysely builds and types the queries; better-sqlite3 runs them synchronously.
 * Keeping execution synchronous lets one `sqlite.transaction()` wrap a whole handler
 * (an `await` inside a better-sqlite3 transaction would break its atomicity).
 */
export const queryBuilder = new Kysely<Schema>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

export type QueryBuilder = typeof queryBuilder;

const STATEMENT_CACHE_SIZE = 200;

export class SyncDb {
  readonly q = queryBuilder;
  sqlite: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(sqlite: Database.Database) {
    this.sqlite = sqlite;
  }

  all<O>(query: Compilable<O>): O[] {
    const compiled = query.compile();
    return this.statement(compiled.sql).all(...(compiled.parameters as unknown[])) as O[];
  }

  get<O>(query: Compilable<O>): O | undefined {
    const compiled = query.compile();
    return this.statement(compiled.sql).get(...(compiled.parameters as unknown[])) as O | undefined;
  }

  run(query: Compilable<unknown>): Database.RunResult {
    const compiled = query.compile();
    return this.statement(compiled.sql).run(...(compiled.parameters as unknown[]));
  }

  /** Points at a reopened database (after a restore); the old connection must already be closed. */
  replaceConnection(sqlite: Database.Database): void {
    this.statements.clear();
    this.sqlite = sqlite;
  }

  /** Runs `work` in one IMMEDIATE transaction: all of it is written, or nothing. */
  transaction<T>(work: () => T): T {
    return this.sqlite.transaction(work).immediate();
  }

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      if (this.statements.size >= STATEMENT_CACHE_SIZE) {
        const oldest = this.statements.keys().next().value as string;
        this.statements.delete(oldest);
      }
      statement = this.sqlite.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}
