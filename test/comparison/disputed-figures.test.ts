import { describe, expect, it } from "vitest";
import { viewerOf } from "../../src/auth/viewer.js";
import { articleKeys, useSeededApi } from "../helpers/seeded-api.js";
import { regionCodes } from "../helpers/tokens.js";

// Two reports of one fact that disagree make a comparison cell CONFLICTING, whether or not the
// query reads every report; the write path keeps the mark (store/latest-figures.ts).

const api = useSeededApi();
const baoshanEditor = viewerOf("editor", "editor-baoshan", regionCodes.baoshan);
const excerpt = "推荐全国劳模2名、省劳模9名、获“云南省五一劳动奖章”6名";

const create = `mutation($input: CreateReportedFigureInput!) {
  createReportedFigure(input: $input) { __typename ... on MutationCreateReportedFigureSuccess { data { id version } } ... on MutationError { code message } } }`;
const retire = `mutation($input: RetireReportedFigureInput!) { retireReportedFigure(input: $input) { __typename } }`;

const medals = (fields: string) => `{ compareRegions(regionCodes: ["530500", "530000"], metrics: [
  { label: "medals", indicatorCode: "honours.persons", honourKind: LABOUR_MEDAL, honourStatus: AWARDED }]) { rows { region { code } cells { value { value } basis ${fields} } } } }`;

const cellsOf = async (fields = "") =>
  (await api.query(medals(fields))).compareRegions.rows.map((row: any) => [row.region.code, row.cells[0].value?.value, row.cells[0].basis]);

describe("two reports of one fact that disagree", () => {
  it("make the cell CONFLICTING, with or without sources, up the tree, until one is retired", async () => {
    expect(await cellsOf()).toEqual([
      ["530500", 6, "REPORTED"],
      ["530000", 6, "REPORTED"],
    ]);
    // A second report of Baoshan's provincial labour medals awarded, giving 9 where the first gives 6.
    const input = {
      key: "test/baoshan/medals-again",
      indicator: "honours.persons",
      region: regionCodes.baoshan,
      statedAs: "9名",
      qualifier: "EXACT",
      value: 9,
      honourTitle: "云南省五一劳动奖章",
      honourStatus: "AWARDED",
      source: { article: articleKeys.baoshan, excerpt },
    };
    const created = await api.run(create, { input }, baoshanEditor);
    expect(created.data.createReportedFigure.__typename, JSON.stringify(created)).toBe("MutationCreateReportedFigureSuccess");
    const conflicting = [
      ["530500", 9, "CONFLICTING"],
      ["530000", 9, "CONFLICTING"],
    ];
    expect(await cellsOf()).toEqual(conflicting);
    expect(await cellsOf("sources { excerpt }")).toEqual(conflicting);
    const listed = await api.query(
      `{ region(code: "530500") { reportedFigures(first: 100, indicatorCodes: ["honours.persons"]) { nodes { statedAs: quantity { statedAs } disputed honourTitle { nameZh } } } } }`,
    );
    const medalReports = listed.region.reportedFigures.nodes.filter((node: any) => node.honourTitle?.nameZh === "云南省五一劳动奖章");
    expect(medalReports.map((node: any) => [node.statedAs.statedAs, node.disputed])).toEqual([
      ["6名", true],
      ["9名", true],
    ]);
    const { id, version } = created.data.createReportedFigure.data;
    await api.run(retire, { input: { id, version } }, baoshanEditor);
    expect(await cellsOf()).toEqual([
      ["530500", 6, "REPORTED"],
      ["530000", 6, "REPORTED"],
    ]);
    // A second report of the same number is no dispute.
    const agreeing = await api.run(create, { input: { ...input, key: "test/baoshan/medals-repeated", statedAs: "6名", value: 6 } }, baoshanEditor);
    expect(agreeing.data.createReportedFigure.__typename).toBe("MutationCreateReportedFigureSuccess");
    expect((await cellsOf())[0][2]).toBe("REPORTED");
    expect(await api.database.handle.db.reportedFigure.count({ where: { disputed: true } })).toBe(0);
  });
});
