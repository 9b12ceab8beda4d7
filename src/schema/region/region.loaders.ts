import DataLoader from "dataloader";
import type { Database } from "../../db/client.js";
import type { $Enums } from "../../generated/sqlite/index.js";
import type { Quantity } from "../../quantity/stated-quantity.js";
import { sumQuantities } from "../../aggregation/quantity-sum.js";
import { standing, subtreeOfPath } from "../common/filters.js";

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
    const members = await db.region.findMany({ where: { OR: requested.map(({ path }) => subtreeOfPath(path)) }, select: { id: true, path: true } });
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
  for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
  return [...groups].map(([key, group]) => [key, fold(group)] as const);
}

export function createRegionAggregateLoaders(db: Database): RegionAggregateLoaders {
  const subtreesOf = createSubtreeLoader(db);
  return {
    honoursByLevel: new DataLoader(async (regionIds) => {
      const { memberIds, within } = await subtreesOf(regionIds);
      const [rows, titles] = await Promise.all([
        db.honour.groupBy({ by: ["regionId", "honourTitleId", "status"], where: { regionId: { in: memberIds }, ...standing }, _count: { _all: true } }),
        db.honourTitle.findMany({ select: { id: true, level: true } }),
      ]);
      const levelOf = new Map(titles.map((title) => [title.id, title.level]));
      return regionIds.map((root) =>
        grouped(
          rows.filter((row) => within(root, row.regionId)),
          (row) => `${levelOf.get(row.honourTitleId)}:${row.status}`,
          (group) => group.reduce((sum, row) => sum + row._count._all, 0),
        ).map(([key, count]) => {
          const [level, status] = key.split(":") as [$Enums.HonourLevel, $Enums.HonourStatus];
          return { level, status, count };
        }),
      );
    }),
    fundingByPurpose: new DataLoader(async (regionIds) => {
      const { memberIds, within } = await subtreesOf(regionIds);
      const rows = await db.fundingAllocation.groupBy({
        by: ["regionId", "purpose", "qualifier"],
        where: { regionId: { in: memberIds }, ...standing },
        _sum: { amountCny: true, amountCnyMax: true },
      });
      return regionIds.map((root) =>
        grouped(
          rows.filter((row) => within(root, row.regionId)),
          (row) => row.purpose,
          (group) =>
            sumQuantities(
              group.map((row) => ({
                qualifier: row.qualifier,
                value: Number(row._sum.amountCny ?? 0),
                valueMax: row._sum.amountCnyMax === null ? undefined : Number(row._sum.amountCnyMax),
              })),
            )!,
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
        const documents = new Map(issuers.filter((issuer) => within(root, issuer.organisation.regionId)).map((issuer) => [issuer.documentId, issuer.document.kind]));
        return grouped([...documents.values()], (kind) => kind, (group) => group.length).map(([kind, count]) => ({ kind, count }));
      });
    }),
    namedRecords: new DataLoader(async (regionIds) => {
      const { memberIds, within } = await subtreesOf(regionIds);
      const where = { where: { regionId: { in: memberIds } }, _count: { _all: true } } as const;
      const standingWhere = { where: { regionId: { in: memberIds }, ...standing }, _count: { _all: true } } as const;
      const [studios, points, projects, competitions, facilities] = await Promise.all([
        db.craftsmanStudio.groupBy({ by: ["regionId"], ...standingWhere }),
        db.demonstrationPoint.groupBy({ by: ["regionId"], ...standingWhere }),
        db.innovationProject.groupBy({ by: ["regionId"], ...standingWhere }),
        db.skillCompetition.groupBy({ by: ["regionId"], ...where }),
        db.serviceFacility.groupBy({ by: ["regionId"], ...where }),
      ]);
      const count = (root: number, rows: { regionId: number | null; _count: { _all: number } }[]) =>
        rows.filter((row) => within(root, row.regionId)).reduce((sum, row) => sum + row._count._all, 0);
      return regionIds.map((root) => ({
        craftsmanStudios: count(root, studios),
        demonstrationPoints: count(root, points),
        innovationProjects: count(root, projects),
        skillCompetitions: count(root, competitions),
        serviceFacilities: count(root, facilities),
      }));
    }),
  };
}
