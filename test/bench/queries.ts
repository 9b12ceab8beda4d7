import { comparedIndicatorCodes, syntheticProvinceCode } from "../../src/cli/synthetic/catalogue.js";

// The analyst query mix `npm run bench` drives at the server; test/limits checks it stays within the query limits.

export const queryIds = [
  "nestedList",
  "nestedPersons",
  "nodeLookup",
  "aggregates",
  "comparePrefectures",
  "compareCounties",
  "regionsList",
  "regionEntities",
  "nestedListCached",
  "compareCountiesCached",
] as const;

export type QueryId = (typeof queryIds)[number];

export interface BenchQuery {
  id: QueryId;
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Sent unchanged every time, so the response cache answers all but the first; otherwise every request differs. */
  cached?: true;
}

const comparisonQuery = `query Compare($regionCodes: [String!]!, $metrics: [ComparisonMetricInput!]!) {
  compareRegions(regionCodes: $regionCodes, metrics: $metrics) {
    rows { region { code } cells { metric value { qualifier value valueMax } basis rank } }
    totals { metric value { value } }
  }
}`;

const comparisonMetrics = [
  ...comparedIndicatorCodes.map((indicatorCode) => ({ indicatorCode })),
  { records: "HONOURS", honourKind: "MODEL_WORKER", honourLevel: "CITY", honourStatus: "AWARDED" },
  { records: "FUNDING" },
  { records: "CRAFTSMAN_STUDIOS" },
  { records: "DEMONSTRATION_POINTS" },
];

export function queryMix(dataSet: { prefectureCodes: string[]; countyCodes: string[] }, countyId: string): BenchQuery[] {
  const uncached = uncachedMix(dataSet, countyId);
  const repeated = (id: QueryId, cachedId: QueryId) => {
    const query = uncached.find((candidate) => candidate.id === id)!;
    return { ...query, id: cachedId, name: `${query.name} (repeated: response cache)`, cached: true as const };
  };
  return [...uncached, repeated("nestedList", "nestedListCached"), repeated("compareCounties", "compareCountiesCached")];
}

function uncachedMix(dataSet: { prefectureCodes: string[]; countyCodes: string[] }, countyId: string): BenchQuery[] {
  return [
    {
      id: "nestedList",
      name: "nested list: regions → organisations → honours",
      query: `{ regions(first: 20, filter: { within: "${syntheticProvinceCode}" }) { nodes { code nameZh organisations(first: 20) { totalCount nodes { nameZh honours(first: 20) { nodes { status honourTitle { nameZh level } source { excerpt } } } } } } } }`,
    },
    {
      id: "nestedPersons",
      name: "nested list: persons → honours, employer",
      query: "{ persons(first: 20) { nodes { nameZh honours { status honourTitle { level } } employer { nameZh region { code } } } } }",
    },
    {
      id: "nodeLookup",
      name: "node lookup (a county)",
      query: "query($id: ID!) { node(id: $id) { ... on Region { code nameZh parent { code } } } }",
      variables: { id: countyId },
    },
    {
      id: "aggregates",
      name: `aggregates of ${dataSet.prefectureCodes.length} prefectures`,
      query: `{ regions(first: 20, filter: { level: PREFECTURE, within: "${syntheticProvinceCode}" }) { nodes { code aggregates { honoursByLevel { level status count } fundingByPurpose { purpose amount { value } } } } } }`,
    },
    {
      id: "comparePrefectures",
      name: `compareRegions: ${dataSet.prefectureCodes.length} prefectures × 8 metrics`,
      query: comparisonQuery,
      variables: { regionCodes: dataSet.prefectureCodes, metrics: comparisonMetrics },
    },
    {
      id: "regionsList",
      name: "regions(first: 100): 100 counties with their parent",
      query: `{ regions(first: 100, filter: { level: COUNTY, within: "${syntheticProvinceCode}" }) { nodes { code nameZh parent { code } } } }`,
    },
    {
      // What a federation router sends for the same 100 regions: the same selection, by key.
      id: "regionEntities",
      name: "_entities: the same 100 counties, by key",
      query: "query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Region { code nameZh parent { code } } } }",
      variables: { representations: dataSet.countyCodes.slice(0, 100).map((code) => ({ __typename: "Region", code })) },
    },
    {
      id: "compareCounties",
      name: `compareRegions: ${dataSet.countyCodes.length} counties × 8 metrics`,
      query: comparisonQuery,
      variables: { regionCodes: dataSet.countyCodes, metrics: comparisonMetrics },
    },
  ];
}
