import DataLoader from "dataloader";
import { sumQuantities } from "../aggregation/quantity-sum.js";
import type { Database } from "../db/client.js";
import { standing, subtreeHolding } from "../db/sql-conditions.js";
import { $Enums } from "../generated/sqlite/index.js";
import type { Quantity } from "../quantity/stated-quantity.js";
import { fundingQuantity } from "./funding-sum.js";
import { byRoot, kindSplit, subtreeTotals, textSplit } from "./subtree-totals.js";

export interface HonourCount {
  level: $Enums.HonourLevel;
  status: $Enums.HonourStatus;
  count: number;
}

export interface FundingSum {
  purpose: $Enums.FundingPurpose;
  amount: Quantity;
}

export interface DocumentCount {
  kind: $Enums.PolicyDocumentKind;
  count: number;
}

export interface NamedRecordCounts {
  craftsmanStudios: number;
  demonstrationPoints: number;
  innovationProjects: number;
  skillCompetitions: number;
  serviceFacilities: number;
}

/** Aggregates over each region's whole subtree, for every region a request asks about at once. */
export interface RegionAggregateLoaders {
  honoursByLevel: DataLoader<number, HonourCount[]>;
  fundingByPurpose: DataLoader<number, FundingSum[]>;
  documentsByKind: DataLoader<number, DocumentCount[]>;
  namedRecords: DataLoader<number, NamedRecordCounts>;
}

/**
 * Each region's subtree (its own id and every id below it), for the documents' issuers, which have
 * no totals to roll up in the database: two statements, however many regions a request asks about.
 */
function createSubtreeLoader(db: Database) {
  const subtrees = new DataLoader<number, Set<number>>(async (regionIds) => {
    const requested = await db.region.findMany({ where: { id: { in: [...regionIds] } }, select: { id: true, path: true } });
    const members = await db.region.findMany({ where: subtreeHolding(requested.map(({ path }) => path)), select: { id: true, path: true } });
    const pathOf = new Map(requested.map((region) => [region.id, region.path]));
    return regionIds.map((id) => new Set(members.filter((member) => member.path.startsWith(pathOf.get(id) ?? "\u0000")).map((member) => member.id)));
  });
  return async (regionIds: readonly number[]) => {
    const sets = new Map(regionIds.map((id, index) => [id, index]));
    const trees = (await subtrees.loadMany(regionIds)) as Set<number>[];
    /** Whether a row attached to `regionId` lies in the subtree of requested region `root`. */
    const within = (root: number, regionId: number | null) => regionId !== null && trees[sets.get(root)!]!.has(regionId);
    return { memberIds: [...new Set(trees.flatMap((tree) => [...tree]))], within };
  };
}

function grouped<Row, Key extends string, Value>(rows: Row[], keyOf: (row: Row) => Key, fold: (rows: Row[]) => Value) {
  const groups = new Map<Key, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    // Pushed, not copied: a group of n rows was n copies of a growing array.
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups].map(([key, group]) => [key, fold(group)] as const);
}

/** Orders rows by an enum's declared order (the schema's), the same on both databases. */
function inDeclaredOrder(declared: Record<string, string>) {
  const position = new Map(Object.values(declared).map((value, index) => [value, index]));
  return (a: string, b: string) => (position.get(a) ?? Number.MAX_SAFE_INTEGER) - (position.get(b) ?? Number.MAX_SAFE_INTEGER);
}
const byHonourLevel = inDeclaredOrder($Enums.HonourLevel);
const byHonourStatus = inDeclaredOrder($Enums.HonourStatus);
const byFundingPurpose = inDeclaredOrder($Enums.FundingPurpose);
const byQualifier = inDeclaredOrder($Enums.Qualifier);

export function createRegionAggregateLoaders(db: Database): RegionAggregateLoaders {
  const subtreesOf = createSubtreeLoader(db);
  return {
    honoursByLevel: new DataLoader(async (regionIds) => {
      const totals = await subtreeTotals(db, {
        rootIds: regionIds,
        kinds: ["HONOURS"],
        splits: { level: textSplit("title.level"), status: textSplit('total."honourStatus"') },
      });
      return byRoot(regionIds, totals).map((ofRoot) =>
        ofRoot
          .map(({ split, recordCount }) => ({ level: split.level as $Enums.HonourLevel, status: split.status as $Enums.HonourStatus, count: recordCount }))
          .sort((a, b) => byHonourLevel(a.level, b.level) || byHonourStatus(a.status, b.status)),
      );
    }),
    fundingByPurpose: new DataLoader(async (regionIds) => {
      const totals = await subtreeTotals(db, {
        rootIds: regionIds,
        kinds: ["FUNDING"],
        splits: { purpose: textSplit('total."fundingPurpose"'), qualifier: textSplit("total.qualifier") },
      });
      return byRoot(regionIds, totals).map((ofRoot) =>
        grouped(
          ofRoot.sort((a, b) => byFundingPurpose(a.split.purpose, b.split.purpose) || byQualifier(a.split.qualifier, b.split.qualifier)),
          (total) => total.split.purpose as $Enums.FundingPurpose,
          (group) => sumQuantities(group.map((total) => fundingQuantity(total.split.qualifier as $Enums.Qualifier, total.amounts)))!,
        ).map(([purpose, amount]) => ({ purpose, amount })),
      );
    }),
    documentsByKind: new DataLoader(async (regionIds) => {
      const { memberIds, within } = await subtreesOf(regionIds);
      const issuers = await db.policyDocumentIssuer.findMany({
        where: { organisation: { regionId: { in: memberIds } }, document: standing },
        select: { documentId: true, organisation: { select: { regionId: true } }, document: { select: { kind: true } } },
      });
      return regionIds.map((root) => {
        // A document issued jointly by two bodies of the subtree is one document.
        const documents = new Map(
          issuers.filter((issuer) => within(root, issuer.organisation.regionId)).map((issuer) => [issuer.documentId, issuer.document.kind]),
        );
        return grouped(
          [...documents.values()],
          (kind) => kind,
          (group) => group.length,
        ).map(([kind, count]) => ({ kind, count }));
      });
    }),
    namedRecords: new DataLoader(async (regionIds) => {
      const counted = ["CRAFTSMAN_STUDIOS", "DEMONSTRATION_POINTS", "INNOVATION_PROJECTS", "SKILL_COMPETITIONS", "SERVICE_FACILITIES"] as const;
      const totals = await subtreeTotals(db, { rootIds: regionIds, kinds: counted, splits: { kind: kindSplit } });
      return byRoot(regionIds, totals).map((ofRoot) => {
        const count = (kind: (typeof counted)[number]) => ofRoot.find((total) => total.split.kind === kind)?.recordCount ?? 0;
        return {
          craftsmanStudios: count("CRAFTSMAN_STUDIOS"),
          demonstrationPoints: count("DEMONSTRATION_POINTS"),
          innovationProjects: count("INNOVATION_PROJECTS"),
          skillCompetitions: count("SKILL_COMPETITIONS"),
          serviceFacilities: count("SERVICE_FACILITIES"),
        };
      });
    }),
  };
}
