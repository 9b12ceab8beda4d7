import type { Unit } from "../generated/sqlite/index.js";
import { type DocumentCandidate, documentCandidates, type KnownOrganisation } from "./document-candidates.js";
import type { DraftRules } from "./draft-rules.js";
import { type FigureCandidate, figureCandidates, proposalConfidence, type SkippedNumber } from "./figure-candidates.js";
import { type SplitArticle, splitNewsletter } from "./newsletter-split.js";
import { type PersonCandidate, personCandidates } from "./person-candidates.js";

// A newsletter's text to a draft report per article, in the import format (seeds/articles/*.json,
// importReport), with a review beside it: every proposal's confidence and the words it rests on,
// the doubtful and skipped numbers, and what the drafter could not fill in (English titles, an
// indicator it found none for). Nothing is guessed silently: a field the drafter cannot fill stays
// out of the report and is listed for the editor, so the import checks name it too.

/** An indicator of the registry as the drafter matches it: by its Chinese name and unit. */
export interface RegistryIndicator {
  code: string;
  nameZh: string;
  unit: Unit;
}

export interface DraftContext {
  rules: DraftRules;
  indicators: readonly RegistryIndicator[];
  organisations: readonly KnownOrganisation[];
  /** The newsletter's key (its seeds/sources file name), which articles' keys start with. */
  sourceDocument: string;
}

/** Something the editor must fill in or decide, at a path of the report. */
export interface Unmapped {
  path: string;
  message: string;
}

export interface DraftedFigure {
  key: string;
  indicator?: string;
  organisation?: string;
  statedAs: string;
  qualifier: string;
  value: number;
  valueMax?: number;
  excerpt: string;
}

export interface ArticleDraft {
  /** The article file to import once the editor has filled in what `unmapped` lists. */
  report: {
    article: {
      key: string;
      sourceDocument: string;
      ordinal: number;
      section?: string;
      titleZh: string;
      authorOrganisation?: string;
      originalPublisher?: string;
      authors: string[];
    };
    persons: { key: string; nameZh: string; nameEn: string; employer?: string; excerpt: string }[];
    policyDocuments: { titleZh: string; kind?: string; status: string; issued?: string; issuers: string[]; excerpt: string }[];
    figures: DraftedFigure[];
  };
  review: {
    figures: { key: string; unit?: Unit; confidence: number; basis: string[]; indicatorConfidence?: number }[];
    doubtful: { statedAs: string; excerpt: string; confidence: number; basis: string[] }[];
    skipped: { statedAs: string; reason: string }[];
    documents: { titleZh: string; confidence: number; basis: string[] }[];
    persons: { nameZh: string; confidence: number; basis: string[] }[];
    unmapped: Unmapped[];
  };
}

export interface NewsletterDraft {
  articles: ArticleDraft[];
  /** What the split could not place (an unknown section head, an article with no byline). */
  problems: string[];
}

function bigrams(text: string): Set<string> {
  const pieces = new Set<string>();
  const characters = [...text];
  for (let index = 0; index + 1 < characters.length; index++) pieces.add(characters[index]! + characters[index + 1]!);
  return pieces;
}

const strictUnits = new Set<Unit>(["CNY", "CNY_PER_MONTH", "RANK", "PERCENT"]);

/** Indicators scoring below this are not proposed: the figure is listed for the editor. */
const indicatorConfidence = 0.35;

/**
 * The registry's indicator whose Chinese name the clause covers most (its two-character pieces
 * found in the clause), a unit the measure word implies counting for it: a general rule, with no
 * word of any one newsletter.
 */
export function proposeIndicator(candidate: FigureCandidate, indicators: readonly RegistryIndicator[]) {
  const clause = bigrams(candidate.excerpt);
  // Money, places and shares are only ever indicators of their own unit; counts of people and things may be counted under a neighbouring one.
  const strict = candidate.number.unit && strictUnits.has(candidate.number.unit) ? candidate.number.unit : undefined;
  const scored = indicators
    .filter((indicator) => !strict || indicator.unit === strict)
    .map((indicator) => {
      const name = bigrams(indicator.nameZh);
      let covered = 0;
      for (const piece of name) if (clause.has(piece)) covered++;
      const unitAgrees = candidate.number.unit !== undefined && candidate.number.unit === indicator.unit;
      return { indicator, score: (name.size ? covered / name.size : 0) + (unitAgrees ? 0.2 : 0), unitAgrees };
    });
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best || best.score < indicatorConfidence) return undefined;
  return {
    code: best.indicator.code,
    confidence: Math.min(1, Math.round(best.score * 100) / 100),
    basis: `indicator ${best.indicator.code} (${best.indicator.nameZh}): its name's words in the clause${best.unitAgrees ? ", unit agrees" : ""}`,
  };
}

/** The known organisation named last in the text, by full or short name. */
function lastNamed(text: string, organisations: readonly KnownOrganisation[]) {
  let found: { at: number; nameZh: string } | undefined;
  for (const organisation of organisations) {
    for (const name of [organisation.nameZh, organisation.shortNameZh]) {
      if (!name) continue;
      const at = text.lastIndexOf(name);
      if (at >= 0 && (!found || at > found.at)) found = { at, nameZh: organisation.nameZh };
    }
  }
  return found?.nameZh;
}

function draftArticle(text: string, article: SplitArticle, context: DraftContext): ArticleDraft {
  const { rules, organisations } = context;
  const key = `${context.sourceDocument.replace(/_/g, "-")}/article-${article.ordinal}`;
  const unmapped: Unmapped[] = [
    { path: "article.titleEn", message: "the article's English title: the drafter does not translate" },
    { path: "article.key", message: `proposed as ${key}: give the article a key that names it` },
  ];
  if (!article.section) unmapped.push({ path: "article.section", message: `section head ${article.sectionHead ?? "(none)"} is no known section` });
  const byline = article.byline;
  const author = byline?.authorOrganisation;
  const persons: PersonCandidate[] = personCandidates(text, article, rules, organisations);
  const personKey = (person: PersonCandidate) => `${key}/${person.nameEn.toLowerCase().replace(/[^a-z]+/g, "-")}`;

  const { candidates, skipped } = figureCandidates(text, article);
  const figures: DraftedFigure[] = [];
  const reviewed: ArticleDraft["review"]["figures"] = [];
  const doubtful: ArticleDraft["review"]["doubtful"] = [];
  for (const candidate of candidates) {
    if (candidate.confidence < proposalConfidence) {
      doubtful.push({ statedAs: candidate.number.statedAs, excerpt: candidate.excerpt, confidence: candidate.confidence, basis: candidate.basis });
      continue;
    }
    const figureKey = `${key}/figure-${figures.length + 1}`;
    const path = `figures.${figures.length}`;
    if (candidate.number.qualifier === "ABOUT")
      unmapped.push({ path: `${path}.qualifier`, message: `${candidate.number.statedAs} is approximate: choose a qualifier` });
    const indicator = proposeIndicator(candidate, context.indicators);
    if (candidate.number.form === "RANK")
      unmapped.push({ path, message: `${candidate.number.statedAs} is a place in a ranking: record it under rankings (criterion, scope), not as a figure` });
    else if (candidate.number.unit === "CNY")
      unmapped.push({
        path,
        message: `${candidate.number.statedAs} is money: record it under funding (payer, purpose) or a reward rule, unless a money indicator fits`,
      });
    if (!indicator) unmapped.push({ path: `${path}.indicator`, message: `no indicator of the registry matches "${candidate.excerpt}"` });
    // The subject: the organisation the clause (else the sentence) names, else the article's author organisation.
    const named = lastNamed(candidate.excerpt, organisations) ?? lastNamed(candidate.sentence, organisations);
    const subject = named ?? (author && (organisations.find((o) => o.nameZh === author || o.shortNameZh === author)?.nameZh ?? author));
    if (!subject) unmapped.push({ path: `${path}.organisation`, message: "no organisation or region named: give the figure's subject" });
    figures.push({
      key: figureKey,
      ...(indicator ? { indicator: indicator.code } : {}),
      ...(subject ? { organisation: subject } : {}),
      statedAs: candidate.number.statedAs,
      qualifier: candidate.number.qualifier,
      value: candidate.number.value,
      ...(candidate.number.valueMax !== undefined ? { valueMax: candidate.number.valueMax } : {}),
      excerpt: candidate.excerpt,
    });
    reviewed.push({
      key: figureKey,
      ...(candidate.number.unit ? { unit: candidate.number.unit } : {}),
      confidence: candidate.confidence,
      basis: [
        ...candidate.basis,
        ...(indicator ? [indicator.basis] : []),
        named ? `subject named: ${named}` : subject ? `subject: the article's author organisation, ${subject}` : "no subject",
      ],
      ...(indicator ? { indicatorConfidence: indicator.confidence } : {}),
    });
  }

  const documents: DocumentCandidate[] = documentCandidates(text, article, rules, organisations);
  documents.forEach((document, index) => {
    unmapped.push({ path: `policyDocuments.${index}.titleEn`, message: `the English title of 《${document.titleZh}》` });
    if (!document.kind)
      unmapped.push({ path: `policyDocuments.${index}.kind`, message: `no kind read from 《${document.titleZh}》: a publication, or a document?` });
  });

  return {
    report: {
      article: {
        key,
        sourceDocument: context.sourceDocument,
        ordinal: article.ordinal,
        ...(article.section ? { section: article.section } : {}),
        titleZh: article.titleZh,
        ...(author ? { authorOrganisation: author } : {}),
        ...(byline?.originalPublisher ? { originalPublisher: byline.originalPublisher } : {}),
        authors: persons.filter((person) => byline?.authors.includes(person.nameZh)).map(personKey),
      },
      persons: persons.map((person) => ({
        key: personKey(person),
        nameZh: person.nameZh,
        nameEn: person.nameEn,
        ...(person.employer ? { employer: person.employer } : {}),
        excerpt: person.excerpt,
      })),
      policyDocuments: documents.map((document) => ({
        titleZh: document.titleZh,
        ...(document.kind ? { kind: document.kind } : {}),
        status: document.status,
        ...(document.issued ? { issued: document.issued } : {}),
        issuers: document.issuers,
        excerpt: document.excerpt,
      })),
      figures,
    },
    review: {
      figures: reviewed,
      doubtful,
      skipped: skipped.map(({ number, reason }: SkippedNumber) => ({ statedAs: number.statedAs, reason })),
      documents: documents.map(({ titleZh, confidence, basis }) => ({ titleZh, confidence, basis })),
      persons: persons.map(({ nameZh, confidence, basis }) => ({ nameZh, confidence, basis })),
      unmapped,
    },
  };
}

/** A newsletter's draft: its articles, each a report to review and import. */
export function draftNewsletter(text: string, context: DraftContext): NewsletterDraft {
  const split = splitNewsletter(text, context.rules.sectionHeads);
  return {
    articles: split.articles.map((article) => draftArticle(text, article, context)),
    problems: split.problems.map(({ message }) => message),
  };
}
