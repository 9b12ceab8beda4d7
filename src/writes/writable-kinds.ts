import { storedCollections } from "./stored-collections.js";

/** The records city editors write one at a time, by GraphQL type: the article-file collection their input has the shape of. */
const collections = {
  ReportedFigure: { collection: "figures", label: "reported figure" },
  Honour: { collection: "honours", label: "honour" },
  CraftsmanStudio: { collection: "craftsmanStudios", label: "craftsman studio" },
  DemonstrationPoint: { collection: "demonstrationPoints", label: "demonstration point" },
  InnovationProject: { collection: "innovationProjects", label: "innovation project" },
  FundingAllocation: { collection: "funding", label: "funding allocation" },
  PolicyDocument: { collection: "policyDocuments", label: "policy document" },
} as const;

export type WritableKind = keyof typeof collections;

export const writableKinds = Object.fromEntries(
  Object.entries(collections).map(([kind, entry]) => [kind, { ...entry, ...storedCollections[entry.collection] }]),
) as { [K in WritableKind]: (typeof collections)[K] & (typeof storedCollections)[(typeof collections)[K]["collection"]] };
