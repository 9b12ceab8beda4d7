import { type GraphQLNamedType, isEnumType, isInputObjectType, isInterfaceType, isIntrospectionType, isObjectType, isSpecifiedScalarType } from "graphql";
import { describe, expect, it } from "vitest";
import { schema } from "../../src/graphql/schema.js";

/** Federation's own machinery (_service, _entities, _Any, link__Import …) is Apollo's to document. */
const isFederationMachinery = (name: string) => name.startsWith("_") || name.startsWith("link__") || name.startsWith("federation__");

function undocumented(type: GraphQLNamedType): string[] {
  const missing: string[] = [];
  if (!type.description) missing.push(type.name);
  if (isObjectType(type) || isInterfaceType(type)) {
    for (const field of Object.values(type.getFields())) {
      if (isFederationMachinery(field.name)) continue;
      if (!field.description) missing.push(`${type.name}.${field.name}`);
      for (const argument of field.args) if (!argument.description) missing.push(`${type.name}.${field.name}(${argument.name})`);
    }
  }
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) if (!field.description) missing.push(`${type.name}.${field.name}`);
  }
  if (isEnumType(type)) {
    for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
  }
  return missing;
}

describe("schema documentation", () => {
  it("describes every type, field, argument, input field and enum value", () => {
    const types = Object.values(schema.getTypeMap()).filter(
      (type) => !isIntrospectionType(type) && !isSpecifiedScalarType(type) && !isFederationMachinery(type.name),
    );
    expect(types.length).toBeGreaterThan(50);
    expect(types.flatMap(undocumented)).toEqual([]);
  });
});
