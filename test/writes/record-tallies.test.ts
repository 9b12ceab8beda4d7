import { expect, it } from "vitest";
import { viewerOf } from "../../src/auth/viewer.js";
import { everyKindIn, retally } from "../../src/store/record-tallies.js";
import { storedTallies } from "../helpers/fixtures.js";
import { articleKeys, useSeededApi } from "../helpers/seeded-api.js";
import { regionCodes } from "../helpers/tokens.js";

// Comparisons and aggregates read per-region tallies and totals that every write keeps: after creates,
// moves between regions and retirements they must hold exactly what a recount from the records
// gives, and the comparison must show the change.

const api = useSeededApi();
const admin = viewerOf("admin", "admin-tallies");
const longyang = "530502";

/** Made up for this test: a second grant of Baoshan's studio funds, cited to the sentence that states them. */
const grant = {
  key: "test/tallies/studio-funds",
  payer: "保山市总工会",
  region: longyang,
  purpose: "CRAFTSMAN_STUDIOS",
  descriptionZh: "测试经费",
  descriptionEn: "Test funds",
  statedAs: "14万元",
  qualifier: "EXACT",
  value: 140_000,
  period: "2020",
  source: { article: articleKeys.baoshan, excerpt: "成立保山工匠创新工作室7个，安排创新工作室工作经费14万元" },
};

const stored = () => storedTallies(api.database.handle.db);

/** The tallies as they are, then as a recount of every region's records makes them. */
async function talliesAndRecount() {
  const db = api.database.handle.db;
  const before = await stored();
  const regionIds = (await db.region.findMany({ select: { id: true } })).map((region) => region.id);
  await db.$transaction((tx) => retally(tx, everyKindIn(regionIds)));
  return { stored: before, recounted: await stored() };
}

const studioFunds = async () => {
  const data = await api.query(`{
    compareRegions(regionCodes: ["${longyang}", "${regionCodes.baoshan}", "${regionCodes.qujing}"], metrics: [{ records: FUNDING, fundingPurpose: CRAFTSMAN_STUDIOS }], period: { from: 2020, to: 2020 }) {
      rows { region { code } cells { records { value } } }
    }
  }`);
  return Object.fromEntries(data.compareRegions.rows.map((row: any) => [row.region.code, row.cells[0].records?.value ?? 0]));
};

it("keeps every region's tallies as a recount makes them through a create, a move to another region and a retirement", async () => {
  const start = await talliesAndRecount();
  expect(start.stored).toEqual(start.recounted);
  expect(start.stored.tallies.length).toBeGreaterThan(0);
  expect(start.stored.totals.length).toBeGreaterThan(0);
  const before = await studioFunds();

  const created = await api.run(
    `mutation($input: CreateFundingAllocationInput!) { createFundingAllocation(input: $input) { ... on MutationCreateFundingAllocationSuccess { data { id version } } } }`,
    { input: grant },
    admin,
  );
  const { id } = created.data.createFundingAllocation.data;
  const afterCreate = await talliesAndRecount();
  expect(afterCreate.stored).toEqual(afterCreate.recounted);
  expect(await studioFunds()).toEqual({ ...before, [longyang]: before[longyang] + 140_000, [regionCodes.baoshan]: before[regionCodes.baoshan] + 140_000 });

  const moved = await api.run(
    `mutation($input: UpdateFundingAllocationInput!) { updateFundingAllocation(input: $input) { __typename ... on MutationUpdateFundingAllocationSuccess { data { version } } } }`,
    { input: { ...grant, region: regionCodes.qujing, id, version: 1 } },
    admin,
  );
  expect(moved.data.updateFundingAllocation.data.version).toBe(2);
  const afterMove = await talliesAndRecount();
  expect(afterMove.stored).toEqual(afterMove.recounted);
  expect(await studioFunds()).toEqual({ ...before, [regionCodes.qujing]: before[regionCodes.qujing] + 140_000 });

  const retired = await api.run(`mutation($id: ID!) { retireFundingAllocation(input: { id: $id, version: 2 }) { __typename } }`, { id }, admin);
  expect(retired.data.retireFundingAllocation.__typename).toBe("MutationRetireFundingAllocationSuccess");
  const afterRetire = await talliesAndRecount();
  expect(afterRetire.stored).toEqual(afterRetire.recounted);
  expect(afterRetire.stored).toEqual(start.stored);
  expect(await studioFunds()).toEqual(before);
});

it("keeps one region's tallies exact when ten writes to it land at once", async () => {
  // Each write retallies Longyang in its own transaction; those that collide on a tally row are retried.
  const before = await studioFunds();
  const writes = Array.from({ length: 10 }, (_, n) =>
    api.run(
      `mutation($input: CreateFundingAllocationInput!) { createFundingAllocation(input: $input) { __typename } }`,
      { input: { ...grant, key: `test/tallies/parallel-${n}` } },
      admin,
    ),
  );
  const answers = await Promise.all(writes);
  expect(answers.map((answer) => answer.errors ?? answer.data.createFundingAllocation.__typename)).toEqual(
    Array(10).fill("MutationCreateFundingAllocationSuccess"),
  );
  const { stored, recounted } = await talliesAndRecount();
  expect(stored).toEqual(recounted);
  expect(await studioFunds()).toEqual({ ...before, [longyang]: before[longyang] + 1_400_000, [regionCodes.baoshan]: before[regionCodes.baoshan] + 1_400_000 });
});
