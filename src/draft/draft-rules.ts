import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ArticleSection, PolicyDocumentKind, PolicyDocumentStatus } from "../generated/sqlite/index.js";

// The rules a draft is made with, kept as data next to the indicator registry
// (seeds/reference/draft-rules.json) and checked when read: a rule naming no section fails loudly.

export const draftRulesShape = z.strictObject({
  description: z.string().optional(),
  sectionHeads: z.record(z.string().min(1), z.enum(ArticleSection)),
  documentKinds: z.array(z.tuple([z.string().min(1), z.enum(PolicyDocumentKind)])),
  documentStatuses: z.array(z.tuple([z.string().min(1), z.enum(PolicyDocumentStatus)])),
  issuingVerbs: z.array(z.string().min(1)),
  personCues: z.array(z.string().min(1)),
  compoundSurnames: z.array(z.string().length(2)),
});

export type DraftRules = z.infer<typeof draftRulesShape>;

/** The rules in `seeds/reference/draft-rules.json` of the repository at `root`. */
export function readDraftRules(root: string): DraftRules {
  return draftRulesShape.parse(JSON.parse(fs.readFileSync(path.join(root, "seeds/reference/draft-rules.json"), "utf8")));
}
