import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "../../src/db/database-url.js";
import { printedSchema } from "../../src/graphql/schema.js";

describe("schema/schema.graphql", () => {
  it("is the SDL the code builds (run `npm run schema` after changing the schema)", () => {
    const committed = fs.readFileSync(path.join(repositoryRoot, "schema/schema.graphql"), "utf8");
    expect(committed).toBe(printedSchema());
  });
});
