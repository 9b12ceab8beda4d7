import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
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

const regenerate = process.env.README_EXAMPLES === "write";
const answers = new Map<string, { query: string; operation: string; output: string; answer: unknown }>();

describe("README analyst examples", () => {
  it("lists the six analyst questions and the city comparison", () => {
    expect(examples.map((example) => example.file)).toHaveLength(7);
  });

  it.each(examples)("$file: the README shows the operation file and what the API answers", async ({ file, query, output }) => {
    const operation = fs.readFileSync(path.join(repositoryRoot, file), "utf8").trim();
    const answer = await api.run(operation);
    if (regenerate) {
      // README_EXAMPLES=write: the README's blocks are rewritten from the operation files and what the API answers now.
      answers.set(file, { query, operation, output, answer });
      return;
    }
    expect(operation).toBe(query.trim());
    expect(answer).toEqual(JSON.parse(output));
  });

  afterAll(() => {
    if (!regenerate) return;
    const block = (graphql: string, json: string) => `\`\`\`graphql\n${graphql}\n\`\`\`\n\n\`\`\`json\n${json}\n\`\`\``;
    let text = readme;
    for (const [, { query, operation, output, answer }] of answers) {
      text = text.replace(block(query, output), () => block(operation, JSON.stringify(answer, null, 2)));
    }
    fs.writeFileSync(path.join(repositoryRoot, "README.md"), text);
  });
});
