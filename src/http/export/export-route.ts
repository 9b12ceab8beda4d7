import type { HTTPGraphQLRequest } from "@apollo/server";
import { Kind, parse } from "graphql";
import { ErrorCode } from "../../errors/error-codes.js";
import { type Table, tablesOfAnswer } from "./export-tables.js";
import { csvOf, xlsxOf } from "./spreadsheet.js";

// /export.xlsx and /export.csv: a query's answer as a spreadsheet. The query is sent as to
// /graphql (query or persisted-query hash, variables, operationName; GET parameters or a POST JSON
// body) and runs through the same server — bearer tokens, cost limits, rate limit, registered-only
// mode, response cache — always as a GET, so a mutation can never run here. The answer's
// comparisons, series and lists become tables (export-tables.ts); an answer with any error is no
// spreadsheet, and comes back as the JSON /graphql would give.

export type ExportFormat = "xlsx" | "csv";

/** The format a path asks for, or undefined when it is no export path. */
export function exportFormatOf(pathname: string): ExportFormat | undefined {
  if (pathname === "/export.xlsx") return "xlsx";
  if (pathname === "/export.csv") return "csv";
  return undefined;
}

/** A file, or the JSON answer to give instead. */
export type ExportAnswer = { kind: "file"; contentType: string; filename: string; body: Buffer } | { kind: "json"; status: number; body: unknown };

const contentTypes: Record<ExportFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
};

const refusal = (message: string) => ({ kind: "json" as const, status: 400, body: { errors: [{ message, extensions: { code: ErrorCode.badRequest } }] } });

/**
 * The GraphQL request an export runs: the parameters as a GET's search string, whichever way they
 * came (a POST body's JSON fields are taken as the same parameters). Undefined when a POST body is
 * no JSON object.
 */
export function exportedRequest(request: HTTPGraphQLRequest, search: URLSearchParams, body: unknown): HTTPGraphQLRequest | undefined {
  const parameters = new URLSearchParams(search);
  parameters.delete("table");
  if (request.method === "POST") {
    if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
    for (const [name, value] of Object.entries(body)) {
      if (!["query", "variables", "operationName", "extensions"].includes(name) || value == null) continue;
      parameters.set(name, typeof value === "string" ? value : JSON.stringify(value));
    }
  }
  const headers = request.headers;
  // Apollo's CSRF check wants GETs from scripts to say so; an export link is a plain GET, and a GET runs no mutation.
  headers.set("apollo-require-preflight", "true");
  return { method: "GET", headers, search: `?${parameters.toString()}`, body: undefined };
}

/** What an export's file is named after: the operationName asked for, or the query's first named operation. */
export function operationNameOf(parameters: URLSearchParams): string | null {
  const query = parameters.get("query");
  if (parameters.get("operationName")) return parameters.get("operationName");
  if (!query) return null;
  try {
    const operation = parse(query).definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    return operation?.kind === Kind.OPERATION_DEFINITION ? (operation.name?.value ?? null) : null;
  } catch {
    return null;
  }
}

/** A download's file name: letters, digits, dashes and underscores only. */
const fileName = (name: string, format: ExportFormat) => `reform-graph-${name.replace(/[^A-Za-z0-9_-]/g, "_").slice(0, 80) || "export"}.${format}`;

/** Turns the answer /graphql gave (its status, headers and JSON text) into the file asked for. */
export async function exportAnswer(
  format: ExportFormat,
  asked: { operationName: string | null; table: string | null },
  answered: { status: number; body: string },
): Promise<ExportAnswer> {
  let result: { data?: Record<string, unknown> | null; errors?: unknown[] };
  try {
    result = JSON.parse(answered.body);
  } catch {
    return { kind: "json", status: answered.status, body: { errors: [{ message: answered.body.slice(0, 500), extensions: { code: ErrorCode.badRequest } }] } };
  }
  if (result.errors?.length || !result.data) {
    // Errors stay errors: a spreadsheet with holes where a field failed would read as data.
    return { kind: "json", status: answered.status === 200 ? 400 : answered.status, body: result };
  }
  const tables = tablesOfAnswer(result.data);
  if (!tables) return refusal("Nothing in this answer is a table: export a comparison, a series or a list.");
  const name = asked.operationName ?? tables[0]!.name;
  if (format === "xlsx") return { kind: "file", contentType: contentTypes.xlsx, filename: fileName(name, format), body: await xlsxOf(tables) };
  const table: Table | undefined = asked.table === null ? tables[0] : tables.find((candidate) => candidate.name === asked.table);
  if (!table) return refusal(`table: this answer has the tables ${tables.map((t) => t.name).join(", ")}; a CSV holds one of them.`);
  return {
    kind: "file",
    contentType: contentTypes.csv,
    filename: fileName(table === tables[0] ? name : `${name}-${table.name}`, format),
    body: await csvOf(table),
  };
}
