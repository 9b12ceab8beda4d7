import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "../../src/db/database-url.js";
import { documentCandidates, type KnownOrganisation } from "../../src/draft/document-candidates.js";
import { readDraftRules } from "../../src/draft/draft-rules.js";
import { type FigureCandidate, figureCandidates, proposalConfidence } from "../../src/draft/figure-candidates.js";
import { splitNewsletter } from "../../src/draft/newsletter-split.js";
import { personCandidates } from "../../src/draft/person-candidates.js";
import { type CuratedNumber, curatedNumbers } from "../helpers/curated-numbers.js";

// The drafter measured against the curated seeds (#15): run over the seed newsletter, its proposed
// figures are compared with every number an editor recorded in seeds/articles/*.json. A proposal
// is right when it has the recorded value, qualifier and statedAs (the editor's may go on with the
// counted noun, "6个方面") and its excerpt lies inside the sentence of the recorded excerpt.

const text = fs.readFileSync(path.join(repositoryRoot, "seeds/sources/000_2dc913a942106495.txt"), "utf8");
const rules = readDraftRules(repositoryRoot);
const { articles } = splitNewsletter(text, rules.sectionHeads);
const curated = curatedNumbers();
const seedFiles = fs
  .readdirSync(path.join(repositoryRoot, "seeds/articles"))
  .map((file) => JSON.parse(fs.readFileSync(path.join(repositoryRoot, "seeds/articles", file), "utf8")));
/** The organisations the seeds declare: what a drafter on this platform knows by name. */
const known: KnownOrganisation[] = seedFiles.flatMap((seed) => seed.organisations);

const compact = (value: string) => value.replace(/\s+/g, "");
const bodyOf = (ordinal: number) => {
  const article = articles.find((candidate) => candidate.ordinal === ordinal)!;
  return compact(text.slice(article.bodyStart, article.bodyEnd));
};
/** The sentence of the body (up to 。；！？) that holds the excerpt. */
function sentenceOf(body: string, excerpt: string): string {
  const at = body.indexOf(excerpt);
  if (at < 0) return "";
  let start = at;
  while (start > 0 && !/[。；！？]/.test(body[start - 1]!)) start--;
  let end = at + excerpt.length;
  while (end < body.length && !/[。；！？]/.test(body[end]!)) end++;
  return body.slice(start, end);
}
const agrees = (candidate: FigureCandidate, recorded: CuratedNumber) =>
  candidate.number.value === recorded.value &&
  candidate.number.qualifier === recorded.qualifier &&
  (candidate.number.valueMax ?? undefined) === recorded.valueMax &&
  recorded.statedAs.startsWith(candidate.number.statedAs) &&
  sentenceOf(bodyOf(recorded.ordinal), recorded.excerpt).includes(candidate.excerpt);

describe("drafting the seed newsletter, measured against the curated seeds", () => {
  const proposed = articles.flatMap((article) =>
    figureCandidates(text, article)
      .candidates.filter((candidate) => candidate.confidence >= proposalConfidence)
      .map((candidate) => ({ ordinal: article.ordinal, candidate })),
  );
  const found = curated.filter((recorded) => proposed.some(({ ordinal, candidate }) => ordinal === recorded.ordinal && agrees(candidate, recorded)));
  const right = proposed.filter(({ ordinal, candidate }) => curated.some((recorded) => recorded.ordinal === ordinal && agrees(candidate, recorded)));
  const recall = found.length / curated.length;
  const precision = right.length / proposed.length;

  it("finds at least 95 % of the recorded figures with the right value, qualifier and statedAs (#15 target)", () => {
    console.log(
      `figures: recall ${found.length}/${curated.length} = ${(recall * 100).toFixed(1)} %, precision ${right.length}/${proposed.length} = ${(precision * 100).toFixed(1)} %`,
    );
    const missed = curated.filter((recorded) => !found.includes(recorded)).map(({ file, key, statedAs }) => `${file} ${key}: ${statedAs}`);
    expect(recall, `missed: ${missed.join("; ")}`).toBeGreaterThanOrEqual(0.95);
  });

  it("proposes at least 90 % right figures (#15 target)", () => {
    const wrong = proposed.filter((entry) => !right.includes(entry)).map(({ candidate }) => `${candidate.number.statedAs} in ${candidate.excerpt}`);
    expect(precision, `wrong: ${wrong.join("; ")}`).toBeGreaterThanOrEqual(0.9);
  });

  it("copies every proposed excerpt from the newsletter, and says what each proposal rests on", () => {
    const whole = compact(text);
    for (const { candidate } of proposed) {
      expect(whole.includes(candidate.excerpt), candidate.excerpt).toBe(true);
      expect(candidate.excerpt.includes(candidate.number.statedAs), candidate.excerpt).toBe(true);
      expect(candidate.basis.length).toBeGreaterThan(0);
    }
  });
});

describe("documents named in 《》, measured against the curated seeds", () => {
  const drafted = articles.flatMap((article) => documentCandidates(text, article, rules, known).map((document) => ({ ordinal: article.ordinal, document })));
  const curatedDocuments = seedFiles.flatMap((seed) =>
    seed.policyDocuments.map((document: { titleZh: string; kind: string; status: string; issued?: string; issuers: string[] }) => ({
      ordinal: seed.article.ordinal as number,
      titleZh: document.titleZh,
      kind: document.kind,
      status: document.status,
      issued: document.issued,
      issuers: document.issuers,
    })),
  );

  it("finds every curated document with its issuers, kind, status and date", () => {
    const shape = ({ ordinal, document }: (typeof drafted)[number]) => ({
      ordinal,
      titleZh: document.titleZh,
      kind: document.kind,
      status: document.status,
      issued: document.issued,
      issuers: document.issuers,
    });
    const byTitle = (a: { titleZh: string }, b: { titleZh: string }) => a.titleZh.localeCompare(b.titleZh);
    console.log(`documents: ${drafted.length} drafted, ${curatedDocuments.length} curated`);
    expect(drafted.map(shape).sort(byTitle)).toEqual(curatedDocuments.sort(byTitle));
  });

  it("says what each issuer rests on, and copies the sentence as the excerpt", () => {
    const whole = compact(text);
    for (const { document } of drafted) {
      expect(whole.includes(document.excerpt)).toBe(true);
      expect(document.basis.some((reason) => reason.includes("issuer") || reason.includes("author organisation"))).toBe(true);
    }
  });
});

describe("persons, measured against the curated seeds", () => {
  it("finds every curated person, author or named in the prose, with the English name and employer recorded", () => {
    const drafted = articles.flatMap((article) =>
      personCandidates(text, article, rules, known).map(({ nameZh, nameEn, employer }) => ({ ordinal: article.ordinal, nameZh, nameEn, employer })),
    );
    const curatedPersons = seedFiles.flatMap((seed) =>
      seed.persons.map((person: { nameZh: string; nameEn: string; employer?: string }) => ({
        ordinal: seed.article.ordinal as number,
        nameZh: person.nameZh,
        nameEn: person.nameEn,
        employer: person.employer,
      })),
    );
    const byName = (a: { nameZh: string }, b: { nameZh: string }) => a.nameZh.localeCompare(b.nameZh);
    console.log(`persons: ${drafted.length} drafted, ${curatedPersons.length} curated`);
    expect(drafted.sort(byName)).toEqual(curatedPersons.sort(byName));
  });
});
