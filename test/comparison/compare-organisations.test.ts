import { describe, expect, it } from "vitest";
import { onlyError } from "../helpers/graphql.js";
import { useSeededApi } from "../helpers/seeded-api.js";

const api = useSeededApi();

describe("compareOrganisations", () => {
  it("compares enterprises on figures about them and on records they hold, organise or employ", async () => {
    const data = await api.query(`{
      compareOrganisations(
        organisationNames: ["云南水富云天化有限公司", "中国一重", "江苏交控大学（党校）", "江苏交通控股有限公司"]
        metrics: [
          { label: "participants", indicatorCode: "competition.participants" }
          { label: "competitions organised", records: SKILL_COMPETITIONS }
          { label: "skill masters", records: HONOURS, honourKind: SKILL_MASTER, honourStatus: AWARDED }
          { label: "training sites", records: HONOURS, honourKind: DESIGNATED_TRAINING_SITE, honourStatus: AWARDED }
          { label: "employees", indicatorCode: "workforce.employees" }
        ]
      ) {
        rows { organisation { nameZh } cells { metric value { qualifier value } basis rank sources { excerpt } } }
        totals { metric value { qualifier value } regionsWithData }
      }
    }`);
    const cell = (name: string, metric: string) =>
      data.compareOrganisations.rows.find((row: any) => row.organisation.nameZh === name).cells.find((c: any) => c.metric === metric);
    expect(cell("云南水富云天化有限公司", "participants")).toMatchObject({ value: { qualifier: "AT_LEAST", value: 1000 }, basis: "REPORTED", rank: 1 });
    // Its 2020 competition was held; the one planned for 2021 is not counted as held.
    expect(cell("云南水富云天化有限公司", "competitions organised")).toMatchObject({ value: { value: 1 }, basis: "RECORDS", rank: 1 });
    // 潘惠泉 works at 中国一重; the university holds its designation itself.
    expect(cell("中国一重", "skill masters")).toMatchObject({ value: { value: 1 }, rank: 1, basis: "RECORDS" });
    expect(cell("江苏交控大学（党校）", "training sites")).toMatchObject({ value: { value: 1 }, rank: 1 });
    // A skill master and a designated training site are two things: never one column of 2.
    expect(cell("江苏交控大学（党校）", "skill masters")).toMatchObject({ value: null, basis: "NO_DATA" });
    expect(cell("中国一重", "training sites")).toMatchObject({ value: null, basis: "NO_DATA" });
    // Nothing is rolled up from subsidiaries: the holding itself holds no honour.
    expect(cell("江苏交通控股有限公司", "training sites")).toMatchObject({ value: null, basis: "NO_DATA", rank: null });
    expect(cell("江苏交通控股有限公司", "employees").value).toEqual({ qualifier: "AT_LEAST", value: 28_000 });
    expect(cell("中国一重", "employees")).toMatchObject({ value: null, basis: "NO_DATA" });
    expect(data.compareOrganisations.totals.find((t: any) => t.metric === "skill masters")).toMatchObject({ value: { value: 1 }, regionsWithData: 1 });
  });

  it("refuses unknown organisations by name", async () => {
    const result = await api.run(`{ compareOrganisations(organisationNames: ["一重"], metrics: [{ records: FUNDING }]) { totals { metric } } }`);
    expect(onlyError(result).extensions).toMatchObject({ code: "NOT_FOUND", argument: "organisationNames" });
  });
});
