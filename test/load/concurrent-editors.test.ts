import { expect, it } from "vitest";
import { useTestServer } from "../helpers/test-server.js";
import { checkStoredFigures, prepareLoadTestArticle, runConcurrentEditors } from "./concurrent-editors.js";

// A short run of `npm run load:editors` (which runs 30 s): 20 editors of 10 cities writing at once.

const server = useTestServer();

it("keeps every acknowledged write of 20 parallel editors, and none crosses a city boundary", async () => {
  await prepareLoadTestArticle(server.url);
  const run = await runConcurrentEditors(server.url, { editors: 20, durationMs: 3_000 });
  const stored = await checkStoredFigures(server.database.handle.db, run);

  expect(run.acknowledged.length).toBeGreaterThan(20);
  expect(run.otherAnswers).toEqual({});
  expect(run.crossCityRefused).toBe(run.crossCityAttempts);
  expect(stored).toMatchObject({ stored: run.acknowledged.length, missing: [], unacknowledged: [], wrongValue: [], crossedCity: [] });
});
