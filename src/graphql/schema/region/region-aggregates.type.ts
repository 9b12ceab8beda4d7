import type { DocumentCount, FundingSum, HonourCount, NamedRecordCounts } from "../../../read/region-aggregates.js";
import { builder } from "../../builder.js";
import { atMostOnePerValueOf, FundingPurpose, HonourLevel, HonourStatus, PolicyDocumentKind } from "../common/enums.js";
import { DerivedQuantity } from "../common/quantity.js";
import { Region } from "./region.type.js";

const HonourCountRef = builder.objectRef<HonourCount>("HonourCount").implement({
  description: "How many named honours of one level and status a region's subtree holds. 荣誉数",
  fields: (t) => ({
    level: t.field({ type: HonourLevel, description: "Level of the titles counted.", resolve: (c) => c.level }),
    status: t.field({ type: HonourStatus, description: "Stage of the honours counted.", resolve: (c) => c.status }),
    count: t.int({ description: "Named honours (counts reported without names are reportedFigures).", resolve: (c) => c.count }),
  }),
});

const FundingSumRef = builder.objectRef<FundingSum>("FundingSum").implement({
  description: "Money allocated for one purpose in a region's subtree. 经费合计",
  fields: (t) => ({
    purpose: t.field({ type: FundingPurpose, description: "What it is for.", resolve: (f) => f.purpose }),
    amount: t.field({
      type: DerivedQuantity,
      description: "The sum in whole CNY, with what is known of it.",
      resolve: (f) => ({ ...f.amount, unit: "CNY" as const }),
    }),
  }),
});

const DocumentCountRef = builder.objectRef<DocumentCount>("DocumentCount").implement({
  description: "How many policy documents of one kind bodies in a region's subtree issued. 文件数",
  fields: (t) => ({
    kind: t.field({ type: PolicyDocumentKind, description: "Kind of document.", resolve: (d) => d.kind }),
    count: t.int({ description: "Documents, a jointly issued one counted once.", resolve: (d) => d.count }),
  }),
});

const NamedRecordCountsRef = builder.objectRef<NamedRecordCounts>("NamedRecordCounts").implement({
  description: "Named records in a region's subtree. Counts the sources report without names are reportedFigures, not these. 记录数",
  fields: (t) => ({
    craftsmanStudios: t.exposeInt("craftsmanStudios", { description: "Named craftsman and model-worker studios." }),
    demonstrationPoints: t.exposeInt("demonstrationPoints", { description: "Named demonstration points." }),
    innovationProjects: t.exposeInt("innovationProjects", { description: "Named innovation projects." }),
    skillCompetitions: t.exposeInt("skillCompetitions", { description: "Skill competitions held." }),
    serviceFacilities: t.exposeInt("serviceFacilities", { description: "Named worker service facilities." }),
  }),
});

const RegionAggregates = builder.objectRef<{ regionId: number }>("RegionAggregates").implement({
  description: "Aggregates over named records in a region and everything below it, computed in the database for all regions of a request at once. 汇总",
  fields: (t) => ({
    honoursByLevel: t.field({
      type: [HonourCountRef],
      description: "Named honours by level and status.",
      ...atMostOnePerValueOf(HonourLevel, HonourStatus),
      resolve: ({ regionId }, _args, context) => context.regionAggregates.honoursByLevel.load(regionId),
    }),
    fundingByPurpose: t.field({
      type: [FundingSumRef],
      description: "Funding allocations summed by purpose.",
      ...atMostOnePerValueOf(FundingPurpose),
      resolve: ({ regionId }, _args, context) => context.regionAggregates.fundingByPurpose.load(regionId),
    }),
    documentsByKind: t.field({
      type: [DocumentCountRef],
      description: "Policy documents with an issuer in the subtree, by kind.",
      ...atMostOnePerValueOf(PolicyDocumentKind),
      resolve: ({ regionId }, _args, context) => context.regionAggregates.documentsByKind.load(regionId),
    }),
    namedRecords: t.field({
      type: NamedRecordCountsRef,
      description: "Named studios, demonstration points, projects, competitions and facilities.",
      resolve: ({ regionId }, _args, context) => context.regionAggregates.namedRecords.load(regionId),
    }),
  }),
});

builder.prismaObjectField(Region, "aggregates", (t) =>
  t.field({
    type: RegionAggregates,
    description: "Counts and sums over the named records of this region and all regions below it. 汇总",
    select: { id: true },
    resolve: (region) => ({ regionId: region.id }),
  }),
);
