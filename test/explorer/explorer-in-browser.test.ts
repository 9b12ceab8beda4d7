import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repositoryRoot } from "../../src/db/database-url.js";
import { startServer } from "../../src/http/server.js";
import { createTestDatabase, type TestDatabase, testProvider } from "../helpers/test-database.js";

// The explorer as a person on an intranet meets it: Debian's Chromium, headless, opens the server's
// own page, runs a README question and reads the answer off the screen; a page of another origin
// calls the API through CORS. Nothing may be fetched from anywhere but the server.

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const haveChromium = fs.existsSync(chromiumPath);
if (!haveChromium && process.env.CI) throw new Error(`No Chromium at ${chromiumPath}: CI installs Debian's chromium package (.ci/run)`);
if (!haveChromium) console.warn(`⚠ No Chromium at ${chromiumPath} (apt-get install -y chromium, or set CHROMIUM_PATH): the browser tests are skipped.`);

export const screenshotDirectory = path.join(repositoryRoot, "test/explorer/artifacts");

/** A page on another origin, for a browser to call the API from. */
async function startOtherOrigin(): Promise<{ origin: string; stop(): Promise<void> }> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end("<!doctype html><title>another origin</title>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return { origin: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

// One browser run is enough: the page is the same whichever database answers it.
describe.runIf(haveChromium && testProvider === "sqlite")("the explorer in a real browser", () => {
  const state = {} as {
    database: TestDatabase;
    api: Awaited<ReturnType<typeof startServer>>;
    browser: Browser;
    listed: Awaited<ReturnType<typeof startOtherOrigin>>;
    unlisted: Awaited<ReturnType<typeof startOtherOrigin>>;
  };
  const apiOrigin = () => new URL(state.api.url).origin;

  beforeAll(async () => {
    state.database = await createTestDatabase();
    await state.database.seed();
    state.listed = await startOtherOrigin();
    state.unlisted = await startOtherOrigin();
    state.api = await startServer({ database: state.database.handle, port: 0, host: "127.0.0.1", corsOrigins: [state.listed.origin] });
    state.browser = await chromium.launch({
      executablePath: chromiumPath,
      // Chromium's own calls home (updates, sync, safe browsing) would be refused on this closed network.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  }, 120_000);

  afterAll(async () => {
    await state.browser?.close();
    await state.api?.stop();
    await state.listed?.stop();
    await state.unlisted?.stop();
    await state.database?.close();
  });

  /** A fresh page that records every request it (or one of its workers) makes, and every policy violation. */
  async function recordedPage() {
    const context = await state.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console: ${message.text()}`);
    });
    // Runs in the page (a string, as this file is compiled without the DOM's types).
    await page.addInitScript(
      'document.addEventListener("securitypolicyviolation", (event) => console.error("CSP violation: " + event.blockedURI + " (" + event.violatedDirective + ")"))',
    );
    return { page, context, requests, problems };
  }

  it("opens at /, runs the README's first question and shows its answer, fetching nothing from another origin", async () => {
    const { page, context, requests, problems } = await recordedPage();
    const started = performance.now();
    await page.goto(`${apiOrigin()}/`);
    await expect(page.title()).resolves.toBe("Reform Graph");
    await page.locator(".graphiql-container .monaco-editor").first().waitFor({ timeout: 30_000 });
    const loadedMs = performance.now() - started;

    // The README's questions are the tabs; the first is open, the headers pane (for a bearer token) shown.
    const tabs = page.locator(".graphiql-tab");
    await expect(tabs.count()).resolves.toBe(7);
    await expect(tabs.first().textContent()).resolves.toContain("BaoshanCraftsmanStudios");
    await expect(page.locator(".graphiql-editor-tools").textContent()).resolves.toContain("Headers");
    await expect(page.locator(".graphiql-logo").textContent()).resolves.toBe("Reform Graph");

    await page.locator(".graphiql-execute-button").click();
    const response = page.locator(".graphiql-response");
    await response.getByText('"statedAs": "7个"').waitFor({ timeout: 30_000 });
    const answer = ((await response.textContent()) ?? "").replace(/\u00a0/g, " ");
    expect(answer).toContain('"qualifier": "EXACT"');
    expect(answer).toContain('"value": 7,');

    // The docs explorer reads the schema the server introspects.
    await page.locator('[aria-label="Show Documentation Explorer"]').click();
    const docs = page.locator(".graphiql-doc-explorer");
    await docs.getByText("Query", { exact: true }).first().click({ timeout: 10_000 });
    await docs.getByText("compareRegions", { exact: true }).first().waitFor({ timeout: 10_000 });

    fs.mkdirSync(screenshotDirectory, { recursive: true });
    const screenshot = path.join(screenshotDirectory, "explorer.png");
    await page.screenshot({ path: screenshot });
    console.log(`explorer screenshot: ${screenshot} (page ready in ${Math.round(loadedMs)} ms)`);

    const elsewhere = requests.filter((url) => !url.startsWith(`${apiOrigin()}/`) && !url.startsWith("data:") && !url.startsWith("blob:"));
    expect(elsewhere).toEqual([]);
    expect(requests.filter((url) => url.endsWith("/graphql")).length).toBeGreaterThanOrEqual(2); // introspection, then the question
    expect(problems).toEqual([]);
    await context.close();
  });

  it("is the page a browser gets at /graphql too", async () => {
    const { page, context, problems } = await recordedPage();
    await page.goto(state.api.url);
    await page.locator(".graphiql-container .monaco-editor").first().waitFor({ timeout: 30_000 });
    await expect(page.locator(".graphiql-tab").count()).resolves.toBe(7);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("answers a page of a listed origin through CORS, and a page of any other origin gets nothing", async () => {
    const { page, context } = await recordedPage();
    const call = (api: string) =>
      page.evaluate(async (url) => {
        try {
          const response = await fetch(url, {
            method: "POST",
            headers: { "content-type": "application/json", "apollo-require-preflight": "true" },
            body: JSON.stringify({ query: '{ region(code: "530500") { nameZh } }' }),
          });
          return { status: response.status, body: await response.json(), retryAfterReadable: response.headers.has("retry-after") || null };
        } catch (error) {
          return { failed: String(error) };
        }
      }, api);

    await page.goto(`${state.listed.origin}/`);
    await expect(call(state.api.url)).resolves.toMatchObject({ status: 200, body: { data: { region: { nameZh: "保山市" } } } });

    await page.goto(`${state.unlisted.origin}/`);
    await expect(call(state.api.url)).resolves.toEqual({ failed: "TypeError: Failed to fetch" });
    await context.close();
  });
});
