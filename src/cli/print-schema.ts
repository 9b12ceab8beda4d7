import fs from "node:fs";
import path from "node:path";
import { repositoryRoot } from "../db/database-url.js";
import { printedSchema } from "../graphql/schema.js";
import { parseCommandLine, runCommand } from "./command-line.js";

// `npm run schema`: writes schema/schema.graphql, the SDL front-end teams and partners read.
const schemaFile = path.join(repositoryRoot, "schema/schema.graphql");
const usage = `Usage: npm run schema

Prints the SDL the code builds to schema/schema.graphql (committed; a test fails when it drifts). Takes no arguments.`;

await runCommand(usage, async () => {
  parseCommandLine(usage, { options: {} });
  fs.mkdirSync(path.dirname(schemaFile), { recursive: true });
  fs.writeFileSync(schemaFile, printedSchema());
  console.log(`wrote ${path.relative(process.cwd(), schemaFile)}`);
});
