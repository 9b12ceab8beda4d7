import fs from "node:fs";
import path from "node:path";
import { repositoryRoot } from "../db/database-url.js";
import { nodeStandInsForPartners } from "../graphql/partner-nodes.js";
import { printedSchema, schema } from "../graphql/schema.js";
import { parseCommandLine, runCommand } from "./command-line.js";

// `npm run schema`: writes schema/schema.graphql, the SDL front-end teams and partners read.
const schemaFile = path.join(repositoryRoot, "schema/schema.graphql");
const usage = `Usage: npm run schema [-- --node-stand-ins]

Prints the SDL the code builds to schema/schema.graphql (committed; a test fails when it drifts).

  --node-stand-ins  print instead, to standard output, our Node types as the stand-ins a Relay-style
                    partner subgraph adds to share Query.node with us (README, "Federation")`;

await runCommand(usage, async () => {
  const { values } = parseCommandLine(usage, { options: { "node-stand-ins": { type: "boolean" } } });
  if (values["node-stand-ins"]) {
    process.stdout.write(nodeStandInsForPartners(schema));
    return;
  }
  fs.mkdirSync(path.dirname(schemaFile), { recursive: true });
  fs.writeFileSync(schemaFile, printedSchema());
  console.log(`wrote ${path.relative(process.cwd(), schemaFile)}`);
});
