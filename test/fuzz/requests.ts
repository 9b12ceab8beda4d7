import { maxRequestBytes } from "../../src/http/server.js";
import type { GraphQLOperation, OperationGenerator } from "./operations.js";
import type { FuzzRandom } from "./random.js";

/** One request of the fuzz run: what kind of input it is, and either its HTTP parts or raw bytes for the socket. */
export interface FuzzRequest {
  kind: string;
  method: string;
  /** Path and query string, e.g. `/graphql?query=…`. */
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** Sent as it is on a fresh TCP connection, for request lines no HTTP client would write. */
  raw?: string;
}

const json = { "content-type": "application/json" };

const post = (kind: string, body: string | Buffer, headers: Record<string, string> = json): FuzzRequest => ({
  kind,
  method: "POST",
  path: "/graphql",
  headers,
  body,
});

export const graphQLRequest = (kind: string, operation: GraphQLOperation): FuzzRequest => post(kind, JSON.stringify(operation));

/** Values of the wrong type for any variable: a string, a float, an object, a list, huge and deeply nested ones. */
const wrongValues: unknown[] = [
  "abc",
  1.5,
  true,
  {},
  [],
  { nested: [1, "x"] },
  2 ** 53 + 2,
  -1e300,
  "9".repeat(400),
  JSON.parse(`${"[".repeat(200)}${"]".repeat(200)}`),
];

const strangeContentTypes = [
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=xyz",
  "application/graphql",
  "application/json; charset=utf-16",
  "application/jsonx",
  "application/graphql-response+json",
  "*/*",
  "",
];

const brokenJsonBodies = [
  "",
  "{",
  '{"query": ',
  "{'query': '{ regions { totalCount } }'}",
  "null",
  "[]",
  '"{ regions { totalCount } }"',
  "123",
  '{"query": null}',
  '{"query": 1}',
  '{"query": ["{ regions { totalCount } }"]}',
  '{"query": "{ regions { totalCount } }", "variables": "x"}',
  '{"query": "{ regions { totalCount } }", "variables": [1]}',
  '{"query": "{ regions { totalCount } }", "operationName": 5}',
  '{"query": "query A { __typename }", "operationName": "B"}',
  '{"query": "{ regions { totalCount } }", "extensions": "x"}',
  '{"query": "{ regions { totalCount } }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "00"}}}',
  '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38"}}}',
  '{"extensions": {"persistedQuery": {"version": 2}}}',
  '[{"query": "{ regions { totalCount } }"}, {"query": "{ regions { totalCount } }"}]',
  '{"query": "{ regions(first: 1e999) { totalCount } }"}',
  '{"query": "query($n: Int) { regions(first: $n) { totalCount } }", "variables": {"n": 1e999}}',
  '{"query": "query($n: Int) { regions(first: $n) { totalCount } }", "variables": {"n": -1e999}}',
  '{"__proto__": {"query": "{ regions { totalCount } }"}}',
  '{"query": "{ regions { totalCount } }", "variables": {"__proto__": {"polluted": true}}}',
  `{"a":${'{"a":'.repeat(5000)}1${"}".repeat(5000)}}`,
];

/** Documents that parse (or nearly) but break a rule: unknown names, fragment cycles, wrong directives, subscriptions. */
const invalidDocuments = [
  "{ noSuchField }",
  "{ regions { noSuchField } }",
  "{ regions(noSuchArgument: 1) { totalCount } }",
  "{ region }",
  "{ regions }",
  "{ __typename ...F } fragment F on Query { ...F }",
  "{ regions { ...F } } fragment F on NoSuchType { x }",
  '{ regions @skip(if: "yes") { totalCount } }',
  "{ regions @include { totalCount } }",
  "{ regions @noSuchDirective { totalCount } }",
  "subscription { regions { totalCount } }",
  "query A { __typename } query B { __typename }",
  "query A { __typename } query A { __typename }",
  "mutation { __typename }",
  "query($x: NoSuchType) { __typename }",
  "query($x: Int!) { __typename }",
  "query($x: Int) { regions(first: $y) { totalCount } }",
  '{ region(code: "\\uD800") { nameZh } }',
  "{ régions { totalCount } }",
  "{ 区域 }",
  "\ufeff{ __typename }",
  "# only a comment",
  "{ __schema { types { name fields { name args { name type { name ofType { name ofType { name } } } } } } } }",
  '{ __type(name: "Region") { name fields { name } } }',
  "query { __typename } extra tokens",
  "{ regions(first: 99999999999999999999999) { totalCount } }",
  "{ regions(first: 1.5) { totalCount } }",
  "{ regions(first: -2147483649) { totalCount } }",
  "{ nodes(ids: []) { id } }",
];

/**
 * The mutated and garbage half of the fuzz run. Each entry is a weight and a maker; most start
 * from a generated valid operation and break it, the rest are fixed pathological inputs.
 */
export function garbageRequest(random: FuzzRandom, operations: OperationGenerator): FuzzRequest {
  const makers: (readonly [number, () => FuzzRequest])[] = [
    [
      4,
      () => {
        const { query, variables } = operations.operation();
        return graphQLRequest("truncated query", { query: query.slice(0, random.int(0, query.length - 1)), variables });
      },
    ],
    [
      4,
      () => {
        const operation = operations.operation();
        const names = Object.keys(operation.variables);
        const variables = names.length > 0 ? { ...operation.variables, [random.pick(names)]: random.pick(wrongValues) } : { unused: random.pick(wrongValues) };
        return graphQLRequest("wrong variable types", { query: operation.query, variables });
      },
    ],
    [
      2,
      () => {
        const { query, variables } = operations.operation();
        const huge = () => random.pick(["99999999999999999999999", "1e999", "-1e999", "2147483648", "-2147483649", "9007199254740993", "0.0000001"]);
        return post(
          "huge numbers",
          `{"query": ${JSON.stringify(query.replace(/\b\d+\b/g, huge))}, "variables": ${JSON.stringify(variables).replace(/(?<=:)-?\d+(\.\d+)?/g, huge)}}`,
        );
      },
    ],
    [2, () => graphQLRequest("deep valid nesting", operations.operation({ maxDepth: random.int(8, 14), breadth: 1 }))],
    [
      1,
      () => {
        const depth = random.pick([100, 1000, 10_000, 50_000]);
        const query = random.chance(0.5) ? `{ ${"regions { nodes { ".repeat(depth)}id${" } }".repeat(depth)} }` : `${"{".repeat(depth)}${"}".repeat(depth)}`;
        return graphQLRequest("deep nesting", { query, variables: {} });
      },
    ],
    [
      1,
      () => {
        const depth = random.pick([10, 1000, 5000]);
        // Written as text: JSON.stringify itself runs out of stack on lists this deep.
        return post(
          "deep variable value",
          `{"query": "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", "variables": {"ids": ${"[".repeat(depth)}${"]".repeat(depth)}}}`,
        );
      },
    ],
    [
      3,
      () => {
        const { query, variables } = operations.operation();
        const unknown = random.pick(["noSuchField", "__noSuch", "id", "totalCount", "nodes { id }", "edges { cursor }", `f${random.int(0, 99)}(x: 1)`]);
        const braces = [...query.matchAll(/\{/g)];
        const at = random.pick(braces).index + 1;
        return graphQLRequest("unknown fields", { query: `${query.slice(0, at)} ${unknown} ${query.slice(at)}`, variables });
      },
    ],
    [3, () => post("invalid JSON body", random.pick(brokenJsonBodies))],
    [3, () => graphQLRequest("invalid document", { query: random.pick(invalidDocuments), variables: {} })],
    [
      3,
      () => post("wrong content type", JSON.stringify(operations.operation()), random.chance(0.9) ? { "content-type": random.pick(strangeContentTypes) } : {}),
    ],
    [
      3,
      () => {
        const { query, variables } = operations.operation();
        const search = random.pick([
          `?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify(variables))}`,
          `?query=${encodeURIComponent(query)}&variables=%7Bnot-json`,
          `?query=%E0%A4%A&variables=%`,
          `?query=${encodeURIComponent("mutation { __typename }")}`,
          "",
          `?${"a=1&".repeat(2000)}`,
        ]);
        const headers: Record<string, string> = random.chance(0.5) ? { "apollo-require-preflight": "true" } : {};
        return { kind: "GET request", method: "GET", path: `/graphql${search}`, headers };
      },
    ],
    [
      2,
      () => ({
        kind: "other method",
        method: random.pick(["PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"]),
        path: "/graphql",
        headers: json,
        body: JSON.stringify(operations.operation()),
      }),
    ],
    [
      1,
      () => {
        const size = maxRequestBytes + random.pick([-200, -1, 0, 1, 5000]);
        const query = "{ regions { totalCount } }";
        const envelope = JSON.stringify({ query, padding: "" });
        return post("body near the size limit", envelope.replace('"padding":""', `"padding":"${"x".repeat(Math.max(0, size - envelope.length))}"`));
      },
    ],
    [
      1,
      () => {
        const aliases = random.pick([100, 1000, 20_000]);
        const query = `{ ${Array.from({ length: aliases }, (_, index) => `a${index}: __typename`).join(" ")} }`;
        return graphQLRequest("many aliases", { query, variables: {} });
      },
    ],
    [
      1,
      () => {
        const copies = random.pick([10, 50, 200]);
        const query = `{ ${Array.from({ length: copies }, (_, index) => `r${index}: regions(first: 100) { totalCount nodes { code } }`).join(" ")} }`;
        return graphQLRequest("repeated root fields", { query, variables: {} });
      },
    ],
    [
      3,
      () => {
        const { query, variables } = operations.operation();
        const body = JSON.stringify({ query, variables });
        return post(
          "unicode and bad encodings",
          random.pick([
            Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]),
            Buffer.concat([Buffer.from(body.slice(0, -2)), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from(body.slice(-2))]),
            Buffer.from(body, "utf16le"),
            JSON.stringify({ query: `{ region(code: ${JSON.stringify(random.text(30))}) { nameZh } }`, variables: {} }),
            JSON.stringify({ query: `${query} # ${random.text(50)}`, variables }),
          ]),
        );
      },
    ],
    [3, () => post("random bytes", random.bytes(random.int(0, 2000)), random.chance(0.7) ? json : { "content-type": "application/octet-stream" })],
    [
      1,
      () => ({
        kind: "malformed request line",
        method: "GET",
        path: "",
        headers: {},
        raw: random.pick([
          "GET http://[ HTTP/1.1\r\nHost: x\r\n\r\n",
          "GET http://[::1 HTTP/1.1\r\nHost: x\r\n\r\n",
          "GET //graphql HTTP/1.1\r\nHost: x\r\n\r\n",
          "OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n",
          "GET /graphql?query=%%% HTTP/1.1\r\nHost: x\r\n\r\n",
          "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
          "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n",
          "GET /graphql HTTP/9.9\r\n\r\n",
          "\x00\x01\x02 garbage\r\n\r\n",
        ]),
      }),
    ],
    [
      1,
      () => ({
        kind: "other path",
        method: random.pick(["GET", "POST"]),
        path: random.pick(["/graphql/", "/GRAPHQL", "/healthz?x=1", "/readyz", "/metrics", "/", "/%ff", "/graphql%00"]),
        headers: json,
      }),
    ],
  ];
  return random.among(makers)();
}
