import fs from "node:fs";
import path from "node:path";
import { repositoryRoot } from "../db/database-url.js";
import { defaultManifestFile, manifestOfOperationFiles, operationFilesIn } from "../http/limits/persisted-operations.js";

// `npm run persisted-operations [-- <folder>...]`: writes schema/persisted-operations.json from the
// front-end's operations (test/client/operations/ unless folders are given), for servers started
// with PERSISTED_OPERATIONS=only.
const folders = process.argv.slice(2);
const files = operationFilesIn(folders.length > 0 ? folders : [path.join(repositoryRoot, "test/client/operations")]);
const manifestFile = path.join(repositoryRoot, defaultManifestFile);
fs.writeFileSync(manifestFile, `${JSON.stringify(manifestOfOperationFiles(files), null, 2)}\n`);
console.log(`wrote ${path.relative(process.cwd(), manifestFile)}: ${files.length} operations`);
