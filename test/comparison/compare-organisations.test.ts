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
          { label: "named honours", records: HONOURS }
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
    expect(cell("云南水富云天化有限公司", "competitions organised")).toMatchObject({ value: { value: 2 }, basis: "RECORDS", rank: 1 });
    // 潘惠泉 works at 中国一重; the university holds its designation itself.
    expect(cell("中国一重", "named honours")).toMatchObject({ value: { value: 1 }, rank: 1, basis: "RECORDS" });
    expect(cell("江苏交控大学（党校）", "named honours")).toMatchObject({ value: { value: 1 }, rank: 1 });
    // Nothing is rolled up from subsidiaries: the holding itself holds no honour.
    expect(cell("江苏交通控股有限公司", "named honours")).toMatchObject({ value: null, basis: "NO_DATA", rank: null });
    expect(cell("江苏交通控股有限公司", "employees").value).toEqual({ qualifier: "AT_LEAST", value: 28_000 });
    expect(cell("中国一重", "employees")).toMatchObject({ value: null, basis: "NO_DATA" });
    expect(data.compareOrganisations.totals.find((t: any) => t.metric === "named honours")).toMatchObject({ value: { value: 2 }, regionsWithData: 2 });
  });

  it("refuses unknown organisations by name", async () => {
    const result = await api.run(`{ compareOrganisations(organisationNames: ["一重"], metrics: [{ records: HONOURS }]) { totals { metric } } }`);
    expect(onlyError(result).extensions).toMatchObject({ code: "NOT_FOUND", argument: "organisationNames" });
  });
});
