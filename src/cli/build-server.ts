import path from "node:path";
import { parseCommandLine, runCommand } from "./command-line.js";
import { buildServer, serverBuildDirectory } from "./server-build.js";

// `npm run build:server` (and npm start, npm test): compiles src/ for the server to run as JavaScript.
const usage = `Usage: npm run build:server

Compiles src/ (esbuild, a file per module) into ${path.relative(process.cwd(), serverBuildDirectory)},
which npm start runs. npm start and npm test run it first, so the build is never older than src/.`;

await runCommand(usage, async () => {
  parseCommandLine(usage, { options: {} });
  const started = performance.now();
  const { modules } = await buildServer();
  console.log(`compiled the server (${modules} modules) in ${Math.round(performance.now() - started)} ms`);
});
