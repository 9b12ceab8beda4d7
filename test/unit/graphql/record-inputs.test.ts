import {
  GraphQLEnumType,
  type GraphQLInputField,
  GraphQLInputObjectType,
  type GraphQLInputType,
  getNamedType,
  getNullableType,
  isListType,
  isNonNullType,
} from "graphql";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { schema } from "../../../src/graphql/schema.js";
import { type WritableKind, writableKinds } from "../../../src/records/kind-catalogue.js";
import { articleFile } from "../../../src/records/record-shapes.js";

// A mutation's input is the record's article-file entry in GraphQL: the same fields, required
// alike, with `source` standing for the entry's `excerpt` (record-mutations.ts, recordOf). One
// validation serves seeds, imports and mutations only while the two agree.

/** The GraphQL field that carries the zod field `excerpt`: SourceInput { article, excerpt }. */
const excerptCarrier = "source";

function inputType(name: string): GraphQLInputObjectType {
  const type = schema.getType(name);
  if (!(type instanceof GraphQLInputObjectType)) throw new Error(`${name} is not an input type of the schema`);
  return type;
}

/** The record shape of a collection: the element of its zod array, behind `.default([])` and any refine. */
function recordShape(kind: WritableKind): Record<string, z.ZodType> {
  return articleFile.shape[writableKinds[kind].collection].unwrap().element.shape;
}

/** A zod field without the wrappers that only say whether it may be left out. */
function unwrapped(field: z.ZodType): z.ZodType {
  const def = field._zod.def as { type: string; innerType?: z.ZodType };
  return ["optional", "default", "prefault", "nullable"].includes(def.type) && def.innerType ? unwrapped(def.innerType) : field;
}

/** Required in the article file: neither optional nor defaulted (zod 4 counts both as optional). */
const requiredInZod = (field: z.ZodType) => !field.isOptional();

const enumValuesOf = (field: z.ZodType): string[] | undefined => {
  const inner = unwrapped(field);
  return inner._zod.def.type === "enum" ? (inner as z.ZodEnum).options.map(String).sort() : undefined;
};

const graphqlEnumValuesOf = (type: GraphQLInputType): string[] | undefined => {
  const named = getNamedType(type);
  return named instanceof GraphQLEnumType
    ? named
        .getValues()
        .map((value) => value.value as string)
        .sort()
    : undefined;
};

const writable = Object.keys(writableKinds) as WritableKind[];

describe.each(writable)("Create%sInput", (kind) => {
  const create = inputType(`Create${kind}Input`);
  const fields = create.getFields();
  const shape = recordShape(kind);

  it("has the fields of the record's article-file entry, with source for excerpt", () => {
    const asZodFields = [...Object.keys(fields).filter((name) => name !== excerptCarrier), "excerpt"];
    expect(asZodFields.sort()).toEqual(Object.keys(shape).sort());
  });

  it("requires a field exactly when the article file requires it", () => {
    for (const [name, field] of Object.entries(shape)) {
      const graphqlField = name === "excerpt" ? fields[excerptCarrier] : fields[name];
      expect(graphqlField, name).toBeDefined();
      expect(isNonNullType(graphqlField!.type), `${kind}.${name}`).toBe(requiredInZod(field));
    }
  });

  it("takes a list exactly where the article file takes an array", () => {
    for (const [name, field] of Object.entries(shape)) {
      if (name === "excerpt") continue;
      expect(isListType(getNullableType(fields[name]!.type)), `${kind}.${name}`).toBe(unwrapped(field)._zod.def.type === "array");
    }
  });

  it("offers the same values as the article file for every enum field", () => {
    for (const [name, field] of Object.entries(shape)) {
      if (name === "excerpt") continue;
      expect(graphqlEnumValuesOf(fields[name]!.type), `${kind}.${name}`).toEqual(enumValuesOf(field));
    }
  });

  it("takes the excerpt in a required source, with the article it is from", () => {
    const source = fields[excerptCarrier]!;
    expect(String(source.type)).toBe("SourceInput!");
    const sourceFields = inputType("SourceInput").getFields();
    expect(Object.fromEntries(Object.entries(sourceFields).map(([name, field]) => [name, String(field.type)]))).toEqual({
      article: "String!",
      excerpt: "String!",
    });
  });
});

describe.each(writable)("Update%sInput", (kind) => {
  const typeOf = (field: GraphQLInputField) => String(field.type);
  const create = inputType(`Create${kind}Input`).getFields();
  const update = inputType(`Update${kind}Input`).getFields();

  it("has the create fields, typed alike, plus the record's ID and the version it was read at", () => {
    const { id, version, ...rest } = update;
    expect(id && typeOf(id)).toBe("ID!");
    expect(version && typeOf(version)).toBe("Int!");
    expect(Object.fromEntries(Object.entries(rest).map(([name, field]) => [name, typeOf(field)]))).toEqual(
      Object.fromEntries(Object.entries(create).map(([name, field]) => [name, typeOf(field)])),
    );
  });
});

describe("the writable record inputs", () => {
  it("exist for exactly the writable kinds, with a retire input of ID and version", () => {
    const inputs = Object.keys(schema.getTypeMap()).filter((name) => /^(Create|Update|Retire)\w+Input$/.test(name));
    const expected = writable.flatMap((kind) => [`Create${kind}Input`, `Update${kind}Input`, `Retire${kind}Input`]);
    expect(inputs.sort()).toEqual(expected.sort());
    for (const kind of writable) {
      const retire = inputType(`Retire${kind}Input`).getFields();
      expect(Object.fromEntries(Object.entries(retire).map(([name, field]) => [name, String(field.type)]))).toEqual({ id: "ID!", version: "Int!" });
    }
  });

  it("requires the natural key each record is written by", () => {
    for (const kind of writable) {
      const { naturalKey } = writableKinds[kind];
      const field = inputType(`Create${kind}Input`).getFields()[naturalKey];
      expect(field && String(field.type), `${kind}.${naturalKey}`).toBe("String!");
    }
  });
});
