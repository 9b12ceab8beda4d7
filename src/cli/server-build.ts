import fs from "node:fs";
import path from "node:path";
import { transform } from "esbuild";
import { repositoryRoot } from "../db/database-url.js";

// The server runs as JavaScript compiled from src/ (`npm start`, and the tests and benchmark that
// start it as a process): under tsx it carried tsx's loader thread and transpiler, 35-45 MB more
// peak RSS for the same answers (README, "Running the server"). esbuild is
// the transpiler tsx itself uses, so the compiled files behave as the TypeScript the tests import.

const sourceDirectory = path.join(repositoryRoot, "src");
/** Where the compiled server is written: a cache of the checkout, like the explorer bundle. */
export const serverBuildDirectory = path.join(repositoryRoot, "node_modules/.cache/reform-graph/server");
/** The explorer page is bundled for the browser (src/http/explorer/bundle.ts), never run by the server. */
const notServer = path.join(sourceDirectory, "http/explorer/page");

const isTypeScript = (file: string) => file.endsWith(".ts") && !file.endsWith(".d.ts");

/** The server's TypeScript sources under a directory of src/ (never the explorer page), recursively. */
function typeScriptIn(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(directory, entry.name);
    if (file === notServer) return [];
    if (entry.isDirectory()) return typeScriptIn(file);
    return isTypeScript(entry.name) ? [file] : [];
  });
}

/** Builds the server unless the build is newer than every source: what starts it as a process calls this first. */
export async function ensureServerBuilt(): Promise<void> {
  const stamp = path.join(serverBuildDirectory, "package.json");
  const newestSource = Math.max(...typeScriptIn(sourceDirectory).map((file) => fs.statSync(file).mtimeMs));
  if (fs.existsSync(stamp) && fs.statSync(stamp).mtimeMs >= newestSource) return;
  await buildServer();
}

/**
 * Compiles every TypeScript module of src/ into serverBuildDirectory/src, one file each, at the
 * same relative paths (so relative imports and repositoryRoot still hold); directories with no
 * TypeScript (the generated Prisma clients, 30 MB) are linked, not copied. Replaces the last build
 * whole, so a deleted module does not linger. Takes under a second.
 */
export async function buildServer(): Promise<{ modules: number }> {
  const staging = `${serverBuildDirectory}.${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  let modules = 0;
  const compile = async (from: string, to: string) => {
    fs.mkdirSync(to, { recursive: true });
    await Promise.all(
      fs.readdirSync(from, { withFileTypes: true }).map(async (entry) => {
        const source = path.join(from, entry.name);
        if (source === notServer) return;
        if (entry.isDirectory()) {
          if (typeScriptIn(source).length > 0) return compile(source, path.join(to, entry.name));
          return fs.symlinkSync(source, path.join(to, entry.name), "dir");
        }
        if (entry.name.endsWith(".d.ts")) return;
        if (!isTypeScript(entry.name)) return fs.copyFileSync(source, path.join(to, entry.name));
        const output = await transform(fs.readFileSync(source, "utf8"), {
          loader: "ts",
          format: "esm",
          platform: "node",
          target: `node${process.versions.node.split(".")[0]}`,
          sourcefile: source,
          sourcemap: "inline",
        });
        fs.writeFileSync(path.join(to, entry.name.replace(/\.ts$/, ".js")), output.code);
        modules++;
      }),
    );
  };
  await compile(sourceDirectory, path.join(staging, "src"));
  // The ESM loader reads a package.json of its own beside the modules for "type": "module".
  fs.writeFileSync(path.join(staging, "package.json"), `${JSON.stringify({ private: true, type: "module" })}\n`);
  fs.rmSync(serverBuildDirectory, { recursive: true, force: true });
  fs.renameSync(staging, serverBuildDirectory);
  return { modules };
}
