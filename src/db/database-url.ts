import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export type DatabaseProvider = "sqlite" | "postgresql";

export interface DatabaseTarget {
  provider: DatabaseProvider;
  /** For SQLite an absolute file path; for PostgreSQL the connection string. */
  location: string;
  /** The Prisma schema folder (datasource + shared models + migrations) for this provider. */
  schemaFolder: string;
  /** PostgreSQL schema (namespace) from the URL's `?schema=` parameter, as Prisma URLs carry it. */
  postgresSchema?: string;
}

/**
 * The checkout: the nearest directory above this module whose package.json is this project's.
 * Not a fixed number of levels up: the server also runs compiled, from node_modules/.cache/reform-graph/server/src.
 */
export const repositoryRoot = (() => {
  const start = path.dirname(fileURLToPath(import.meta.url));
  for (let directory = start; ; directory = path.dirname(directory)) {
    const manifest = path.join(directory, "package.json");
    if (fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, "utf8")) as { name?: string }).name === "reform-graph") return directory;
    if (path.dirname(directory) === directory) throw new Error(`no package.json of reform-graph above ${start}`);
  }
})();

/** The embedded default: a SQLite file inside prisma/, created on first start. */
export const defaultDatabaseUrl = "file:prisma/data/reform-graph.db";

/**
 * Reads DATABASE_URL: `postgres://` or `postgresql://` selects PostgreSQL, `file:` (or nothing)
 * SQLite. A relative SQLite path is taken from the repository root, so the CLI, the server and
 * the tests all open the same file wherever they are started from.
 */
export function resolveDatabaseTarget(url: string = process.env.DATABASE_URL ?? defaultDatabaseUrl): DatabaseTarget {
  if (/^postgres(ql)?:\/\//.test(url)) {
    const postgresSchema = new URL(url).searchParams.get("schema") ?? undefined;
    return { provider: "postgresql", location: url, schemaFolder: path.join(repositoryRoot, "prisma/postgres"), postgresSchema };
  }
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must start with postgresql:// or file: (got "${url}")`);
  }
  const file = url.slice("file:".length);
  return {
    provider: "sqlite",
    location: file === ":memory:" ? file : path.resolve(repositoryRoot, file),
    schemaFolder: path.join(repositoryRoot, "prisma/sqlite"),
  };
}

/**
 * A table as a raw statement must name it: qualified with the URL's `?schema=` on PostgreSQL
 * (raw SQL does not get the adapter's schema), plain on SQLite.
 */
export function tableInSql(target: DatabaseTarget, table: string): string {
  return target.provider === "postgresql" ? `"${target.postgresSchema ?? "public"}"."${table}"` : `"${table}"`;
}
