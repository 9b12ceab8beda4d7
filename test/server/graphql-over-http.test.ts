import { auditServer } from "graphql-http";
import { describe, expect, it } from "vitest";
import { useTestServer } from "../helpers/test-server.js";

// The graphql-http server audit suite (GraphQL over HTTP conformance) against the real server.

const server = useTestServer({ seed: false });

describe("GraphQL over HTTP", () => {
  it("passes every MUST audit of the graphql-http server audit suite", async () => {
    const results = await auditServer({ url: server.url, fetchFn: fetch });
    const must = results.filter((result) => result.name.startsWith("MUST"));
    const failed = must.filter((result) => result.status !== "ok").map((result) => `${result.name}: ${"reason" in result ? result.reason : ""}`);
    expect(failed).toEqual([]);
    expect(must.length).toBeGreaterThanOrEqual(13);

    const tally = (requirement: string) => {
      const of = results.filter((result) => result.name.startsWith(requirement));
      return `${requirement} ${of.filter((result) => result.status === "ok").length}/${of.length}`;
    };
    console.info(`graphql-http audit: ${["MUST", "SHOULD", "MAY"].map(tally).join(", ")}`);
    for (const result of results) {
      if (result.status !== "ok") console.info(`  ${result.status}: ${result.name} — ${result.reason}`);
    }
  });
});
