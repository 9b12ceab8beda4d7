import { expect, it } from "vitest";
import { viewerOf } from "../../src/auth/viewer.js";
import { articleKeys, useSeededApi } from "../helpers/seeded-api.js";
import { regionCodes } from "../helpers/tokens.js";

// A retired record stays on record but no longer counts: not in lists, aggregates or comparisons.

const api = useSeededApi();
const editor = viewerOf("editor", "editor-longyang", "530502");

/** Baoshan's sentence on its first craftsmen: "…成立保山工匠创新工作室7个…" (seven studios, none named). */
const studiosExcerpt = "评选保山工匠15名，成立保山工匠创新工作室7个";

const counts = `{
  craftsmanStudios(filter: { regionCode: "${regionCodes.baoshan}" }) { totalCount }
  region(code: "${regionCodes.baoshan}") { aggregates { namedRecords { craftsmanStudios } } }
  compareRegions(regionCodes: ["${regionCodes.baoshan}"], metrics: [{ records: CRAFTSMAN_STUDIOS }]) { rows { cells { records { value } } } }
}`;

const countsNow = async () => {
  const data = await api.query(counts);
  return {
    listed: data.craftsmanStudios.totalCount as number,
    aggregated: data.region.aggregates.namedRecords.craftsmanStudios as number,
    compared: (data.compareRegions.rows[0].cells[0].records?.value ?? 0) as number,
  };
};

it("drops a retired studio from the region's list, aggregates and comparison, and keeps it readable by ID", async () => {
  const before = await countsNow();
  const created = await api.run(
    `mutation($input: CreateCraftsmanStudioInput!) { createCraftsmanStudio(input: $input) { ... on MutationCreateCraftsmanStudioSuccess { data { id version } } } }`,
    // Made up for this test: a studio in Longyang, a district of Baoshan, cited to the sentence above.
    { input: { nameZh: "测试工匠工作室", nameEn: "Test studio", region: "530502", source: { article: articleKeys.baoshan, excerpt: studiosExcerpt } } },
    editor,
  );
  const { id } = created.data.createCraftsmanStudio.data;
  const withStudio = await countsNow();
  expect(withStudio.listed).toBe(before.listed + 1);
  expect(withStudio.aggregated).toBe(before.aggregated + 1);
  expect(withStudio.compared).toBe(before.compared + 1);

  await api.run(`mutation($id: ID!) { retireCraftsmanStudio(input: { id: $id, version: 1 }) { __typename } }`, { id }, editor);
  expect(await countsNow()).toEqual(before);
  const retired = await api.query(`query($id: ID!) { node(id: $id) { ... on CraftsmanStudio { nameZh retiredAt } } }`, { id });
  expect(retired.node.nameZh).toBe("测试工匠工作室");
  expect(retired.node.retiredAt).not.toBeNull();
});
