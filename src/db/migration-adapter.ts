import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3-6";
import { PrismaPg } from "@prisma/adapter-pg-6";
import { DriverAdapterError } from "@prisma/driver-adapter-utils-6";
import pg from "pg";
import type { DatabaseTarget } from "./database-url.js";

const pgTypeOid = { char: 18, name: 19, text: 25 } as const;

/**
 * Works around prisma/orm#27403 (adapter-pg 6.19.3): the schema engine reads catalog columns
 * of type `name` and `"char"`, which the adapter refuses to map. Their values already arrive
 * as strings, so reporting them as `text` is exact.
 */
class CatalogTextClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    // pg.Client.query has a dozen overloads; the instance's own property replaces them all at once
    // (callback and promise forms alike) without restating their types.
    Object.defineProperty(this, "query", { value: (...args: unknown[]) => this.queryReportingText(args) });
  }

  private queryReportingText(args: unknown[]): unknown {
    const callbackIndex = args.findIndex((arg) => typeof arg === "function");
    const callback = args[callbackIndex];
    if (typeof callback === "function") {
      args[callbackIndex] = (error: Error | null, result?: pg.QueryResult) => callback(error, result && reportCatalogColumnsAsText(result));
    }
    const outcome: unknown = Reflect.apply(pg.Client.prototype.query, this, args);
    return outcome instanceof Promise ? outcome.then(reportCatalogColumnsAsText) : outcome;
  }
}

function reportCatalogColumnsAsText(result: pg.QueryResult): pg.QueryResult {
  for (const field of result.fields ?? []) {
    if (field.dataTypeID === pgTypeOid.name || field.dataTypeID === pgTypeOid.char) field.dataTypeID = pgTypeOid.text;
  }
  return result;
}

/**
 * Works around adapter-pg 6.19.3's `executeScript`, which splits a migration on every `;` and so
 * breaks any statement with one inside: a function body (the write-notification trigger), a
 * string literal. The script goes to PostgreSQL whole instead, as one simple-protocol query,
 * which runs its statements in order on one connection, as psql would.
 */
class WholeScriptPg extends PrismaPg {
  constructor(
    private readonly pool: pg.Pool,
    schema: string | undefined,
  ) {
    super(pool, { disposeExternalPool: true, schema });
  }

  override async connect() {
    const adapter = await super.connect();
    adapter.executeScript = async (script) => {
      try {
        await this.pool.query(script);
      } catch (error) {
        // As the adapter reports a failed statement, so the CLI prints PostgreSQL's message.
        if (!(error instanceof pg.DatabaseError)) throw error;
        const { code, severity, message, detail, column, hint } = error;
        throw new DriverAdapterError({ kind: "postgres", code: code ?? "N/A", severity: severity ?? "N/A", message, detail, column, hint });
      }
    };
    return adapter;
  }
}

/**
 * The driver adapter the Prisma 6.19 CLI (migrate deploy/diff/status) uses through prisma6.config.ts.
 * It is the 6.19 adapter (npm aliases @prisma/adapter-pg-6, @prisma/adapter-better-sqlite3-6), the
 * version that CLI's wasm schema engine was built against; the runtime client uses the Prisma 7 ones.
 */
export function createMigrationAdapterFactory(target: DatabaseTarget) {
  if (target.provider === "postgresql") {
    // The schema engine writes unqualified names, so a non-default schema must lead the search path.
    const searchPath = target.postgresSchema ? { options: `-c search_path="${target.postgresSchema}"` } : {};
    return new WholeScriptPg(new pg.Pool({ connectionString: target.location, Client: CatalogTextClient, ...searchPath }), target.postgresSchema);
  }
  if (target.location !== ":memory:") fs.mkdirSync(path.dirname(target.location), { recursive: true });
  return new PrismaBetterSQLite3({ url: target.location });
}
