// A GraphQL answer as the tables an analyst downloads (http/export/): each root field of the
// answer one table — a comparison as its matrix (subjects × metrics: value with its qualifier,
// unit, rank and basis; gaps as empty cells with a note; totals last), a series as subjects ×
// years, any list or connection as one row per item with a column per leaf field — and one table
// of the sources of every comparison cell (article, authors, excerpt). Pure: no HTTP, no database.

/** One cell of a table: a number stays a number, so a spreadsheet can add it up. */
export interface TableCell {
  value: string | number | null;
  /** Shown as the cell's comment in a workbook (why a cell is empty). */
  note?: string;
}

export interface Table {
  /** The root field's name or alias; the sources table is "sources". */
  name: string;
  columns: string[];
  rows: TableCell[][];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: Json | undefined): string | null =>
  value === null || value === undefined ? null : typeof value === "object" ? JSON.stringify(value) : String(value);

/** A note on an empty cell: what kind of gap it is. */
export const gapNote = "No data: nothing reported and no named records on file. A gap, not a zero.";

/** A quantity as an analyst reads it: a number when exact; "≥ 1000", "≤ 3000", "5–8" when the source bounds it. */
export function quantityCell(quantity: Json | undefined): TableCell {
  if (!isObject(quantity) || typeof quantity.value !== "number") return { value: null, note: gapNote };
  const { qualifier, value, valueMax } = quantity;
  if (qualifier === "AT_LEAST") return { value: `≥ ${value}` };
  if (qualifier === "AT_MOST") return { value: `≤ ${value}` };
  if (qualifier === "RANGE" && typeof valueMax === "number") return { value: `${value}–${valueMax}` };
  return { value };
}

/** The code and name of a compared subject: a region or an organisation. */
function subjectOf(row: JsonObject): [string | null, string | null] {
  const subject = isObject(row.region) ? row.region : isObject(row.organisation) ? row.organisation : undefined;
  if (!subject) return [null, null];
  return [text(subject.code) ?? text(subject.nameZh), text(subject.nameZh) ?? text(subject.nameEn)];
}

interface MetricHeading {
  label: string;
  unit: string | null;
}

/** The heading of a metric's value column, with its unit when the answer says it. */
const valueHeading = ({ label, unit }: MetricHeading) => (unit ? `${label} (${unit})` : label);

function metricHeadings(comparison: JsonObject, firstCells: Json[]): MetricHeading[] {
  const metrics = Array.isArray(comparison.metrics) ? comparison.metrics.filter(isObject) : [];
  return firstCells.map((cell, index) => {
    const metric = metrics[index];
    const label = text(metric?.label) ?? (isObject(cell) ? text(cell.metric) : null) ?? `metric ${index + 1}`;
    const unit = text(metric?.unit) ?? (isObject(cell) && isObject(cell.value) ? text(cell.value.unit) : null);
    return { label, unit };
  });
}

/** The columns a cell's selection gives, beyond its value: rank and basis, when selected. */
function cellExtras(cells: JsonObject[]): ("rank" | "basis")[] {
  return (["rank", "basis"] as const).filter((field) => cells.some((cell) => field in cell));
}

function comparisonTable(name: string, comparison: JsonObject, sources: SourceRow[]): Table {
  const rows = (comparison.rows as Json[]).filter(isObject);
  const firstCells = Array.isArray(rows[0]?.cells) ? rows[0].cells : [];
  const headings = metricHeadings(comparison, firstCells);
  const allCells = rows.flatMap((row) => (Array.isArray(row.cells) ? row.cells.filter(isObject) : []));
  const extras = cellExtras(allCells);
  const columns = ["code", "name", ...headings.flatMap((heading) => [valueHeading(heading), ...extras.map((extra) => `${heading.label}: ${extra}`)])];
  const body = rows.map((row) => {
    const [code, subjectName] = subjectOf(row);
    const cells = Array.isArray(row.cells) ? row.cells : [];
    for (const [index, cell] of cells.entries()) {
      if (!isObject(cell) || !Array.isArray(cell.sources)) continue;
      for (const source of cell.sources.filter(isObject))
        sources.push({ table: name, code, subject: subjectName, metric: headings[index]?.label ?? null, source });
    }
    return [
      { value: code },
      { value: subjectName },
      ...headings.flatMap((_, index) => {
        const cell = isObject(cells[index]) ? cells[index] : {};
        const value = quantityCell(cell.value);
        return [value, ...extras.map((extra) => ({ value: typeof cell[extra] === "number" ? cell[extra] : text(cell[extra]) }))];
      }),
    ];
  });
  const totals = Array.isArray(comparison.totals) ? comparison.totals.filter(isObject) : [];
  if (totals.length > 0) {
    body.push([
      { value: "total" },
      { value: null },
      ...headings.flatMap((_, index) => {
        const total = totals[index];
        const value = total && isObject(total.value) ? quantityCell(total.value) : { value: null };
        return [value, ...extras.map(() => ({ value: null }))];
      }),
    ]);
  }
  return { name, columns, rows: body };
}

/** A regionSeries answer: one row per region, one column per year. */
function seriesTable(name: string, series: JsonObject, sources: SourceRow[]): Table {
  const rows = (series.rows as Json[]).filter(isObject);
  const years = (Array.isArray(rows[0]?.points) ? rows[0].points : []).map((point) => (isObject(point) ? text(point.year) : null) ?? "");
  const metric = isObject(series.metric) ? series.metric : {};
  const label = text(metric.label) ?? name;
  const unit = text(metric.unit);
  return {
    name,
    columns: ["code", "name", ...years.map((year) => (unit ? `${label} ${year} (${unit})` : `${label} ${year}`))],
    rows: rows.map((row) => {
      const [code, subjectName] = subjectOf(row);
      const points = Array.isArray(row.points) ? row.points : [];
      return [
        { value: code },
        { value: subjectName },
        ...points.map((point, index) => {
          const cell = isObject(point) && isObject(point.cell) ? point.cell : {};
          for (const source of Array.isArray(cell.sources) ? cell.sources.filter(isObject) : []) {
            sources.push({ table: name, code, subject: subjectName, metric: `${label} ${years[index]}`, source });
          }
          return quantityCell(cell.value);
        }),
      ];
    }),
  };
}

/** Leaf fields of an item as dotted columns (quantity.value, source.article.titleZh); lists of leaves joined. */
function flatten(item: Json, prefix: string, into: Map<string, TableCell>) {
  if (isObject(item)) {
    for (const [key, value] of Object.entries(item)) flatten(value, prefix ? `${prefix}.${key}` : key, into);
    return;
  }
  if (Array.isArray(item)) {
    into.set(prefix, { value: item.map((entry) => (isObject(entry) ? Object.values(entry).map(text).join(" ") : text(entry))).join("; ") });
    return;
  }
  into.set(prefix, { value: typeof item === "number" ? item : text(item) });
}

function listTable(name: string, items: Json[]): Table {
  const flattened = items.map((item) => {
    const cells = new Map<string, TableCell>();
    flatten(item, "", cells);
    return cells;
  });
  const columns = [...new Set(flattened.flatMap((cells) => [...cells.keys()]))];
  return { name, columns, rows: flattened.map((cells) => columns.map((column) => cells.get(column) ?? { value: null })) };
}

interface SourceRow {
  table: string;
  code: string | null;
  subject: string | null;
  metric: string | null;
  source: JsonObject;
}

function sourcesTable(sources: SourceRow[]): Table {
  return {
    name: "sources",
    columns: ["table", "code", "name", "metric", "article", "author organisation", "authors", "excerpt"],
    rows: sources.map(({ table, code, subject, metric, source }) => {
      const article = isObject(source.article) ? source.article : {};
      const authors = Array.isArray(article.authors) ? article.authors.filter(isObject).map((author) => text(author.nameZh) ?? text(author.nameEn)) : [];
      const authorOrganisation = isObject(article.authorOrganisation) ? text(article.authorOrganisation.nameZh) : null;
      return [
        { value: table },
        { value: code },
        { value: subject },
        { value: metric },
        { value: text(article.titleZh) ?? text(article.key) },
        { value: authorOrganisation },
        { value: authors.filter(Boolean).join("、") || null },
        { value: text(source.excerpt) },
      ];
    }),
  };
}

/** Whether an answer's root field holds something tabular, and what. */
function tableOf(name: string, value: Json, sources: SourceRow[]): Table | undefined {
  if (isObject(value) && Array.isArray(value.rows) && value.rows.some((row) => isObject(row) && Array.isArray(row.points)))
    return seriesTable(name, value, sources);
  if (isObject(value) && Array.isArray(value.rows)) return comparisonTable(name, value, sources);
  if (isObject(value) && Array.isArray(value.nodes)) return listTable(name, value.nodes);
  if (isObject(value) && Array.isArray(value.edges))
    return listTable(
      name,
      value.edges.map((edge) => (isObject(edge) ? (edge.node ?? null) : null)),
    );
  if (Array.isArray(value)) return listTable(name, value);
  return undefined;
}

/**
 * The tables of an answer's data, in the order of its root fields, and the sources table last
 * when any comparison cell selected its sources. Root fields that hold no list (a single record,
 * a count) are left out; `undefined` when none is tabular.
 */
export function tablesOfAnswer(data: Record<string, unknown>): Table[] | undefined {
  const sources: SourceRow[] = [];
  const tables = Object.entries(data as JsonObject).flatMap(([name, value]) => {
    const table = tableOf(name, value, sources);
    return table ? [table] : [];
  });
  if (tables.length === 0) return undefined;
  return sources.length > 0 ? [...tables, sourcesTable(sources)] : tables;
}
