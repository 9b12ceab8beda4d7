import { describe, expect, it } from "vitest";
import { pathBeyondSubtree, pathBeyondSubtreeInSql, subtreeOfPath } from "../../src/db/sql-conditions.js";
import { selectRows, textColumn } from "../../src/db/sql-statement.js";
import { useSeededApi } from "../helpers/seeded-api.js";

// A region's subtree is one range of materialised paths, written once for Prisma conditions and
// once for hand-written statements (region aggregates): both forms must draw the same range.

const api = useSeededApi();

describe("the subtree range rule", () => {
  it("ends every region's subtree at the same path in SQL as in the Prisma condition, on this database", async () => {
    const db = api.database.handle.db;
    const inSql = await selectRows(
      db,
      (sql) => `SELECT path, ${pathBeyondSubtreeInSql("path")} AS beyond FROM ${sql.table("Region")} ORDER BY path`,
      (row) => ({ path: textColumn(row.path), beyond: textColumn(row.beyond) }),
    );
    expect(inSql.length).toBeGreaterThan(10);
    expect(inSql).toEqual(inSql.map(({ path }) => ({ path, beyond: pathBeyondSubtree(path) })));
  });

  it("holds a region and everything below it, and nothing beside it", async () => {
    const db = api.database.handle.db;
    const yunnan = await db.region.findUniqueOrThrow({ where: { code: "530000" }, select: { path: true } });
    const within = await db.region.findMany({ where: subtreeOfPath(yunnan.path), select: { path: true } });
    const all = await db.region.findMany({ select: { path: true } });
    expect(within.map(({ path }) => path).sort()).toEqual(
      all
        .map(({ path }) => path)
        .filter((path) => path.startsWith(yunnan.path))
        .sort(),
    );
    expect(within.length).toBeGreaterThan(1);
  });
});
