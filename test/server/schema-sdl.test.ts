import fs from "node:fs";
import path from "node:path";
import { graphql, isScalarType, specifiedScalarTypes } from "graphql";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "../../src/db/database-url.js";
import { printedSchema, schema } from "../../src/graphql/schema.js";

describe("schema/schema.graphql", () => {
  it("is the SDL the code builds (run `npm run schema` after changing the schema)", () => {
    const committed = fs.readFileSync(path.join(repositoryRoot, "schema/schema.graphql"), "utf8");
    expect(committed).toBe(printedSchema());
  });
});

describe("custom scalars", () => {
  const custom = Object.values(schema.getTypeMap()).filter(
    (type) =>
      isScalarType(type) &&
      !specifiedScalarTypes.some((builtIn) => builtIn.name === type.name) &&
      type.name !== "_Any" &&
      type.name !== "link__Import" &&
      type.name !== "federation__FieldSet" &&
      type.name !== "federation__Scope" &&
      type.name !== "federation__Policy",
  );

  it("each say where their format is specified, in the SDL (@specifiedBy) and in introspection", async () => {
    expect(custom.map((type) => type.name).sort()).toEqual(["DateTime", "JSONObject", "NonNegativeInt", "Period", "PositiveInt", "SafeInt"]);
    const sdl = fs.readFileSync(path.join(repositoryRoot, "schema/schema.graphql"), "utf8");
    for (const type of custom) {
      expect(sdl, type.name).toMatch(new RegExp(`scalar ${type.name}\\s+@specifiedBy\\(url: "https://[^"]+"\\)`));
    }
    const answer = await graphql({ schema, source: "{ __schema { types { name kind specifiedByURL } } }" });
    const specified = (answer.data as any).__schema.types.filter((type: any) => type.kind === "SCALAR" && type.specifiedByURL).map((type: any) => type.name);
    expect(specified.sort()).toEqual(custom.map((type) => type.name).sort());
  });

  it("each have a TypeScript type in the client codegen configuration", async () => {
    const { scalars } = await import("../../codegen.js");
    expect(Object.keys(scalars).sort()).toEqual(custom.map((type) => type.name).sort());
  });
});
