import fs from "node:fs";
import path from "node:path";
import { repositoryRoot } from "../db/database-url.js";
import { printedSchema } from "../graphql/schema.js";

// `npm run schema`: writes schema/schema.graphql, the SDL front-end teams and partners read.
const schemaFile = path.join(repositoryRoot, "schema/schema.graphql");
fs.mkdirSync(path.dirname(schemaFile), { recursive: true });
fs.writeFileSync(schemaFile, printedSchema());
console.log(`wrote ${path.relative(process.cwd(), schemaFile)}`);
