import { beforeAll, describe, expect, it } from "vitest";
import { viewerOf } from "../../src/auth/viewer.js";
import { articleAttributingFields, type Collection, collections, kindOf, pointsUpOrAcross, writableKinds } from "../../src/records/kind-catalogue.js";
import { articleRecordsSchema, reportFile } from "../../src/records/record-shapes.js";
import { referenceFields } from "../../src/records/references.js";
import { useSeededApi } from "../helpers/seeded-api.js";
import { regionCodes } from "../helpers/tokens.js";

// Attribution is placement: every organisation or person a record attributes an act to (payer,
// host, owner, lead, parent, issuers, operator, organiser, grantor, employer …) must lie inside the
// editor's subtree. The cases are generated from the kind catalogue, so a new field is covered
// without a new test: for every record kind of an import and every writable kind's create
// mutation, each such field naming Qujing makes a Baoshan editor's write FORBIDDEN, while the same
// record naming Baoshan is written.

const api = useSeededApi();
const baoshanEditor = viewerOf("editor", "editor-baoshan", regionCodes.baoshan);
const admin = viewerOf("admin", "admin-1");

const sourceDocument = "000_2dc913a942106495";
const excerpt = "保山市总工会与曲靖市总工会开展归属测试工作7个，安排经费14万元，列第15名。";
const articleText = `归属测试文章。${excerpt}`;
const article = (key: string, ordinal: number, attribution: Record<string, unknown> = {}) => ({
  key,
  sourceDocument,
  ordinal,
  section: "NEWS_BRIEFS",
  titleZh: `归属测试文章${ordinal}`,
  titleEn: `Attribution test article ${ordinal}`,
  ...attribution,
});
const testArticle = article("test/attribution/article", 901);

/** The organisation and person each side names: Baoshan's own, and Qujing's. */
const own = { organisation: "保山市总工会", person: "test/attribution/baoshan-worker" };
const foreign = { organisation: "曲靖市总工会", person: "test/attribution/qujing-worker" };
type Side = typeof own;

/** Organisation and person fields of a kind: the ones that must lie inside an editor's subtree. */
const attributedFields = (collection: Collection) => {
  const { placingFields, attributingFields = [] } = kindOf(collection);
  return [...placingFields, ...attributingFields].filter((field) => referenceFields[field] === "organisation" || referenceFields[field] === "person");
};

/** One valid Baoshan record per kind, naming `side` in every organisation and person field. */
function recordOf(collection: Collection, suffix: string, side: Side): Record<string, unknown> {
  const key = `test/attribution/${collection}-${suffix}`.toLowerCase();
  const name = `归属测试${collection}${suffix}`;
  const named = { nameZh: name, nameEn: `Attribution test ${collection} ${suffix}` };
  const org = side.organisation;
  const records: Record<Collection, Record<string, unknown>> = {
    organisations: { ...named, kind: "TRADE_UNION", region: regionCodes.baoshan, parent: org },
    persons: { key, ...named, employer: org },
    policyDocuments: { titleZh: name, titleEn: named.nameEn, kind: "NOTICE", status: "IN_FORCE", issuers: [org] },
    honourTitles: { ...named, kind: "MODEL_WORKER", level: "CITY", recipientKind: "PERSON", conferrers: [org] },
    honours: { key, honourTitle: "全国劳动模范", status: "AWARDED", person: side.person, region: regionCodes.baoshan },
    skillCompetitions: { ...named, year: 2021, status: "HELD", organiser: org, region: regionCodes.baoshan },
    serviceFacilities: { ...named, kind: "WORKER_STATION", status: "IN_SERVICE", region: regionCodes.baoshan, operator: org },
    figures: { key, indicator: "craftsman_studios.established", organisation: org, statedAs: "7个", qualifier: "EXACT", value: 7 },
    funding: {
      key,
      payer: org,
      region: regionCodes.baoshan,
      purpose: "CRAFTSMAN_STUDIOS",
      descriptionZh: "测试",
      descriptionEn: "Test",
      statedAs: "14万元",
      qualifier: "EXACT",
      value: 140_000,
    },
    rewardRules: { key, kind: "COMPETITION_PLACING", grantor: org, conditionZh: "测试", conditionEn: "Test" },
    careerLadders: { key, ...named, kind: "SKILL", organisation: org, steps: [{ nameZh: "一级", nameEn: "Level 1" }] },
    rankings: {
      key,
      criterionZh: "测试",
      criterionEn: "Test",
      organisation: org,
      scopeRegion: regionCodes.yunnan,
      statedAs: "第15名",
      qualifier: "EXACT",
      rank: 15,
    },
    programmes: { key, ...named, organisation: org, items: [{ textZh: "测试", textEn: "Test" }] },
    craftsmanStudios: { ...named, region: regionCodes.baoshan, host: org, lead: side.person },
    demonstrationPoints: { ...named, region: regionCodes.baoshan, host: org },
    innovationProjects: { ...named, status: "FUNDED", region: regionCodes.baoshan, owner: org },
    skillStandards: {
      key,
      ...named,
      owner: org,
      appraisalCentre: org,
      occupationZh: "归属测试工",
      occupationEn: "Attribution test worker",
      occupationExcerpt: excerpt,
      drafter: org,
      materialsExcerpt: excerpt,
      trainingSite: org,
      trainingSiteExcerpt: excerpt,
    },
  };
  return records[collection];
}

/** The record with one field naming Qujing's organisation or person, every other one Baoshan's. */
function withForeign(collection: Collection, field: string, suffix: string) {
  const record = recordOf(collection, suffix, own);
  const value = referenceFields[field] === "person" ? foreign.person : foreign.organisation;
  const { person: _person, ...withoutPerson } = record;
  // An honour names one honouree: naming the unit replaces the person.
  const base = collection === "honours" && field === "organisation" ? withoutPerson : record;
  const changed = { ...base, [field]: Array.isArray(record[field]) ? [value] : value };
  // So that a refusal is for the placement, never for a record that is not valid in the first place.
  expect(articleRecordsSchema.safeParse({ [collection]: [{ ...changed, excerpt }] }).error).toBeUndefined();
  return changed;
}

const importMutation = `mutation($report: JSONObject!) { importReport(input: { report: $report }) {
  __typename ... on MutationImportReportSuccess { data { created } } ... on MutationError { code message } } }`;
const report = (collection: Collection, record: Record<string, unknown>) => ({ article: testArticle, [collection]: [{ ...record, excerpt }] });

beforeAll(async () => {
  // The article the records cite, and one worker employed in each city, written by an admin.
  const workers = [
    { key: own.person, nameZh: "保山测试职工", nameEn: "Baoshan test worker", employer: own.organisation, excerpt },
    { key: foreign.person, nameZh: "曲靖测试职工", nameEn: "Qujing test worker", employer: foreign.organisation, excerpt },
  ];
  const result = await api.run(importMutation, { report: { article: testArticle, articleText, persons: workers } }, admin);
  expect(result.data.importReport.__typename).toBe("MutationImportReportSuccess");
});

describe("the kind catalogue covers every organisation and person field", () => {
  it("each is placing, attributing, or listed as pointing up or across with a reason", () => {
    const unlisted = collections.flatMap((collection) => {
      const fields = Object.keys(articleRecordsSchema.shape[collection].unwrap().element.shape);
      const covered = new Set(attributedFields(collection));
      return fields
        .filter((field) => referenceFields[field] === "organisation" || referenceFields[field] === "person")
        .filter((field) => !covered.has(field) && !(`${collection}.${field}` in pointsUpOrAcross))
        .map((field) => `${collection}.${field}`);
    });
    expect(unlisted).toEqual([]);
    expect(Object.values(pointsUpOrAcross).every((reason) => reason.length > 20)).toBe(true);
  });
});

describe.each(collections)("importing %s", (collection) => {
  const fields = attributedFields(collection);

  it("as a Baoshan editor, with every organisation and person Baoshan's, is written", async () => {
    const result = await api.run(importMutation, { report: report(collection, recordOf(collection, "own", own)) }, baoshanEditor);
    expect(result.errors).toBeUndefined();
    expect(result.data.importReport).toEqual({ __typename: "MutationImportReportSuccess", data: { created: 1 } });
  });

  it.each(fields.length > 0 ? fields : ["(none)"])("as a Baoshan editor, with %s naming Qujing, is FORBIDDEN", async (field) => {
    if (field === "(none)") return;
    const result = await api.run(importMutation, { report: report(collection, withForeign(collection, field, `foreign-${field}`)) }, baoshanEditor);
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("importing a new article", () => {
  it.each(articleAttributingFields)("attributed through %s to Qujing is FORBIDDEN; to Baoshan, written", async (field) => {
    const value = (side: Side) => (field === "authors" ? [side.person] : side.organisation);
    const ordinal = 910 + articleAttributingFields.indexOf(field) * 2;
    const send = (side: Side, offset: number) => {
      const imported = { article: article(`test/attribution/by-${field.toLowerCase()}-${offset}`, ordinal + offset, { [field]: value(side) }), articleText };
      // So that a refusal is for the attribution, never for a report that is not valid in the first place.
      expect(reportFile.safeParse(imported).error).toBeUndefined();
      return api.run(importMutation, { report: imported }, baoshanEditor);
    };
    expect((await send(foreign, 0)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const written = await send(own, 1);
    expect(written.errors).toBeUndefined();
    expect(written.data.importReport.__typename).toBe("MutationImportReportSuccess");
  });

  it("naming a national paper as its original publisher is allowed (it points across, by rule)", async () => {
    const result = await api.run(
      importMutation,
      { report: { article: article("test/attribution/reprinted", 920, { authorOrganisation: own.organisation, originalPublisher: "工人日报" }), articleText } },
      baoshanEditor,
    );
    expect(result.errors).toBeUndefined();
  });
});

describe.each(Object.values(writableKinds))("create mutation of $writableAs", ({ writableAs, collection }) => {
  const mutation = `mutation($input: Create${writableAs}Input!) { create${writableAs}(input: $input) {
    __typename ... on MutationError { code message } } }`;
  const input = (record: Record<string, unknown>) => ({ ...record, source: { article: testArticle.key, excerpt } });

  it("with every organisation and person Baoshan's, is written", async () => {
    const result = await api.run(mutation, { input: input(recordOf(collection, "mutation-own", own)) }, baoshanEditor);
    expect(result.errors).toBeUndefined();
    expect(result.data[`create${writableAs}`].__typename).toBe(`MutationCreate${writableAs}Success`);
  });

  it.each(attributedFields(collection).length > 0 ? attributedFields(collection) : ["(none)"])("with %s naming Qujing, is FORBIDDEN", async (field) => {
    if (field === "(none)") return;
    const result = await api.run(mutation, { input: input(withForeign(collection, field, `mutation-${field}`)) }, baoshanEditor);
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
