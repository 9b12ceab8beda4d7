import { afterAll, beforeAll, expect } from "vitest";
import type { Viewer } from "../../src/auth/viewer.js";
import { type GraphQLResult, inProcessGraphQL } from "./graphql.js";
import { createTestDatabase, type TestDatabase } from "./test-database.js";

/**
 * For a test file that reads the real seed data: a fresh database with the seeds loaded before
 * its tests, dropped after. `query` runs an operation and fails the test on any GraphQL error.
 */
export function useSeededApi() {
  const state = {} as { database: TestDatabase; run: ReturnType<typeof inProcessGraphQL> };
  beforeAll(async () => {
    state.database = await createTestDatabase();
    await state.database.seed();
    state.run = inProcessGraphQL(state.database.handle.db);
  });
  afterAll(async () => state.database?.close());

  return {
    get database() {
      return state.database;
    },
    run: <T = any>(query: string, variables?: Record<string, unknown>, viewer?: Viewer): Promise<GraphQLResult<T>> => state.run(query, variables, viewer),
    async query<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
      const result = await state.run<T>(query, variables);
      expect(result.errors).toBeUndefined();
      return result.data as T;
    },
  };
}

export const articleKeys = {
  baoshan: "000-2dc913a942106495/yunnan-baoshan-federation-of-trade-unions",
  qujing: "000-2dc913a942106495/yunnan-qujing-federation-of-trade-unions",
  shuifu: "000-2dc913a942106495/yunnan-shuifu-yuntianhua",
  jiangsu: "000-2dc913a942106495/jiangsu-communications-holding",
  chinaFirstHeavy: "000-2dc913a942106495/china-first-heavy-industries",
} as const;

/** The Baoshan article's sentence on honours: "…获“云南省五一劳动奖章”6名…". */
export const baoshanHonoursExcerpt = "推荐全国劳模2名、省劳模9名、获“云南省五一劳动奖章”6名";

/** A figure a Baoshan editor may report (CreateReportedFigureInput): the six labour medals awarded, cited. */
export const baoshanMedalsFigure = (key: string) => ({
  key,
  indicator: "honours.persons",
  region: "530500",
  statedAs: "6名",
  qualifier: "EXACT",
  value: 6,
  honourTitle: "云南省五一劳动奖章",
  honourStatus: "AWARDED",
  source: { article: articleKeys.baoshan, excerpt: baoshanHonoursExcerpt },
});

/** The GraphQL selection every provenance assertion reads. */
export const sourceFields = "source { excerpt article { key titleZh } }";

/** Asserts a record's provenance: it cites the expected article, and the excerpt contains the quoted text. */
export function expectSource(source: { excerpt: string; article: { key: string } }, articleKey: string, ...quoted: string[]) {
  expect(source.article.key).toBe(articleKey);
  for (const text of quoted) expect(source.excerpt).toContain(text);
}
