import { describe, expect, it } from "vitest";
import { SettingError } from "../../../src/errors/setting-error.js";
import { nodeStandInsForPartners, partnerStandIn, withPartnerNodeTypes } from "../../../src/graphql/partner-nodes.js";
import { schema } from "../../../src/graphql/schema.js";

// The stand-ins for a Relay-style partner's Node types (README, "Relay-style partners").

const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

describe("withPartnerNodeTypes", () => {
  it("leaves the schema itself when there is no partner", () => {
    expect(withPartnerNodeTypes(schema, [])).toBe(schema);
  });

  it("refuses, as a setting, a name that is no type name, is repeated or is one of ours", () => {
    for (const [names, message] of [
      [["Training Course"], '"Training\\u{20}Course" is not a type name such as TrainingCourse'],
      [["Training\u200bCourse"], '"Training\\u{200b}Course" is not a type name'],
      [["__Schema"], '"__Schema" is not a type name'],
      [["link__Import"], '"link__Import" is not a type name'],
      [["_FieldSet"], '"_FieldSet" is not a type name'],
      [["trainingCourse"], '"trainingCourse" is not a type name'],
      [["Subscription"], "Subscription is a name the schema reserves"],
      [["FieldSet"], "FieldSet is a name the schema reserves"],
      [["Float"], "Float is a name the schema reserves"],
      [["Survey", "Survey"], "names Survey twice"],
      [["Region"], "names Region, which is a type of this API"],
      [["PageInfo"], "names PageInfo, which is a type of this API"],
    ] as const) {
      expect(() => withPartnerNodeTypes(schema, names)).toThrow(SettingError);
      expect(() => withPartnerNodeTypes(schema, names)).toThrow(message);
    }
  });

  it("adds each as a Node with only its ID, not an entity of ours, and keeps our own", () => {
    const extended = withPartnerNodeTypes(schema, ["Survey", "TrainingCourse"]);
    const survey = extended.getType("Survey") as any;
    expect(Object.keys(survey.getFields())).toEqual(["id"]);
    expect(survey.getInterfaces().map((face: any) => face.name)).toEqual(["Node"]);
    expect((extended.getType("_Entity") as any).getTypes().map((type: any) => type.name)).not.toContain("Survey");
    expect(Object.keys(extended.getTypeMap()).length).toBe(Object.keys(schema.getTypeMap()).length + 2);
    expect(nodeStandInsForPartners(extended)).toBe(nodeStandInsForPartners(schema));
  });
});

describe("partnerStandIn", () => {
  const extended = withPartnerNodeTypes(schema, ["Survey"]);

  it("reads a partner's Relay ID in base64 or base64url, keeping the ID as given", () => {
    for (const id of [base64("Survey:S-1"), Buffer.from("Survey:S/1?").toString("base64url"), base64("Survey:调查-1")]) {
      expect(partnerStandIn(extended, id)).toEqual({ __typename: "Survey", id });
    }
  });

  it("answers nothing for an ID of another type, an empty or uncanonical key, padding, a foreign character or junk", () => {
    const invalidUtf8 = Buffer.concat([Buffer.from("Survey:"), Buffer.from([0xff, 0xfe])]).toString("base64");
    const strayBits = `${base64("Survey:S-1").replace(/=+$/, "").slice(0, -1)}R`;
    expect(Buffer.from(strayBits, "base64").toString()).toBe("Survey:S-1");
    for (const id of [
      base64("Region:12"),
      base64("Survey:"),
      base64("Survey"),
      base64(":S-1"),
      ` ${base64("Survey:S-1")}`,
      `${base64("Survey:S-1")}\u200b`,
      base64(" Survey:S-1"),
      base64("Survey: S-1 "),
      base64("Survey:S\u0000"),
      base64("Survey:S\u200b1"),
      base64("Survey:S\n1"),
      invalidUtf8,
      strayBits,
      base64(`Survey:${"x".repeat(600)}`),
      "",
    ]) {
      expect(partnerStandIn(extended, id)).toBeUndefined();
    }
    expect(partnerStandIn(schema, base64("Survey:S-1"))).toBeUndefined();
  });
});
