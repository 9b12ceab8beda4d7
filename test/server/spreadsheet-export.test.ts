import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "../../src/db/database-url.js";
import { gapNote } from "../../src/http/export/export-tables.js";
import { defaultManifestFile, readManifest } from "../../src/http/limits/persisted-operations.js";
import { postGraphQL, useTestServer } from "../helpers/test-server.js";

// /export.xlsx and /export.csv over real HTTP: the files are opened with exceljs and every cell
// checked against the answer /graphql gives to the same query.

const server = useTestServer();
const committed = readManifest(path.join(repositoryRoot, defaultManifestFile));
const registeredOnly = useTestServer({ persistedOperations: committed });

const comparison = (codes: string[]) => `query YunnanFunding {
  compareRegions(regionCodes: ${JSON.stringify(codes)}, metrics: [
    { label: "reform funding", records: FUNDING }
    { label: "participants", indicatorCode: "competition.participants" }
    { label: "city model workers awarded", indicatorCode: "honours.persons", records: HONOURS, honourKind: MODEL_WORKER, honourLevel: CITY, honourStatus: AWARDED }
  ]) {
    metrics { label unit }
    rows { region { code nameZh } cells { metric value { qualifier value valueMax unit } rank basis
      sources { excerpt article { titleZh authorOrganisation { nameZh } authors { nameZh } } } } }
    totals { metric value { qualifier value valueMax unit } }
  }
}`;

const answerOf = async (query: string) => ((await (await postGraphQL(server.url, { query })).json()) as any).data;

async function workbookFrom(response: Response) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
  return workbook;
}

const shown = (quantity: any) =>
  quantity === null
    ? null
    : quantity.qualifier === "AT_LEAST"
      ? `≥ ${quantity.value}`
      : quantity.qualifier === "AT_MOST"
        ? `≤ ${quantity.value}`
        : quantity.qualifier === "RANGE"
          ? `${quantity.value}–${quantity.valueMax}`
          : quantity.value;

describe("spreadsheet export", () => {
  it("downloads a comparison of all 16 Yunnan prefectures as XLSX: the matrix as GraphQL answers it, gaps noted, and every cell's sources", async () => {
    const prefectures = (await answerOf(`{ regions(first: 100, filter: { level: PREFECTURE, within: "530000" }) { nodes { code } } }`)).regions.nodes.map(
      (node: any) => node.code,
    );
    expect(prefectures).toHaveLength(16);
    const query = comparison(prefectures);
    const answer = (await answerOf(query)).compareRegions;
    const response = await fetch(new URL(`/export.xlsx?${new URLSearchParams({ query })}`, server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="reform-graph-YunnanFunding.xlsx"');
    const workbook = await workbookFrom(response);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["compareRegions", "sources"]);
    const matrix = workbook.getWorksheet("compareRegions")!;
    const header = (matrix.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      "code",
      "name",
      "reform funding (CNY)",
      "reform funding: rank",
      "reform funding: basis",
      "participants (PERSON)",
      "participants: rank",
      "participants: basis",
      "city model workers awarded (PERSON)",
      "city model workers awarded: rank",
      "city model workers awarded: basis",
    ]);
    expect(matrix.rowCount).toBe(1 + 16 + 1);
    answer.rows.forEach((row: any, r: number) => {
      const cells = matrix.getRow(r + 2);
      expect([cells.getCell(1).value, cells.getCell(2).value]).toEqual([row.region.code, row.region.nameZh]);
      row.cells.forEach((cell: any, m: number) => {
        const value = cells.getCell(3 + m * 3);
        expect(value.value || (value.value === 0 ? 0 : null), `${row.region.code} ${cell.metric}`).toEqual(shown(cell.value));
        // A gap is an empty cell that says so, never a zero.
        if (cell.value === null) expect(value.note).toBe(gapNote);
        expect(cells.getCell(4 + m * 3).value ?? null).toEqual(cell.rank);
        expect(cells.getCell(5 + m * 3).value).toBe(cell.basis);
      });
    });
    const baoshan = matrix.getRow(2 + answer.rows.findIndex((row: any) => row.region.code === "530500"));
    expect(baoshan.getCell(3).value).toBe(answer.rows.find((row: any) => row.region.code === "530500").cells[0].value.value);
    expect(baoshan.getCell(6).value).toBe("≥ 10000");
    expect(typeof baoshan.getCell(3).value).toBe("number");
    const totals = matrix.getRow(18);
    expect(totals.getCell(1).value).toBe("total");
    expect(totals.getCell(3).value).toEqual(shown(answer.totals[0].value));

    const sources = workbook.getWorksheet("sources")!;
    expect((sources.getRow(1).values as unknown[]).slice(1)).toEqual([
      "table",
      "code",
      "name",
      "metric",
      "article",
      "author organisation",
      "authors",
      "excerpt",
    ]);
    const expected = answer.rows.flatMap((row: any) =>
      row.cells.flatMap((cell: any) => cell.sources.map((source: any) => [row.region.code, cell.metric, source.article.titleZh, source.excerpt])),
    );
    expect(sources.rowCount - 1).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(2);
    for (const [index, [code, metric, title, excerpt]] of expected.entries()) {
      const row = sources.getRow(index + 2);
      expect([row.getCell(2).value, row.getCell(4).value, row.getCell(5).value, row.getCell(8).value]).toEqual([code, metric, title, excerpt]);
    }
    const firstRows = [1, 2, 3, baoshan.number].map((n) => (matrix.getRow(n).values as unknown[]).slice(1).join(" | "));
    console.info(`exported XLSX, first rows:\n${firstRows.join("\n")}`);
  });

  it("downloads one table as CSV (UTF-8 with a byte-order mark), from a POST body as well, and the sources table by name", async () => {
    const query = comparison(["530500", "530300"]);
    const response = await fetch(new URL("/export.csv", server.url), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, operationName: "YunnanFunding" }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    const lines = text.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^code,name,reform funding \(CNY\),reform funding: rank,reform funding: basis,/);
    expect(lines[1]).toMatch(/^530500,保山市,\d+,1,RECORDS,≥ 10000,1,REPORTED,29,1,RECORDS_INCOMPLETE$/);
    expect(lines[2]).toBe("530300,曲靖市,,,NO_DATA,,,NO_DATA,,,NO_DATA");
    const sources = await fetch(new URL(`/export.csv?${new URLSearchParams({ query, table: "sources" })}`, server.url));
    expect(sources.headers.get("content-disposition")).toBe('attachment; filename="reform-graph-YunnanFunding-sources.csv"');
    expect((await sources.text()).split(/\r?\n/)[0]).toBe("table,code,name,metric,article,author organisation,authors,excerpt");
  });

  it("downloads a list query row by row, and a registered operation by its hash on a server that runs only those", async () => {
    const list = await fetch(
      new URL(`/export.csv?${new URLSearchParams({ query: `{ reportedFigures(first: 3) { nodes { key quantity { value unit } } } }` })}`, server.url),
    );
    const lines = (await list.text()).trim().split(/\r?\n/);
    expect(lines[0]).toBe("key,quantity.value,quantity.unit");
    expect(lines).toHaveLength(4);
    const { id } = committed.operations.find((operation) => operation.name === "HonoursByLevel")!;
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: id } });
    const registered = await fetch(new URL(`/export.xlsx?${new URLSearchParams({ extensions, operationName: "HonoursByLevel" })}`, registeredOnly.url));
    expect(registered.status).toBe(200);
    const workbook = await workbookFrom(registered);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["baoshan", "qujing"]);
    expect(workbook.getWorksheet("baoshan")!.rowCount).toBeGreaterThan(3);
    // An unregistered query stays refused there, as at /graphql.
    const unregistered = await fetch(new URL(`/export.xlsx?${new URLSearchParams({ query: "{ regions(first: 1) { nodes { code } } }" })}`, registeredOnly.url));
    expect(unregistered.status).toBeGreaterThanOrEqual(400);
    expect(((await unregistered.json()) as any).errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_REGISTERED");
  });

  it("answers what makes no spreadsheet with the JSON error /graphql gives, and never runs a mutation", async () => {
    const get = (parameters: Record<string, string>, format = "xlsx") => fetch(new URL(`/export.${format}?${new URLSearchParams(parameters)}`, server.url));
    const unknown = await get({ query: `{ compareRegions(regionCodes: ["999999"], metrics: [{ records: FUNDING }]) { rows { region { code } } } }` });
    expect(unknown.headers.get("content-type")).toContain("application/json");
    expect(((await unknown.json()) as any).errors[0].extensions.code).toBe("NOT_FOUND");
    const notATable = await get({ query: `{ region(code: "530500") { nameZh } }` });
    expect([notATable.status, ((await notATable.json()) as any).errors[0].extensions.code]).toEqual([400, "BAD_REQUEST"]);
    const noSuchTable = await get({ query: `{ reportedFigures(first: 1) { nodes { key } } }`, table: "nope" }, "csv");
    expect(((await noSuchTable.json()) as any).errors[0].message).toMatch(/the tables reportedFigures/);
    const mutation = await fetch(new URL("/export.xlsx", server.url), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `mutation { retireReportedFigure(input: { id: "x", version: 1 }) { __typename } }` }),
    });
    // Run as a GET, as every export is: Apollo refuses it before anything is resolved.
    expect([mutation.status, ((await mutation.json()) as any).errors[0].message]).toEqual([405, expect.stringMatching(/mutation/i)]);
    const notJson = await fetch(new URL("/export.xlsx", server.url), { method: "POST", headers: { "content-type": "application/json" }, body: "[1]" });
    expect([notJson.status, ((await notJson.json()) as any).errors[0].extensions.code]).toEqual([400, "BAD_REQUEST"]);
    // The cost model meets an export as it meets /graphql: 30 aliased comparisons of 200 regions are too costly.
    const codes = Array.from({ length: 200 }, (_, n) => (n % 2 ? "530500" : "530300"));
    const wide = `query($codes: [String!]!) { ${Array.from({ length: 30 }, (_, n) => `a${n}: compareRegions(regionCodes: $codes, metrics: [{ records: FUNDING }]) { rows { cells { sources(first: 100) { excerpt } } } }`).join(" ")} }`;
    const costly = await get({ query: wide, variables: JSON.stringify({ codes }) });
    expect(((await costly.json()) as any).errors[0].extensions.code).toBe("QUERY_TOO_COSTLY");
    // A crafted operation name cannot reach the header: the file name keeps letters, digits, - and _ only.
    const crafted = await get({ query: `query X { reportedFigures(first: 1) { nodes { key } } }`, operationName: 'X"\r\nSet-Cookie: a=b' });
    expect(crafted.status).toBeGreaterThanOrEqual(400);
    const aliasesDifferingInCase = await get({ query: `{ a: reportedFigures(first: 1) { nodes { key } } A: reportedFigures(first: 1) { nodes { key } } }` });
    expect((await workbookFrom(aliasesDifferingInCase)).worksheets.map((sheet) => sheet.name)).toEqual(["a", "A_2"]);
  });
});
