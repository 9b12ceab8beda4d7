import type { PolicyDocumentKind, PolicyDocumentStatus } from "../generated/sqlite/index.js";
import { compact } from "../provenance/excerpt.js";
import { findStatedDates } from "../quantity/number-grammar.js";
import type { DraftRules } from "./draft-rules.js";
import type { SplitArticle } from "./newsletter-split.js";
import { bounded, isClauseMark, isSentenceMark, MarkedSpans } from "./text-spans.js";

// The documents an article names in 《》: each title, its kind and status from the words of the
// title (rules as data), its issuers (the organisations named in the clause that issues it, else
// the article's author organisation, said so) and its date where the sentence gives one.

/** An organisation the drafter can name: by its full name or its short one. */
export interface KnownOrganisation {
  nameZh: string;
  shortNameZh?: string;
}

export interface DocumentCandidate {
  titleZh: string;
  /** Offsets of the title's 《…》 in the newsletter's text. */
  start: number;
  end: number;
  kind?: PolicyDocumentKind;
  status: PolicyDocumentStatus;
  issued?: string;
  /** The issuers' full names. */
  issuers: string[];
  /** The sentence the document is named in, without whitespace: the proposed excerpt. */
  excerpt: string;
  confidence: number;
  basis: string[];
}

/** Every occurrence of a known name in `text`, a name inside a longer one found there not counted ("云天化" in "水富云天化"). */
function namesIn(text: string, known: readonly KnownOrganisation[]) {
  const found: { at: number; end: number; nameZh: string }[] = [];
  for (const organisation of known) {
    for (const name of [organisation.nameZh, organisation.shortNameZh]) {
      if (!name) continue;
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) found.push({ at, end: at + name.length, nameZh: organisation.nameZh });
    }
  }
  return found
    .filter((name) => !found.some((other) => other !== name && other.at <= name.at && other.end >= name.end && other.end - other.at > name.end - name.at))
    .sort((a, b) => a.at - b.at);
}

/** The documents named in one article, in the order printed. */
export function documentCandidates(
  text: string,
  article: SplitArticle,
  rules: Pick<DraftRules, "documentKinds" | "documentStatuses" | "issuingVerbs">,
  known: readonly KnownOrganisation[],
): DocumentCandidate[] {
  const body = text.slice(article.bodyStart, article.bodyEnd);
  const dates = findStatedDates(body);
  const documents: DocumentCandidate[] = [];
  const sentences = new MarkedSpans(body, isSentenceMark);
  const clauses = new MarkedSpans(body, isClauseMark);
  // A run of titles (《甲》《乙》、《丙》) is issued by the one clause before its first title.
  let previous: { end: number; runStart: number; sentenceStart: number } | undefined;
  let nextDate = 0;
  for (const title of body.matchAll(/《([^《》]{1,120})》/g)) {
    const titleZh = compact(title[1]!);
    const start = title.index;
    const basis: string[] = [];
    let confidence = 0.9;

    const whole = sentences.around(start, start);
    // The excerpt is the sentence, cut to a passage around the title when the sentence runs on.
    const sentence = bounded(whole, { start, end: start + title[0].length }, 200);
    const sentenceStart = sentence.start;
    const sentenceEnd = sentence.end;
    const continuesRun = previous && previous.sentenceStart === whole.start && /^[\s、和及与]*$/.test(body.slice(previous.end, start));
    const runStart = continuesRun ? previous!.runStart : start;
    previous = { end: start + title[0].length, runStart, sentenceStart: whole.start };
    const clauseStart = Math.max(sentenceStart, clauses.around(runStart, runStart).start);

    // Names are looked for without the extraction's line breaks ("中国一\n重").
    const inClause = namesIn(compact(body.slice(clauseStart, runStart)), known);
    const inSentence = namesIn(compact(body.slice(sentenceStart, runStart)), known);
    let issuers: string[];
    if (inClause.length > 0) {
      issuers = [...new Set(inClause.map((name) => name.nameZh))];
      basis.push(`issuer named before it: ${issuers.join("、")}`);
    } else if (inSentence.length > 0) {
      issuers = [inSentence.at(-1)!.nameZh];
      basis.push(`issuer named earlier in the sentence: ${issuers[0]}`);
      confidence -= 0.2;
    } else {
      const author = article.byline?.authorOrganisation;
      const known_ = author && known.find((organisation) => organisation.nameZh === author || organisation.shortNameZh === author);
      issuers = known_ ? [known_.nameZh] : author ? [author] : [];
      basis.push(author ? `no issuer named: the article's author organisation, ${author}` : "no issuer named, and the article has no author organisation");
      confidence -= author ? 0.3 : 0.6;
    }
    const clause = compact(body.slice(clauseStart, runStart));
    const verb = rules.issuingVerbs.find((word) => clause.includes(word));
    if (verb) basis.push(`issued: ${verb}`);
    else confidence -= 0.2;

    const kindRule =
      rules.documentKinds.find(([word]) => titleZh.replace(/（[^（）]*）$/, "").endsWith(word)) ?? rules.documentKinds.find(([word]) => titleZh.includes(word));
    if (kindRule) basis.push(`kind from ${kindRule[0]}`);
    else {
      basis.push("no word of a document kind in the title: a publication or a name?");
      confidence -= 0.5;
    }
    const statusRule = rules.documentStatuses.find(([word]) => titleZh.includes(word));
    if (statusRule) basis.push(`status from ${statusRule[0]}`);
    // The date of the sentence before the title, when it gives one ("2020年6月，…下发了《…》", "同年9月，…").
    // Dates and runs both come in text order: the last date ending before the run, if it is in the run's sentence.
    while (nextDate < dates.length && dates[nextDate]!.end <= runStart) nextDate++;
    const date = nextDate > 0 && dates[nextDate - 1]!.start >= sentenceStart ? dates[nextDate - 1] : undefined;
    if (date) basis.push(`issued ${date.statedAs}`);

    documents.push({
      titleZh,
      start: article.bodyStart + start,
      end: article.bodyStart + start + title[0].length,
      ...(kindRule ? { kind: kindRule[1] } : {}),
      status: statusRule?.[1] ?? "IN_FORCE",
      ...(date ? { issued: date.period } : {}),
      issuers,
      excerpt: compact(body.slice(sentenceStart, sentenceEnd)),
      confidence: Math.round(confidence * 100) / 100,
      basis,
    });
  }
  return documents;
}
