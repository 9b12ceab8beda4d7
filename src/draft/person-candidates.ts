import { pinyin } from "pinyin-pro";
import { compact } from "../provenance/excerpt.js";
import type { KnownOrganisation } from "./document-candidates.js";
import type { DraftRules } from "./draft-rules.js";
import type { SplitArticle } from "./newsletter-split.js";

// The persons an article names: its authors (the byline, employed by the author organisation) and
// persons the prose introduces by name ("一位名叫潘某的职工", cue words as data), employed by the
// organisation named last before them. Each with an English name romanised surname first, which
// the editor checks, and the words the proposal rests on.

export interface PersonCandidate {
  nameZh: string;
  /** Romanised from the Chinese by pinyin-pro, surname first: a proposal to check. */
  nameEn: string;
  employer?: string;
  /** The byline, or the sentence naming the person, without whitespace. */
  excerpt: string;
  confidence: number;
  basis: string[];
}

/** A Chinese personal name: two to four characters. */
const personalName = /^[\u4e00-\u9fff]{2,4}/;
/** Where a name ends in prose: a particle or mark after it. */
const nameEnd = /[的是，。、；：]/;

/** "潘惠泉" → "Pan Huiquan", "欧阳修" → "Ouyang Xiu": surname, then the given name as one word. */
export function romanisedPersonName(nameZh: string, compoundSurnames: readonly string[]): string {
  const surnameLength = compoundSurnames.some((surname) => nameZh.startsWith(surname)) ? 2 : 1;
  const word = (characters: string, surname: boolean) => {
    const syllables = pinyin(characters, { toneType: "none", type: "array", ...(surname ? { surname: "head" as const } : {}) }).join("");
    return syllables.charAt(0).toUpperCase() + syllables.slice(1);
  };
  return [word(nameZh.slice(0, surnameLength), true), word(nameZh.slice(surnameLength), false)].filter(Boolean).join(" ");
}

function knownName(name: string | undefined, known: readonly KnownOrganisation[]) {
  if (!name) return undefined;
  return known.find((organisation) => organisation.nameZh === name || organisation.shortNameZh === name)?.nameZh ?? name;
}

/** The persons one article names. */
export function personCandidates(
  text: string,
  article: SplitArticle,
  rules: Pick<DraftRules, "personCues" | "compoundSurnames">,
  known: readonly KnownOrganisation[],
): PersonCandidate[] {
  const persons: PersonCandidate[] = [];
  const author = knownName(article.byline?.authorOrganisation, known);
  for (const nameZh of article.byline?.authors ?? []) {
    persons.push({
      nameZh,
      nameEn: romanisedPersonName(nameZh, rules.compoundSurnames),
      ...(author ? { employer: author } : {}),
      excerpt: compact(article.byline!.printed),
      confidence: 0.95,
      basis: ["an author in the byline", ...(author ? [`employed by the author organisation, ${author}`] : [])],
    });
  }
  const body = compact(text.slice(article.bodyStart, article.bodyEnd));
  for (const cue of rules.personCues) {
    for (let at = body.indexOf(cue); at >= 0; at = body.indexOf(cue, at + 1)) {
      const after = body.slice(at + cue.length);
      const candidate = personalName.exec(after)?.[0];
      if (!candidate) continue;
      // The name runs up to the particle or mark after it ("潘惠泉的职工").
      const end = [...candidate].findIndex((char, index) => index >= 2 && nameEnd.test(char));
      const nameZh = end > 0 ? candidate.slice(0, end) : candidate;
      if (persons.some((person) => person.nameZh === nameZh)) continue;
      let start = at;
      while (start > 0 && !/[。；！？]/.test(body[start - 1]!)) start--;
      let stop = at;
      while (stop < body.length && !/[。；！？]/.test(body[stop]!)) stop++;
      // Employed by the organisation named last before the person, in the article.
      const before = body.slice(0, at);
      const employer = known
        .flatMap((organisation) =>
          [organisation.nameZh, organisation.shortNameZh]
            .filter((name): name is string => !!name)
            .map((name) => ({ at: before.lastIndexOf(name), nameZh: organisation.nameZh })),
        )
        .filter((found) => found.at >= 0)
        .sort((a, b) => b.at - a.at)[0]?.nameZh;
      persons.push({
        nameZh,
        nameEn: romanisedPersonName(nameZh, rules.compoundSurnames),
        ...((employer ?? author) ? { employer: employer ?? author! } : {}),
        excerpt: body.slice(start, stop),
        confidence: 0.7,
        basis: [
          `named after ${cue}`,
          employer ? `employer named before: ${employer}` : author ? `employer: the article's author organisation, ${author}` : "no employer named",
        ],
      });
    }
  }
  return persons;
}
