import path from "node:path";
import { repositoryRoot } from "./database-url.js";

/**
 * The CLI that migrates: Prisma 6.19 (installed as the npm alias `prisma6`), with prisma6.config.ts.
 * The runtime client is Prisma 7, whose CLI only generates here: its migrate commands need the native
 * schema engine, which cannot be downloaded offline, while 6.19's `engine: "js"` runs the wasm one
 * through a driver adapter. Returns the command and its arguments, for spawn/execFile.
 */
export function migrationCli(args: string[]): [string, string[]] {
  return [
    process.execPath,
    [path.join(repositoryRoot, "node_modules/prisma6/build/index.js"), ...args, "--config", path.join(repositoryRoot, "prisma6.config.ts")],
  ];
}
