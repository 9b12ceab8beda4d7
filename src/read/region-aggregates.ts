import DataLoader from "dataloader";
import { sumQuantities } from "../aggregation/quantity-sum.js";
import type { Database } from "../db/client.js";
import { standing, subtreeHolding } from "../db/sql-conditions.js";
import type { $Enums } from "../generated/sqlite/index.js";
import type { Quantity } from "../quantity/stated-quantity.js";
import type { TallyKind } from "../records/kind-catalogue.js";
import { fundingQuantity } from "./funding-sum.js";

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
 * Each region's subtree (its own id and every id below it), shared by the aggregate loaders of a
 * request so all of them together cost two statements, however many regions and aggregates.
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

export function createRegionAggregateLoaders(db: Database): RegionAggregateLoaders {
  const subtreesOf = createSubtreeLoader(db);
  return {
    honoursByLevel: new DataLoader(async (regionIds) => {
      const { memberIds, within } = await subtreesOf(regionIds);
      const [rows, titles] = await Promise.all([
        db.recordTotal.groupBy({
          by: ["regionId", "honourTitleId", "honourStatus"],
          where: { kind: "HONOURS", regionId: { in: memberIds } },
          _sum: { recordCount: true },
        }),
        db.honourTitle.findMany({ select: { id: true, level: true } }),
      ]);
      const levelOf = new Map(titles.map((title) => [title.id, title.level]));
      return regionIds.map((root) =>
        grouped(
          rows.filter((row) => within(root, row.regionId)),
          (row) => `${levelOf.get(row.honourTitleId)}:${row.honourStatus}`,
          (group) => group.reduce((sum, row) => sum + (row._sum.recordCount ?? 0), 0),
        ).map(([key, count]) => {
          const [level, status] = key.split(":") as [$Enums.HonourLevel, $Enums.HonourStatus];
          return { level, status, count };
        }),
      );
    }),
    fundingByPurpose: new DataLoader(async (regionIds) => {
      const { memberIds, within } = await subtreesOf(regionIds);
      const rows = await db.recordTotal.groupBy({
        by: ["regionId", "fundingPurpose", "qualifier"],
        where: { kind: "FUNDING", regionId: { in: memberIds } },
        _sum: { amountCny: true, amountCnyMax: true },
      });
      return regionIds.map((root) =>
        grouped(
          rows.filter((row) => within(root, row.regionId)),
          (row) => row.fundingPurpose as $Enums.FundingPurpose,
          (group) => sumQuantities(group.map((row) => fundingQuantity(row.qualifier as $Enums.Qualifier, row._sum)))!,
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
      const { memberIds, within } = await subtreesOf(regionIds);
      const rows = await db.recordTotal.groupBy({
        by: ["regionId", "kind"],
        where: { regionId: { in: memberIds }, kind: { notIn: ["HONOURS", "FUNDING"] } },
        _sum: { recordCount: true },
      });
      const count = (root: number, kind: TallyKind) =>
        rows.filter((row) => row.kind === kind && within(root, row.regionId)).reduce((sum, row) => sum + (row._sum.recordCount ?? 0), 0);
      return regionIds.map((root) => ({
        craftsmanStudios: count(root, "CRAFTSMAN_STUDIOS"),
        demonstrationPoints: count(root, "DEMONSTRATION_POINTS"),
        innovationProjects: count(root, "INNOVATION_PROJECTS"),
        skillCompetitions: count(root, "SKILL_COMPETITIONS"),
        serviceFacilities: count(root, "SERVICE_FACILITIES"),
      }));
    }),
  };
}
