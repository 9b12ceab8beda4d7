import { describe, expect, it } from "vitest";
import { bigintColumn, integerColumn, statementFor, textColumn } from "../../../src/db/sql-statement.js";

const sqlite = { provider: "sqlite" as const, location: "/unused.db", schemaFolder: "unused" };
const postgres = { provider: "postgresql" as const, location: "postgresql://unused", schemaFolder: "unused", postgresSchema: "tenant" };

describe("statementFor", () => {
  // A builder that computes its later clause first: SQLite binds `?` by position, so the values must follow the text.
  const build = (target: typeof sqlite | typeof postgres) =>
    statementFor(target, (sql) => {
      const later = `b = ${sql.value("second")}`;
      return `SELECT 1 FROM ${sql.table("Region")} WHERE a IN (${sql.values([1, 2])}) AND ${later}`;
    });

  it("binds values in the order they appear in the text, on SQLite", () => {
    expect(build(sqlite)).toEqual({ statement: `SELECT 1 FROM "Region" WHERE a IN (?, ?) AND b = ?`, parameters: [1, 2, "second"] });
  });

  it("numbers PostgreSQL's placeholders in the same order and qualifies tables with the schema", () => {
    expect(build(postgres)).toEqual({ statement: `SELECT 1 FROM "tenant"."Region" WHERE a IN ($1, $2) AND b = $3`, parameters: [1, 2, "second"] });
  });
});

describe("column mappers", () => {
  it("read either database's whole numbers, and sums, and refuse what is not one", () => {
    expect([integerColumn(7), integerColumn(7n), integerColumn("7"), integerColumn(null)]).toEqual([7, 7, 7, null]);
    expect(() => integerColumn("7.5")).toThrow();
    // Past 2^53 a number is rounded: refused in every form the databases hand back.
    expect(() => integerColumn(2n ** 53n + 1n)).toThrow();
    expect(() => integerColumn(String(2n ** 53n + 1n))).toThrow();
    expect(() => integerColumn(7.5)).toThrow();
    expect([bigintColumn("12000000000"), bigintColumn(3), bigintColumn(null)]).toEqual([12_000_000_000n, 3n, null]);
    expect(() => textColumn(5)).toThrow();
  });
});
