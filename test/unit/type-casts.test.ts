import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "../../src/db/database-url.js";

// Casts that throw a type away: generic code is generic over the Prisma model instead
// (src/db/model-delegates.ts), and inputs are typed by the schema builder.
const typeErasingCasts = /\bas never\b|\bas unknown as\b/g;

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(file);
    return entry.name.endsWith(".ts") ? [file] : [];
  });
}

describe("src/", () => {
  it("holds no 'as never' and no 'as unknown as'", () => {
    const files = sourceFiles(path.join(repositoryRoot, "src"));
    const found = files.flatMap((file) =>
      fs
        .readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, index) => (line.match(typeErasingCasts) ?? []).map(() => `${path.relative(repositoryRoot, file)}:${index + 1}: ${line.trim()}`)),
    );
    console.log(`type-erasing casts in src/: ${found.length} (${files.length} files read)`);
    expect(files.length).toBeGreaterThan(100);
    expect(found).toEqual([]);
  });
});
