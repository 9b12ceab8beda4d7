import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { ApolloServerOptions, ApolloServerPlugin } from "@apollo/server";
import { Kind, type OperationDefinitionNode, parse, print } from "graphql";
import { z } from "zod";
import { ErrorCode, userError } from "../../errors/error-codes.js";
import { SettingError } from "../../errors/setting-error.js";
import type { Context } from "../../graphql/context.js";

/** Apollo's persisted query manifest format, as front-end tooling (e.g. Apollo Client's) reads and writes it. */
const manifestSchema = z.object({
  format: z.literal("apollo-persisted-query-manifest"),
  version: z.literal(1),
  operations: z.array(
    z.object({ id: z.string().regex(/^[0-9a-f]{64}$/), name: z.string(), type: z.enum(["query", "mutation", "subscription"]), body: z.string() }),
  ),
});

export type PersistedOperationManifest = z.infer<typeof manifestSchema>;

/** Where `npm run persisted-operations` writes the manifest, beside the SDL: both are the published contract. */
export const defaultManifestFile = "schema/persisted-operations.json";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * The manifest of the operations in `.graphql` files, one operation per file (with the fragments
 * it uses). Each body is the printed document, as clients send it (`print(document)`), so its id
 * is the hash they send; operations are sorted by name so the file only changes when they do.
 */
export function manifestOfOperationFiles(files: string[]): PersistedOperationManifest {
  const operations = files.map((file) => {
    const document = parse(fs.readFileSync(file, "utf8"));
    const definitions = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
    const name = definitions[0]?.name?.value;
    if (definitions.length !== 1 || !name) throw new SettingError(`${file}: a persisted operation file holds exactly one named operation`);
    const body = print(document);
    return { id: sha256(body), name, type: definitions[0]!.operation, body };
  });
  return { format: "apollo-persisted-query-manifest", version: 1, operations: operations.sort((a, b) => a.name.localeCompare(b.name)) };
}

/** The `.graphql` files directly in the given folders, sorted. */
export function operationFilesIn(folders: string[]): string[] {
  return folders.flatMap((folder) =>
    fs
      .readdirSync(folder)
      .filter((name) => name.endsWith(".graphql"))
      .sort()
      .map((name) => path.join(folder, name)),
  );
}

export function readManifest(file: string): PersistedOperationManifest {
  if (!fs.existsSync(file)) throw new SettingError(`${file}: no persisted operation manifest there (npm run persisted-operations writes it)`);
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new SettingError(`${file} is not JSON: ${(error as Error).message}`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw new SettingError(`${file} is not a persisted operation manifest: ${parsed.error.message}`);
  for (const operation of parsed.data.operations) {
    if (sha256(operation.body) !== operation.id) throw new SettingError(`${file}: the id of operation ${operation.name} is not the sha256 of its body`);
  }
  return parsed.data;
}

type PersistedQueryCache = NonNullable<Exclude<ApolloServerOptions<Context>["persistedQueries"], false | undefined>["cache"]>;

/**
 * Serving only registered operations: Apollo's automatic persisted queries read the bodies from
 * the manifest (a hash alone is enough for a registered operation, and nothing can be registered
 * at run time), and the plugin refuses every other document with PERSISTED_QUERY_NOT_REGISTERED.
 * A document counts as registered when its printed form is, so whitespace and comments do not matter.
 */
export function registeredOperationsOnly(manifest: PersistedOperationManifest) {
  const bodies = new Map(manifest.operations.map((operation) => [operation.id, operation.body]));
  const cache: PersistedQueryCache = {
    // Apollo prefixes the hash ("apq:<sha256>") to share one cache among its features.
    get: async (key) => bodies.get(key.slice(key.lastIndexOf(":") + 1)),
    set: async () => {},
    delete: async () => false,
  };
  const plugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operationName }) {
          if (bodies.has(sha256(print(document)))) return;
          throw userError(
            ErrorCode.persistedQueryNotRegistered,
            `This server only runs registered operations, and ${operationName ? `operation ${operationName}` : "this document"} is not one of its ${bodies.size}; register it in the persisted operation manifest.`,
          );
        },
      };
    },
  };
  return { cache, plugin };
}
