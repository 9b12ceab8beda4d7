import fs from "node:fs";
import path from "node:path";
import { repositoryRoot } from "../db/database-url.js";
import { defaultManifestFile, manifestOfOperationFiles, operationFilesIn } from "../http/limits/persisted-operations.js";
import { parseCommandLine, runCommand, UsageError } from "./command-line.js";

// `npm run persisted-operations [-- <folder>...]`: writes schema/persisted-operations.json from the
// front-end's operations (test/client/operations/ unless folders are given), for servers started
// with PERSISTED_OPERATIONS=only.
const usage = `Usage: npm run persisted-operations [-- <folder>...]

Writes ${defaultManifestFile} from the .graphql operation files in the folders given
(default: test/client/operations/), for servers started with PERSISTED_OPERATIONS=only.`;

await runCommand(usage, async () => {
  const { positionals: folders } = parseCommandLine(usage, { allowPositionals: true, options: {} });
  for (const folder of folders) {
    if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw new UsageError(`Cannot read the folder ${folder}: no such folder.`);
  }
  const files = operationFilesIn(folders.length > 0 ? folders : [path.join(repositoryRoot, "test/client/operations")]);
  const manifestFile = path.join(repositoryRoot, defaultManifestFile);
  fs.writeFileSync(manifestFile, `${JSON.stringify(manifestOfOperationFiles(files), null, 2)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), manifestFile)}: ${files.length} operations`);
});
