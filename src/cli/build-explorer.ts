import path from "node:path";
import { buildExplorer, explorerBundleDirectory } from "../http/explorer/bundle.js";
import { parseCommandLine, runCommand } from "./command-line.js";

// `npm run build:explorer` (and postinstall): bundles GraphiQL from node_modules for the server to send.
const usage = `Usage: npm run build:explorer

Bundles the GraphiQL explorer (GraphiQL, Monaco and their workers, from node_modules) into
${path.relative(process.cwd(), explorerBundleDirectory)}, where the server serves it at / and /graphql.
npm install runs it; run it again after changing src/http/explorer/page/ or the README's examples.`;

await runCommand(usage, async () => {
  parseCommandLine(usage, { options: {} });
  const started = performance.now();
  const manifest = await buildExplorer();
  console.log(`built the explorer (${manifest.examples.length} example tabs) in ${Math.round(performance.now() - started)} ms`);
});
