import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "../../src/db/database-url.js";
import { migrationCli } from "../../src/db/migration-cli.js";
import { testProvider } from "../helpers/test-database.js";

// The committed migrations are what `npm start` applies (prisma migrate deploy); they must build
// exactly the schema the datamodel describes, on the provider this run tests.

function prisma(args: string[], databaseUrl: string): string {
  return execFileSync(...migrationCli(args), {
    cwd: repositoryRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
}

const schemaFolder = testProvider === "sqlite" ? "prisma/sqlite" : "prisma/postgres";

function sqliteStructure(file: string) {
  const db = new BetterSqlite3(file, { readonly: true });
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%' ORDER BY name`)
    .all() as { name: string }[];
  const structure = tables.map(({ name }) => ({
    table: name,
    columns: db.prepare(`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid`).all(name),
    foreignKeys: db.prepare(`SELECT "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list(?) ORDER BY "from"`).all(name),
    indexes: (db.prepare(`SELECT name, "unique" FROM pragma_index_list(?) ORDER BY name`).all(name) as { name: string }[]).map((index) => ({
      ...index,
      columns: db.prepare(`SELECT name FROM pragma_index_info(?) ORDER BY seqno`).all(index.name),
    })),
  }));
  db.close();
  return structure;
}

async function postgresStructure(url: string, schema: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const rows = async (sql: string) => (await client.query(sql, [schema])).rows;
  const unqualified = (sql: unknown) => (typeof sql === "string" ? sql.replaceAll(`"${schema}".`, "").replaceAll(`${schema}.`, "") : sql);
  const structure = {
    columns: (
      await rows(
        `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default FROM information_schema.columns WHERE table_schema = $1 AND table_name <> '_prisma_migrations' ORDER BY table_name, column_name`,
      )
    ).map((column) => ({ ...column, column_default: unqualified(column.column_default) })),
    indexes: (
      await rows(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = $1 AND tablename <> '_prisma_migrations' ORDER BY indexname`)
    ).map((index) => ({
      ...index,
      indexdef: unqualified(index.indexdef),
    })),
    constraints: (
      await rows(
        `SELECT conname, contype, pg_get_constraintdef(c.oid) AS definition FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = $1 AND conname NOT LIKE '_prisma_migrations%' ORDER BY conname`,
      )
    ).map((constraint) => ({ ...constraint, definition: unqualified(constraint.definition) })),
    enums: await rows(
      `SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = $1 ORDER BY t.typname, e.enumsortorder`,
    ),
  };
  await client.end();
  return structure;
}

describe(`migrations (${testProvider})`, () => {
  it("apply with prisma migrate deploy and build exactly the datamodel's schema", async () => {
    const fromDatamodel = prisma(
      ["migrate", "diff", "--from-empty", "--to-schema-datamodel", schemaFolder, "--script"],
      process.env.TEST_POSTGRES_URL ?? "file:/tmp/unused.db",
    );
    const name = `migrate_${crypto.randomBytes(4).toString("hex")}`;

    if (testProvider === "sqlite") {
      const deployed = path.join(os.tmpdir(), `${name}.db`);
      const expected = path.join(os.tmpdir(), `${name}-expected.db`);
      expect(prisma(["migrate", "deploy"], `file:${deployed}`)).toMatch(/successfully applied|No pending migrations/);
      const db = new BetterSqlite3(expected);
      db.exec(fromDatamodel);
      db.close();
      expect(sqliteStructure(deployed)).toEqual(sqliteStructure(expected));
      fs.rmSync(deployed);
      fs.rmSync(expected);
      return;
    }

    const base = process.env.TEST_POSTGRES_URL!;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE SCHEMA "${name}"; CREATE SCHEMA "${name}_expected"; SET search_path TO "${name}_expected"; ${fromDatamodel}`);
    try {
      const deployedUrl = new URL(base);
      deployedUrl.searchParams.set("schema", name);
      expect(prisma(["migrate", "deploy"], deployedUrl.toString())).toMatch(/successfully applied|No pending migrations/);
      expect(await postgresStructure(base, name)).toEqual(await postgresStructure(base, `${name}_expected`));
    } finally {
      await admin.query(`DROP SCHEMA "${name}" CASCADE; DROP SCHEMA "${name}_expected" CASCADE`);
      await admin.end();
    }
  });
});
