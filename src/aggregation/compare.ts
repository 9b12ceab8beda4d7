import type { Quantity } from "../quantity/stated-quantity.js";
import { quantitiesAgree, sumQuantities, surelyFewer } from "./quantity-sum.js";
import { rankDescending } from "./ranking.js";
import { type RegionFigure, rollUp } from "./roll-up.js";

// Builds a region × metric comparison from rows already fetched by grouped SQL. Pure: no
// database, no GraphQL, so each rule (roll-up, gaps, ranking, totals) is testable alone.

/** A compared region, or an organisation standing at a path of its own. */
export interface ComparedSubject {
  id: number;
  path: string;
}

/**
 * A count or sum over the named records of one compared subject (e.g. honours of one title):
 * a region's over its whole subtree, already summed (src/read/subtree-totals.ts), an
 * organisation's its own. Records always add, so nothing below is rolled up here again, and a
 * region compared beside one of its own counties does not take the county's rows twice.
 */
export interface RecordAggregate {
  /** The compared subject's own path. */
  regionPath: string;
  /** ISO 8601 period of the records, for kinds that are dated (funding, honours). */
  period?: string | null;
  quantity: Quantity;
  citationIds: number[];
}

export interface MetricData {
  /** Reported figures of the metric's indicator (already narrowed to its dimensions). */
  figures: RegionFigure<number>[];
  additive: boolean;
  /** Aggregates over named records, when the metric asks for them. */
  records?: RecordAggregate[];
  /** Reported figures of the normalising denominator, and its scale (10,000 workers …). */
  denominator?: { figures: RegionFigure<number>[]; scale: number };
}

/** The level a figure about an organisation stands at: no tier of the division tree. */
export const organisationLevel = "ORGANISATION";

export type CellBasis = "REPORTED" | "RECORDS" | "REPORTED_AND_RECORDS" | "RECORDS_INCOMPLETE" | "CONFLICTING" | "NO_DATA";

export interface Cell {
  value: Quantity | undefined;
  reported: Quantity | undefined;
  records: Quantity | undefined;
  basis: CellBasis;
  /** Tiers of the divisions whose own figures make the reported value. */
  levels: string[];
  /** Organisations whose own figures make the reported value. */
  organisationIds: number[];
  citationIds: number[];
  normalised: number | undefined;
  rank: number | undefined;
  tied: boolean;
}

/** Rows by the region they are attached to, so each compared region looks at its own subtree only. */
function bySubtree<Row extends { regionPath: string }>(rows: readonly Row[]) {
  const byPath = new Map<string, Row[]>();
  for (const row of rows) {
    const attached = byPath.get(row.regionPath);
    if (attached) attached.push(row);
    else byPath.set(row.regionPath, [row]);
  }
  // A subtree's paths are neighbours in sorted order: found by binary search, not by a scan.
  const paths = [...byPath.keys()].sort();
  const none: Row[] = [];
  // Rows attached to one region keep their order: the latest of a region's reports stands.
  return (path: string): Row[] => {
    let low = 0;
    let high = paths.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (paths[middle]! < path) low = middle + 1;
      else high = middle;
    }
    let end = low;
    while (end < paths.length && paths[end]!.startsWith(path)) end++;
    if (end === low) return none;
    if (end === low + 1) return byPath.get(paths[low]!)!;
    return paths.slice(low, end).flatMap((attachedTo) => byPath.get(attachedTo)!);
  };
}

/** Records by the subject they were summed for, each subject looking at its own only. */
function ofSubject(rows: readonly RecordAggregate[]) {
  const bySubject = new Map<string, RecordAggregate[]>();
  for (const row of rows) {
    const own = bySubject.get(row.regionPath);
    if (own) own.push(row);
    else bySubject.set(row.regionPath, [row]);
  }
  const none: RecordAggregate[] = [];
  return (path: string) => bySubject.get(path) ?? none;
}

/** A metric's rows, indexed once for all compared regions. */
function indexed(metric: MetricData) {
  return {
    metric,
    figuresIn: bySubtree(metric.figures),
    recordsIn: metric.records ? ofSubject(metric.records) : undefined,
    denominatorIn: metric.denominator ? bySubtree(metric.denominator.figures) : undefined,
  };
}

/** A region's cell of one metric, unranked: compareSubjects ranks the cells of a column together. */
function cellFor(path: string, { metric, figuresIn, recordsIn, denominatorIn }: ReturnType<typeof indexed>): Cell {
  const reported = rollUp(path, figuresIn(path), metric.additive);
  const inSubtree = recordsIn?.(path) ?? [];
  const records = metric.records ? (sumQuantities(inSubtree.map((row) => row.quantity)) ?? { qualifier: "EXACT" as const, value: 0 }) : undefined;
  // No named records is not zero of the thing: it only says none are on file.
  const recordsSaySomething = records !== undefined && records.value > 0;
  const value = reported?.quantity ?? (recordsSaySomething ? records : undefined);
  const basis = reported?.disputed ? "CONFLICTING" : basisOf(reported?.quantity, records, recordsSaySomething);
  const denominator = denominatorIn && rollUp(path, denominatorIn(path), true);
  const normalised =
    value && denominator && denominator.quantity.value > 0 && value.qualifier === "EXACT" && denominator.quantity.qualifier === "EXACT"
      ? (value.value / denominator.quantity.value) * metric.denominator!.scale
      : undefined;
  return {
    value,
    reported: reported?.quantity,
    records,
    basis,
    levels: (reported?.levels ?? []).filter((level) => level !== organisationLevel),
    organisationIds: reported?.organisationIds ?? [],
    citationIds: [
      ...new Set([...(reported?.sources ?? []), ...inSubtree.flatMap((row) => row.citationIds), ...(normalised !== undefined ? denominator!.sources : [])]),
    ],
    normalised,
    rank: undefined,
    tied: false,
  };
}

/**
 * What a cell's value rests on. Fewer named records than reported is an incomplete list (7 studios
 * reported, none named), not a contradiction; only more named than reported contradicts the report
 * (as do two reports of one fact that disagree, which cellFor checks first).
 */
function basisOf(reported: Quantity | undefined, records: Quantity | undefined, recordsSaySomething: boolean): CellBasis {
  if (!reported) return recordsSaySomething ? "RECORDS" : "NO_DATA";
  if (records === undefined) return "REPORTED";
  if (quantitiesAgree(reported, records)) return "REPORTED_AND_RECORDS";
  return surelyFewer(records, reported) ? "RECORDS_INCOMPLETE" : "CONFLICTING";
}

/** The metric narrowed to figures and records dated in one calendar year. */
export function metricInYear(metric: MetricData, year: number): MetricData {
  const inYear = (period: string | null | undefined) => period?.startsWith(String(year)) ?? false;
  return {
    ...metric,
    figures: metric.figures.filter((figure) => inYear(figure.period)),
    ...(metric.records ? { records: metric.records.filter((row) => inYear(row.period)) } : {}),
  };
}

/**
 * One row per region, one cell per metric, ranked per metric (largest first, ties shared,
 * gaps unranked), with totals over the compared regions that no other compared region
 * contains, so nested choices (a city and one of its counties) are not added twice.
 */
export function compareSubjects(regions: readonly ComparedSubject[], metrics: readonly MetricData[]) {
  const indexes = metrics.map(indexed);
  const rows = regions.map((region) => indexes.map((index) => cellFor(region.path, index)));
  metrics.forEach((_, m) => {
    const ranks = rankDescending(rows.map((cells) => cells[m]!.value?.value));
    ranks.forEach(({ rank, tied }, r) => {
      const cell = rows[r]![m]!;
      cell.rank = rank;
      cell.tied = tied;
    });
  });
  const outermost = outermostOf(regions);
  const counted = rows.filter((_, r) => outermost[r]);
  const totals = metrics.map((metric, m) => {
    const values: Quantity[] = [];
    const citationIds = new Set<number>();
    for (const cells of counted) {
      const cell = cells[m]!;
      if (cell.value !== undefined) values.push(cell.value);
      for (const id of cell.citationIds) citationIds.add(id);
    }
    return { value: metric.additive || metric.records ? sumQuantities(values) : undefined, citationIds: [...citationIds], regionsWithData: values.length };
  });
  return { rows, totals };
}

/**
 * Whether each subject is contained by no other compared one: its path has no compared ancestor.
 * Looked up by the path's own prefixes (a handful each), not against every other subject, which
 * cost 130 × 130 string comparisons for the counties of a province.
 */
function outermostOf(subjects: readonly ComparedSubject[]): boolean[] {
  const compared = new Set(subjects.map((subject) => subject.path));
  return subjects.map(({ path }) => {
    for (let end = path.indexOf("/", 1); end >= 0 && end < path.length - 1; end = path.indexOf("/", end + 1)) {
      if (compared.has(path.slice(0, end + 1))) return false;
    }
    return true;
  });
}
