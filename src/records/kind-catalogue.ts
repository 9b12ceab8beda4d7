import type { $Enums, Prisma } from "../generated/sqlite/index.js";
import type { ArticleRecords } from "./record-shapes.js";

// Every fact about a kind of record that more than one part of the code needs, once: where it is
// stored, how it is keyed, who may write it and how it is placed, how it is tallied. Every
// per-kind table (the writer's, the write path's, placement's, the tallies', the comparisons')
// is derived from this catalogue, and `satisfies` makes a new kind that misses a fact fail to
// compile.

/** An article-file collection: the unit of the record model (seeds, imports and writes alike). */
export type Collection = keyof ArticleRecords;

/** A Prisma model, as the client's delegate property names it ("reportedFigure"). */
export type ModelName = Uncapitalize<Prisma.ModelName>;

/** The named-record kinds that comparisons count and the tallies keep (the Prisma enum). */
export type TallyKind = $Enums.RecordKind;

/** The kinds of record that others refer to by natural key. */
export type ReferenceKind =
  | "region"
  | "organisation"
  | "person"
  | "indicator"
  | "policyDocument"
  | "honourTitle"
  | "skillCompetition"
  | "serviceFacility"
  | "sourceDocument";

/** Record columns a tally splits its counts by (their names in RecordTally). */
export type TallySplit = "honourTitleId" | "honourStatus" | "fundingPurpose" | "qualifier";

interface TallyFacts {
  kind: TallyKind;
  /** Whether the records carry a period, so they are tallied and filtered per year. */
  dated: boolean;
  /** Tally column → the record column it is taken from. */
  splits: Partial<Record<TallySplit, string>>;
  /** Whether amounts are summed (funding), not only records counted. */
  summed: boolean;
  /** The column naming the organisation a record counts for when organisations are compared. */
  organisationColumn: string;
  /**
   * The indicators whose reported figures count the same things as these records, so one metric
   * may set them side by side (reported beside named); any other pairing mixes two measures.
   */
  sameThingAs: readonly string[];
  /** Which stored records count, beyond standing ones: a competition planned for next year is not one held. */
  counted?: object;
}

interface KindFacts {
  model: ModelName;
  /** The field a record is upserted by and other records name it by; "key" is unique across kinds. */
  naturalKey: "key" | "nameZh" | "titleZh";
  /** How messages name one record of the kind. */
  label: string;
  /** The GraphQL type city editors create, update and retire one record at a time through. */
  writableAs?: string;
  /** Whether records carry a version and can be retired (they then stop counting). */
  versioned: boolean;
  /** The fields whose region (or organisation's or person's region) places a record, for write rules. */
  placingFields: readonly string[];
  /**
   * The organisations and persons a record attributes an act to (payer, host, owner, lead, parent,
   * operator): like the placing fields, each must lie inside an editor's subtree, but they do not
   * say where a stored record sits.
   */
  attributingFields?: readonly string[];
  /** The reference kind records of this collection declare, when others refer to them. */
  declares?: ReferenceKind;
  /** Child rows that belong to a record's state, and so to its audit images. */
  include?: object;
  tally?: TallyFacts;
}

/** The indicators that count honours, and who holds the honours each counts: a unit's designation is no person honoured. */
export const honourIndicatorRecipients: Readonly<Record<string, $Enums.RecipientKind>> = { "honours.persons": "PERSON", "honours.units": "UNIT" };

export const kindCatalogue = {
  organisations: {
    model: "organisation",
    naturalKey: "nameZh",
    label: "organisation",
    versioned: false,
    placingFields: ["region"],
    attributingFields: ["parent"],
    declares: "organisation",
  },
  persons: { model: "person", naturalKey: "key", label: "person", versioned: false, placingFields: ["employer"], declares: "person" },
  policyDocuments: {
    model: "policyDocument",
    naturalKey: "titleZh",
    label: "policy document",
    writableAs: "PolicyDocument",
    versioned: true,
    placingFields: ["issuers"],
    declares: "policyDocument",
    include: { issuers: { orderBy: { ordinal: "asc" } } },
  },
  honourTitles: {
    model: "honourTitle",
    naturalKey: "nameZh",
    label: "honour title",
    versioned: false,
    placingFields: ["conferrers"],
    declares: "honourTitle",
    include: { conferrers: { orderBy: { organisationId: "asc" } } },
  },
  honours: {
    model: "honour",
    naturalKey: "key",
    label: "honour",
    writableAs: "Honour",
    versioned: true,
    placingFields: ["region", "organisation", "person"],
    tally: {
      kind: "HONOURS",
      dated: true,
      splits: { honourTitleId: "honourTitleId", honourStatus: "status" },
      summed: false,
      organisationColumn: "organisationId",
      sameThingAs: Object.keys(honourIndicatorRecipients),
    },
  },
  skillCompetitions: {
    model: "skillCompetition",
    naturalKey: "nameZh",
    label: "skill competition",
    versioned: false,
    placingFields: ["region", "organiser"],
    declares: "skillCompetition",
    tally: {
      kind: "SKILL_COMPETITIONS",
      dated: false,
      splits: {},
      summed: false,
      organisationColumn: "organiserId",
      sameThingAs: [],
      counted: { status: "HELD" },
    },
  },
  serviceFacilities: {
    model: "serviceFacility",
    naturalKey: "nameZh",
    label: "service facility",
    versioned: false,
    placingFields: ["region"],
    attributingFields: ["operator"],
    declares: "serviceFacility",
    tally: { kind: "SERVICE_FACILITIES", dated: false, splits: {}, summed: false, organisationColumn: "operatorId", sameThingAs: [] },
  },
  figures: {
    model: "reportedFigure",
    naturalKey: "key",
    label: "reported figure",
    writableAs: "ReportedFigure",
    versioned: true,
    placingFields: ["region", "organisation"],
  },
  funding: {
    model: "fundingAllocation",
    naturalKey: "key",
    label: "funding allocation",
    writableAs: "FundingAllocation",
    versioned: true,
    placingFields: ["region"],
    attributingFields: ["payer"],
    tally: {
      kind: "FUNDING",
      dated: true,
      splits: { fundingPurpose: "purpose", qualifier: "qualifier" },
      summed: true,
      organisationColumn: "payerId",
      sameThingAs: [],
    },
  },
  rewardRules: { model: "rewardRule", naturalKey: "key", label: "reward rule", versioned: false, placingFields: ["grantor"] },
  careerLadders: {
    model: "careerLadder",
    naturalKey: "key",
    label: "career ladder",
    versioned: false,
    placingFields: ["organisation"],
    include: { steps: { orderBy: { ordinal: "asc" } } },
  },
  rankings: { model: "ranking", naturalKey: "key", label: "ranking", versioned: false, placingFields: ["region", "organisation"] },
  programmes: {
    model: "programme",
    naturalKey: "key",
    label: "programme",
    versioned: false,
    placingFields: ["region", "organisation"],
    include: { items: { orderBy: { ordinal: "asc" } } },
  },
  craftsmanStudios: {
    model: "craftsmanStudio",
    naturalKey: "nameZh",
    label: "craftsman studio",
    writableAs: "CraftsmanStudio",
    versioned: true,
    placingFields: ["region"],
    attributingFields: ["host", "lead"],
    tally: { kind: "CRAFTSMAN_STUDIOS", dated: false, splits: {}, summed: false, organisationColumn: "hostId", sameThingAs: ["craftsman_studios.established"] },
  },
  demonstrationPoints: {
    model: "demonstrationPoint",
    naturalKey: "nameZh",
    label: "demonstration point",
    writableAs: "DemonstrationPoint",
    versioned: true,
    placingFields: ["region"],
    attributingFields: ["host"],
    tally: {
      kind: "DEMONSTRATION_POINTS",
      dated: false,
      splits: {},
      summed: false,
      organisationColumn: "hostId",
      sameThingAs: ["demonstration_points.created"],
    },
  },
  innovationProjects: {
    model: "innovationProject",
    naturalKey: "nameZh",
    label: "innovation project",
    writableAs: "InnovationProject",
    versioned: true,
    placingFields: ["region"],
    attributingFields: ["owner"],
    tally: { kind: "INNOVATION_PROJECTS", dated: false, splits: {}, summed: false, organisationColumn: "ownerId", sameThingAs: [] },
  },
  skillStandards: {
    model: "skillStandard",
    naturalKey: "key",
    label: "skill standard",
    versioned: false,
    placingFields: ["owner"],
    attributingFields: ["appraisalCentre", "drafter", "trainingSite"],
    include: { levels: { orderBy: { ordinal: "asc" } }, appraisalLevels: { orderBy: { ordinal: "asc" } }, documents: { orderBy: { ordinal: "asc" } } },
  },
} as const satisfies Record<Collection, KindFacts>;

export type KindEntry = (typeof kindCatalogue)[Collection];

export const collections = Object.keys(kindCatalogue) as Collection[];

/** The facts of one collection, widened to the catalogue's common shape for generic code. */
export const kindOf = (collection: Collection): KindFacts => kindCatalogue[collection];

/** The organisations and persons an imported article attributes itself to: its author organisation and its authors. */
export const articleAttributingFields = ["authorOrganisation", "authors"] as const;

/**
 * Reference fields that legitimately point up or across the region tree, so an editor may name
 * records outside its subtree in them; every other organisation or person a record names must lie
 * inside it. The README's write-rules table lists them with these reasons; a test checks that
 * every organisation or person field of every kind is placing, attributing or listed here.
 */
export const pointsUpOrAcross: Record<string, string> = {
  "article.originalPublisher": "the paper that first printed the article (e.g. 《工人日报》, a national paper): a source, not an actor of the city",
  "honours.honourTitle": "the title held is often conferred by the province or the nation (全国劳动模范)",
  "figures.honourTitle": "a count of people holding a provincial or national title",
  "figures.policyDocument": "a national or provincial document the figure reports on",
  "figures.skillCompetition": "a provincial or national competition the city's people took part in",
  "rewardRules.policyDocument": "the document that sets the reward, which may be the province's",
  "rewardRules.honourTitle": "the title a reward comes with, which may be conferred higher up",
  "programmes.policyDocument": "the document a programme implements, which may be the province's or the nation's",
  "programmes.skillCompetition": "the competition a programme belongs to, which may be held higher up",
  "rankings.scopeRegion": "the wider region a ranking is among (18th in the province): above the ranked region by nature",
  "funding.serviceFacility": "the facility funded, a place named by its own region, not an actor",
};

/** Reference data others name by natural key but that article files do not declare. */
const referenceData = {
  region: { model: "region", naturalKey: "code" },
  indicator: { model: "indicator", naturalKey: "code" },
  sourceDocument: { model: "sourceDocument", naturalKey: "key" },
} as const satisfies Partial<Record<ReferenceKind, { model: ModelName; naturalKey: string }>>;

/** How messages name reference data; the declaring collections' labels name the other kinds. */
const referenceDataLabels = { region: "region code", indicator: "indicator", sourceDocument: "source document" } as const satisfies Record<
  keyof typeof referenceData,
  string
>;

/** Article-file collections whose records others may refer to, with the reference kind they declare. */
export const declaringCollections = collections.flatMap((collection) => {
  const { declares, naturalKey } = kindOf(collection);
  return declares ? [{ collection, kind: declares, naturalKey }] : [];
});

/** How each kind of reference is looked up by its natural key. */
export const referenceLookups: Record<ReferenceKind, { model: ModelName; naturalKey: string }> = {
  ...referenceData,
  ...Object.fromEntries(declaringCollections.map(({ collection, kind, naturalKey }) => [kind, { model: kindOf(collection).model, naturalKey }])),
} as Record<ReferenceKind, { model: ModelName; naturalKey: string }>;

/** How messages name one record of each reference kind ("unknown honour title …"). */
export const referenceLabels: Record<ReferenceKind, string> = {
  ...referenceDataLabels,
  ...Object.fromEntries(declaringCollections.map(({ collection, kind }) => [kind, kindOf(collection).label])),
} as Record<ReferenceKind, string>;

// --- Writable kinds: what city editors write one record at a time.

type WritableCollection = { [C in Collection]: (typeof kindCatalogue)[C] extends { writableAs: string } ? C : never }[Collection];

/** The GraphQL types of the records editors write one at a time. */
export type WritableKind = (typeof kindCatalogue)[WritableCollection]["writableAs"];

export interface WritableKindFacts extends KindFacts {
  collection: Collection;
  writableAs: WritableKind;
}

export const writableKinds = Object.fromEntries(
  collections.flatMap((collection) => {
    const facts = kindOf(collection);
    return facts.writableAs ? [[facts.writableAs, { ...facts, collection }]] : [];
  }),
) as Record<WritableKind, WritableKindFacts>;

// --- Tally kinds: the named records comparisons count.

export interface TalliedKind extends TallyFacts {
  collection: Collection;
  model: ModelName;
  /** Whether the records can be retired, and then stop counting. */
  retirable: boolean;
}

export const talliedKinds = Object.fromEntries(
  collections.flatMap((collection) => {
    const { tally, model, versioned } = kindOf(collection);
    return tally ? [[tally.kind, { ...tally, collection, model, retirable: versioned }]] : [];
  }),
) as Record<TallyKind, TalliedKind>;

export const tallyKinds = Object.keys(talliedKinds) as TallyKind[];

/** The condition on a kind's stored records that count: standing (not retired) and, for some kinds, in a counted state. */
export const countedRecords = (kind: TallyKind): object => ({
  ...(talliedKinds[kind].retirable ? { retiredAt: null } : {}),
  ...talliedKinds[kind].counted,
});

/** Kinds whose records carry a period, so they can be split and filtered by year. */
export const datedKinds = new Set(tallyKinds.filter((kind) => talliedKinds[kind].dated));

/** The tally kind of a model's records, if they are tallied. */
export const tallyKindOfModel = (model: string): TallyKind | undefined => tallyKinds.find((kind) => talliedKinds[kind].model === model);
