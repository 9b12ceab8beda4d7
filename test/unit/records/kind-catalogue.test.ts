import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { getDatamodel } from "../../../src/generated/pothos-types.js";
import { Prisma, RecordKind } from "../../../src/generated/sqlite/index.js";
import {
  type Collection,
  collections,
  countedRecords,
  datedKinds,
  declaringCollections,
  kindCatalogue,
  kindOf,
  type ModelName,
  type ReferenceKind,
  referenceLookups,
  talliedKinds,
  tallyKindOfModel,
  tallyKinds,
  writableKinds,
} from "../../../src/records/kind-catalogue.js";
import { articleFile } from "../../../src/records/record-shapes.js";
import { referenceFields } from "../../../src/records/references.js";

// The catalogue every per-kind table is derived from must agree with the three things it
// describes: the Prisma datamodel, the article-file shapes and the reference table.

/** The datamodel (DMMF) the Prisma client and the Pothos plugin are generated from. */
const models = getDatamodel().datamodel.models;
const capitalised = (model: string) => model.charAt(0).toUpperCase() + model.slice(1);
const fieldsOf = (model: ModelName) => {
  const found = models[capitalised(model)];
  if (!found) throw new Error(`no Prisma model ${capitalised(model)}`);
  return found.fields;
};
const scalarColumnsOf = (model: ModelName) => fieldsOf(model).flatMap((field) => (field.kind === "object" ? [] : [field.name]));

/** The record shape of one article-file collection: its zod array's element, behind `.default([])`. */
function elementShapeOf(collection: Collection): Record<string, z.ZodType> {
  const list = articleFile.shape[collection].unwrap();
  return list.element.shape;
}

const expectedWritable = {
  ReportedFigure: "figures",
  Honour: "honours",
  CraftsmanStudio: "craftsmanStudios",
  DemonstrationPoint: "demonstrationPoints",
  InnovationProject: "innovationProjects",
  FundingAllocation: "funding",
  PolicyDocument: "policyDocuments",
} as const;

describe("the kind catalogue", () => {
  it("has a collection for every collection of an article file, and no other", () => {
    const articleCollections = Object.keys(articleFile.shape).filter((name) => name !== "article");
    expect([...collections].sort()).toEqual(articleCollections.sort());
  });

  it("tallies every RecordKind of the Prisma enum in exactly one collection", () => {
    const enumValues = Object.values(RecordKind);
    expect(enumValues).toHaveLength(7);
    for (const kind of enumValues) {
      const tallying = collections.filter((collection) => kindOf(collection).tally?.kind === kind);
      expect(tallying, kind).toHaveLength(1);
      expect(talliedKinds[kind].collection).toBe(tallying[0]);
    }
    expect([...tallyKinds].sort()).toEqual([...enumValues].sort());
  });

  it("finds a tally kind by its model, and none for untallied models", () => {
    expect(tallyKindOfModel("honour")).toBe("HONOURS");
    expect(tallyKindOfModel("fundingAllocation")).toBe("FUNDING");
    expect(tallyKindOfModel("craftsmanStudio")).toBe("CRAFTSMAN_STUDIOS");
    expect(tallyKindOfModel("reportedFigure")).toBeUndefined();
    expect(tallyKindOfModel("organisation")).toBeUndefined();
  });

  it("makes exactly the seven record types editors write writable, each mapping back to its collection", () => {
    expect(Object.keys(writableKinds).sort()).toEqual(Object.keys(expectedWritable).sort());
    for (const [kind, collection] of Object.entries(expectedWritable)) {
      const facts = writableKinds[kind as keyof typeof expectedWritable];
      expect(facts.collection, kind).toBe(collection);
      expect(facts.writableAs, kind).toBe(kind);
      expect(kindOf(collection).writableAs, kind).toBe(kind);
      expect(facts.model, kind).toBe(kindOf(collection).model);
    }
  });

  it("versions every writable kind", () => {
    for (const [kind, facts] of Object.entries(writableKinds)) expect(facts.versioned, kind).toBe(true);
  });

  it("makes retirable exactly the tallied kinds whose records are versioned", () => {
    const versionedTallies = collections.flatMap((collection) => {
      const { tally, versioned } = kindOf(collection);
      return tally && versioned ? [tally.kind] : [];
    });
    const retirable = tallyKinds.filter((kind) => talliedKinds[kind].retirable);
    expect(retirable.sort()).toEqual(versionedTallies.sort());
    expect(retirable.sort()).toEqual(["CRAFTSMAN_STUDIOS", "DEMONSTRATION_POINTS", "FUNDING", "HONOURS", "INNOVATION_PROJECTS"]);
    // Retired records stop counting; skill competitions and service facilities have no versions, so cannot be retired.
    for (const kind of retirable) expect(countedRecords(kind), kind).toMatchObject({ retiredAt: null });
    expect(countedRecords("SERVICE_FACILITIES")).toEqual({});
  });

  it("counts skill competitions only once held: one planned for next year is not one held", () => {
    expect(countedRecords("SKILL_COMPETITIONS")).toEqual({ status: "HELD" });
  });

  it("dates exactly honours and funding", () => {
    expect([...datedKinds].sort()).toEqual(["FUNDING", "HONOURS"]);
  });

  it("names a real Prisma delegate as every model", () => {
    const delegates = new Set(Object.values(Prisma.ModelName).map((name) => name.charAt(0).toLowerCase() + name.slice(1)));
    for (const collection of collections) expect(delegates.has(kindOf(collection).model), collection).toBe(true);
    for (const [kind, lookup] of Object.entries(referenceLookups)) expect(delegates.has(lookup.model), kind).toBe(true);
  });

  it("keys and places every collection by fields of its record shape", () => {
    for (const collection of collections) {
      const shape = elementShapeOf(collection);
      const { naturalKey, placingFields } = kindOf(collection);
      expect(Object.keys(shape), `${collection}.${naturalKey}`).toContain(naturalKey);
      for (const field of placingFields) expect(Object.keys(shape), `${collection}.${field}`).toContain(field);
    }
  });

  it("places records only through fields that name a region, organisation or person", () => {
    for (const collection of collections) {
      for (const field of kindOf(collection).placingFields) {
        expect(["region", "organisation", "person"], `${collection}.${field}`).toContain(referenceFields[field]);
      }
    }
  });

  it("stores every natural key as a unique column of the collection's model", () => {
    for (const collection of collections) {
      const { model, naturalKey } = kindOf(collection);
      const column = fieldsOf(model).find((field) => field.name === naturalKey);
      expect(column?.isUnique, `${model}.${naturalKey}`).toBe(true);
    }
  });

  it("can look up every kind of reference the reference table names, declared or reference data", () => {
    const usedKinds = new Set<ReferenceKind>(Object.values(referenceFields));
    const declared = new Set(declaringCollections.map(({ kind }) => kind));
    const referenceData = new Set<ReferenceKind>(["region", "indicator", "sourceDocument"]);
    for (const kind of usedKinds) {
      expect(declared.has(kind) || referenceData.has(kind), kind).toBe(true);
      const lookup = referenceLookups[kind];
      expect(lookup, kind).toBeDefined();
      const column = fieldsOf(lookup.model).find((field) => field.name === lookup.naturalKey);
      expect(column?.isUnique, `${kind}: ${lookup.model}.${lookup.naturalKey}`).toBe(true);
    }
    expect(Object.keys(referenceLookups).sort()).toEqual([...usedKinds].sort());
  });

  it("declares each reference kind in one collection only, by that collection's natural key", () => {
    const kinds = declaringCollections.map(({ kind }) => kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    for (const { collection, kind, naturalKey } of declaringCollections) {
      expect(naturalKey, collection).toBe(kindCatalogue[collection].naturalKey);
      expect(referenceLookups[kind], kind).toEqual({ model: kindOf(collection).model, naturalKey });
    }
    expect(Object.fromEntries(declaringCollections.map(({ collection, kind }) => [kind, collection]))).toEqual({
      organisation: "organisations",
      person: "persons",
      policyDocument: "policyDocuments",
      honourTitle: "honourTitles",
      skillCompetition: "skillCompetitions",
      serviceFacility: "serviceFacilities",
    });
  });

  it("compares organisations by a real column of every tallied model, and splits by real columns", () => {
    const tallyColumns = scalarColumnsOf("recordTally");
    for (const kind of tallyKinds) {
      const { model, organisationColumn, splits } = talliedKinds[kind];
      expect(scalarColumnsOf(model), `${kind}: ${model}.${organisationColumn}`).toContain(organisationColumn);
      for (const [split, column] of Object.entries(splits)) {
        expect(tallyColumns, `RecordTally.${split}`).toContain(split);
        expect(scalarColumnsOf(model), `${kind}: ${model}.${column}`).toContain(column);
      }
    }
  });

  it("versions a collection exactly when its model has version and retirement columns", () => {
    for (const collection of collections) {
      const { model, versioned } = kindOf(collection);
      const columns = scalarColumnsOf(model);
      expect(columns.includes("version") && columns.includes("retiredAt"), model).toBe(versioned);
    }
  });
});
