import type { Database } from "../../src/db/client.js";
import { postGraphQL } from "../helpers/test-server.js";
import { signToken } from "../helpers/tokens.js";

// Editors of several cities writing reported figures at once, each for its own city, with an
// occasional attempt at a neighbour's: afterwards every acknowledged write must be stored as
// acknowledged, and nothing may have crossed a city boundary. Shared by the short test in
// `npm test` and the 30-second run of `npm run load:editors`.

/**
 * The cities editors write for: prefectures and counties of the reference regions none of which
 * lies inside another (Baoshan's editor may write for its counties, so Baoshan is not one of them).
 */
export const editorCities = ["530300", "530502", "530521", "530523", "530524", "530581", "530681", "320100", "230200"] as const;

/** A made-up newsletter for load tests only: the one sentence every load-test figure cites. */
const loadTestArticle = "load-test-newsletter/editors";
const loadTestExcerpt = "各地工会开展测试培训12场次";
const loadTestReport = {
  sourceDocument: { key: "load-test-newsletter", titleZh: "并发测试通讯", titleEn: "Load-test newsletter", fileName: "load-test-newsletter.txt" },
  articleText: `并发测试通讯（测试数据，不是来源文件）：${loadTestExcerpt}。`,
  article: {
    key: loadTestArticle,
    sourceDocument: "load-test-newsletter",
    ordinal: 1,
    section: "NEWS_BRIEFS",
    titleZh: "并发测试通讯",
    titleEn: "Load-test newsletter",
  },
};

const createFigure = `mutation($input: CreateReportedFigureInput!) {
  createReportedFigure(input: $input) { __typename ... on MutationCreateReportedFigureSuccess { data { key version } } ... on MutationError { code } }
}`;

export interface EditorsRun {
  editors: number;
  durationMs: number;
  acknowledged: string[];
  /** Writes into another city, each of which must have been refused. */
  crossCityAttempts: number;
  crossCityRefused: number;
  otherAnswers: Record<string, number>;
  latenciesMs: number[];
}

const figureInput = (key: string, region: string) => ({
  key,
  indicator: "propaganda.sessions",
  region,
  statedAs: "12场次",
  qualifier: "EXACT",
  value: 12,
  source: { article: loadTestArticle, excerpt: loadTestExcerpt },
});

/** Imports the load-test article as an admin, so figures can cite it. */
export async function prepareLoadTestArticle(url: string) {
  const admin = await signToken({ sub: "load-test-admin", role: "admin" });
  const response = await postGraphQL(
    url,
    { query: `mutation($report: JSONObject!) { importReport(input: { report: $report }) { __typename } }`, variables: { report: loadTestReport } },
    { authorization: `Bearer ${admin}` },
  );
  const body = (await response.json()) as { data?: { importReport: { __typename: string } } };
  if (body.data?.importReport.__typename !== "MutationImportReportSuccess") throw new Error(`the load-test article was not imported: ${JSON.stringify(body)}`);
}

/** Runs `editors` editors (round-robin over the cities) for `durationMs`; every tenth write of each aims at the next city. */
export async function runConcurrentEditors(url: string, { editors = 20, durationMs }: { editors?: number; durationMs: number }): Promise<EditorsRun> {
  const run: EditorsRun = { editors, durationMs, acknowledged: [], crossCityAttempts: 0, crossCityRefused: 0, otherAnswers: {}, latenciesMs: [] };
  const deadline = Date.now() + durationMs;
  await Promise.all(
    Array.from({ length: editors }, async (_, editor) => {
      const city = editorCities[editor % editorCities.length]!;
      const neighbour = editorCities[(editor + 1) % editorCities.length]!;
      const token = await signToken({ sub: `load-editor-${editor}`, role: "editor", region: city });
      for (let write = 0; Date.now() < deadline; write++) {
        const crossing = write % 10 === 9;
        const region = crossing ? neighbour : city;
        const key = `load-test/${region}/editor-${editor}/${write}`;
        const started = performance.now();
        const response = await postGraphQL(url, { query: createFigure, variables: { input: figureInput(key, region) } }, { authorization: `Bearer ${token}` });
        const body = (await response.json()) as {
          data?: { createReportedFigure?: { __typename: string; data?: { key: string } } } | null;
          errors?: { extensions?: { code?: string } }[];
        };
        run.latenciesMs.push(performance.now() - started);
        const answer = body.data?.createReportedFigure;
        if (crossing) {
          run.crossCityAttempts++;
          if (body.errors?.[0]?.extensions?.code === "FORBIDDEN") run.crossCityRefused++;
        }
        if (answer?.data) run.acknowledged.push(answer.data.key);
        else if (!crossing || body.errors?.[0]?.extensions?.code !== "FORBIDDEN") {
          const code = `${crossing ? "into another city: " : ""}${body.errors?.[0]?.extensions?.code ?? answer?.__typename ?? `HTTP ${response.status}`}`;
          run.otherAnswers[code] = (run.otherAnswers[code] ?? 0) + 1;
        }
      }
    }),
  );
  return run;
}

/** What the database holds after a run: acknowledged writes missing, and stored figures outside their writer's city. */
export async function checkStoredFigures(db: Database, run: EditorsRun) {
  const stored = await db.reportedFigure.findMany({
    where: { key: { startsWith: "load-test/" } },
    select: { key: true, value: true, region: { select: { code: true } } },
  });
  const storedKeys = new Set(stored.map((figure) => figure.key));
  const audit = await db.auditEntry.findMany({ where: { entityKey: { startsWith: "load-test/" } }, select: { entityKey: true, actor: true } });
  const cityOfEditor = (actor: string) => editorCities[Number(actor.replace("load-editor-", "")) % editorCities.length];
  return {
    stored: stored.length,
    missing: run.acknowledged.filter((key) => !storedKeys.has(key)),
    unacknowledged: stored.filter((figure) => !run.acknowledged.includes(figure.key)).map((figure) => figure.key),
    wrongValue: stored.filter((figure) => figure.value !== 12n).map((figure) => figure.key),
    // A figure's key names the city it was written for; its region and its writer's city must be that city.
    crossedCity: [
      ...stored.filter((figure) => figure.key.split("/")[1] !== figure.region?.code).map((figure) => figure.key),
      ...audit.filter((entry) => entry.entityKey.split("/")[1] !== cityOfEditor(entry.actor)).map((entry) => entry.entityKey),
    ],
  };
}
