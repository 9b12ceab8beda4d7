import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "../../src/db/database-url.js";
import { useSeededApi } from "../helpers/seeded-api.js";

const api = useSeededApi();
const readme = fs.readFileSync(path.join(repositoryRoot, "README.md"), "utf8");

/** Each `<!-- example: file -->` in the README, followed by the query block and its output block. */
const examples = [...readme.matchAll(/<!-- example: (\S+) -->\n```graphql\n([\s\S]*?)\n```\n\n```json\n([\s\S]*?)\n```/g)].map(([, file, query, output]) => ({
  file: file!,
  query: query!,
  output: output!,
}));

describe("README analyst examples", () => {
  it("lists the five analyst questions and the city comparison", () => {
    expect(examples.map((example) => example.file)).toHaveLength(6);
  });

  it.each(examples)("$file: the README shows the operation file and what the API answers", async ({ file, query, output }) => {
    expect(fs.readFileSync(path.join(repositoryRoot, file), "utf8").trim()).toBe(query.trim());
    expect(await api.run(query)).toEqual(JSON.parse(output));
  });
});
