import fs from "node:fs";
import path from "node:path";
import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "../../src/db/database-url.js";
import { useTestServer } from "../helpers/test-server.js";
import { editorOf, regionCodes } from "../helpers/tokens.js";
import { createApolloClient } from "./apollo-client.js";
import { BaoshanCraftsmanStudiosDocument, ReportFigureDocument, type ReportFigureMutationVariables } from "./generated/graphql.js";
import { createUrqlClient } from "./urql-client.js";

// The README's client set-ups, as written (the README shows these files; a test below checks it),
// compiled by the typecheck and run here against the real server.

const server = useTestServer();

/** A figure whose excerpt is not in its article: refused as BAD_USER_INPUT, nothing written. */
const refusedFigure: ReportFigureMutationVariables = {
  input: {
    key: "baoshan/client-setup-test",
    indicator: "honours.persons",
    region: regionCodes.baoshan,
    statedAs: "6名",
    qualifier: "EXACT",
    value: 6,
    source: { article: "000-2dc913a942106495/yunnan-baoshan-federation-of-trade-unions", excerpt: "这句话不在文章里，6名" },
  },
};

describe("Apollo Client", () => {
  it("reads a README question with its typed document", async () => {
    const client = createApolloClient(server.url);
    const { data } = await client.query({ query: BaoshanCraftsmanStudiosDocument });
    expect(data?.studios.nodes[0]?.quantity).toEqual({ __typename: "Quantity", qualifier: "EXACT", value: 7, unit: "COUNT", statedAs: "7个" });
  });

  it("reads a refused write's MutationError code, because the cache has the generated possibleTypes", async () => {
    const client = createApolloClient(server.url, await editorOf(regionCodes.baoshan));
    const { data } = await client.mutate({ mutation: ReportFigureDocument, variables: refusedFigure });
    const result = data?.createReportedFigure;
    expect(result?.__typename).toBe("InvalidInputError");
    expect(result && "code" in result ? result.code : undefined).toBe("BAD_USER_INPUT");
  });

  it("without possibleTypes reads the same answer with code undefined (why the README says to generate them)", async () => {
    const client = new ApolloClient({
      link: new HttpLink({ uri: server.url, headers: { authorization: `Bearer ${await editorOf(regionCodes.baoshan)}` } }),
      cache: new InMemoryCache(),
    });
    const { data } = await client.mutate({ mutation: ReportFigureDocument, variables: refusedFigure });
    const result = data?.createReportedFigure as Record<string, unknown> | undefined;
    expect(result?.__typename).toBe("InvalidInputError");
    expect(result?.code).toBeUndefined();
  });
});

describe("urql", () => {
  it("reads a README question and a refused write's code, all by POST", async () => {
    const client = createUrqlClient(server.url, await editorOf(regionCodes.baoshan));
    const read = await client.query(BaoshanCraftsmanStudiosDocument, {}).toPromise();
    expect(read.error).toBeUndefined();
    expect(read.data?.namedStudios.totalCount).toBe(0);
    const written = await client.mutation(ReportFigureDocument, refusedFigure).toPromise();
    const result = written.data?.createReportedFigure;
    expect(result && "code" in result ? result.code : undefined).toBe("BAD_USER_INPUT");
  });
});

describe("the README", () => {
  const readme = fs.readFileSync(path.join(repositoryRoot, "README.md"), "utf8");
  it.each(["test/client/apollo-client.ts", "test/client/urql-client.ts", "codegen.ts"])("shows %s as it is", (file) => {
    // The block may be indented (inside a list item): the indentation of its fence is taken off every line.
    const block = new RegExp(`<!-- file: ${file.replace(/\./g, "\\.")} -->\n( *)\`\`\`ts\n([\\s\\S]*?)\n\\1\`\`\``).exec(readme);
    const shown = block?.[2]
      ?.split("\n")
      .map((line) => line.slice(block[1]!.length))
      .join("\n");
    expect(shown, `README has no <!-- file: ${file} --> block`).toBeDefined();
    expect(shown).toBe(fs.readFileSync(path.join(repositoryRoot, file), "utf8").trimEnd());
  });
});
