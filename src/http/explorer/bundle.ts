import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { repositoryRoot } from "../../db/database-url.js";

// The explorer is GraphiQL and Monaco from node_modules, bundled here once per install (postinstall)
// into files the server sends itself: a government intranet has no CDN to fetch them from.

const pageDirectory = path.join(repositoryRoot, "src/http/explorer/page");

/** Where the bundle is written and read: a cache of the install, like the generated Prisma clients. */
export const explorerBundleDirectory = path.join(repositoryRoot, "node_modules/.cache/reform-graph/explorer");

/** The operations the README shows as analyst questions, in its order: the explorer's ready tabs. */
export function readmeExampleOperations(readme = fs.readFileSync(path.join(repositoryRoot, "README.md"), "utf8")): string[] {
  return [...readme.matchAll(/<!-- example: (\S+) -->/g)].map(([, file]) => fs.readFileSync(path.join(repositoryRoot, file!), "utf8").trim());
}

/** The files of a built bundle, by the names the page refers to them by (each name carries its content hash). */
export interface ExplorerManifest {
  script: string;
  stylesheet: string;
  workers: { editor: string; json: string; graphql: string };
  /** The README's analyst questions, each a tab. */
  examples: string[];
}

const workerEntries = {
  editor: "monaco-editor/esm/vs/editor/editor.worker.js",
  json: "monaco-editor/esm/vs/language/json/json.worker.js",
  graphql: "monaco-graphql/esm/graphql.worker.js",
};

/** Builds the explorer into `directory` (replacing what was there) and writes its manifest.json. */
export async function buildExplorer(directory = explorerBundleDirectory): Promise<ExplorerManifest> {
  const staging = `${directory}.building-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  const common = {
    bundle: true,
    minify: true,
    legalComments: "linked",
    absWorkingDir: repositoryRoot,
    outdir: staging,
    entryNames: "[name]-[hash]",
    assetNames: "[name]-[hash]",
    loader: { ".ttf": "file", ".woff": "file", ".woff2": "file", ".svg": "file" },
    define: { "process.env.NODE_ENV": '"production"' },
    metafile: true,
    logLevel: "warning",
  } as const;
  const page = await build({ ...common, entryPoints: { explorer: path.join(pageDirectory, "explorer.tsx") }, format: "esm", target: "es2022" });
  const workers = await build({
    ...common,
    entryPoints: { ...Object.fromEntries(Object.entries(workerEntries).map(([name, entry]) => [`${name}.worker`, entry])) },
    format: "iife",
    target: "es2022",
  });

  const outputs = [...Object.entries(page.metafile.outputs), ...Object.entries(workers.metafile.outputs)];
  const named = (entryPoint: string, extension: string) => {
    const found = outputs.find(
      ([file, output]) => file.endsWith(extension) && (output.entryPoint?.endsWith(entryPoint) ?? path.basename(file).startsWith(`${entryPoint}-`)),
    );
    if (!found) throw new Error(`the explorer build wrote no ${extension} for ${entryPoint}`);
    return path.basename(found[0]);
  };
  const manifest: ExplorerManifest = {
    script: named("explorer.tsx", ".js"),
    stylesheet: named("explorer", ".css"),
    workers: {
      editor: named(workerEntries.editor, ".js"),
      json: named(workerEntries.json, ".js"),
      graphql: named(workerEntries.graphql, ".js"),
    },
    examples: readmeExampleOperations(),
  };
  // Sent compressed: the script alone is 5 MB, about a quarter of that gzipped; compressed once here, not per request.
  for (const file of fs.readdirSync(staging)) {
    if (/\.(js|css|ttf)$/.test(file)) fs.writeFileSync(path.join(staging, `${file}.gz`), gzipSync(fs.readFileSync(path.join(staging, file)), { level: 9 }));
  }
  fs.writeFileSync(path.join(staging, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  fs.rmSync(directory, { recursive: true, force: true });
  fs.renameSync(staging, directory);
  return manifest;
}

/** The manifest of the installed bundle, or undefined when none has been built. */
export function readExplorerManifest(directory = explorerBundleDirectory): ExplorerManifest | undefined {
  const file = path.join(directory, "manifest.json");
  if (!fs.existsSync(file)) return undefined;
  return JSON.parse(fs.readFileSync(file, "utf8")) as ExplorerManifest;
}
