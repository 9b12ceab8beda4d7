import { compact } from "../provenance/excerpt.js";
import { findStatedNumbers, type StatedNumber } from "../quantity/number-grammar.js";
import type { SplitArticle } from "./newsletter-split.js";
import { bounded, insideTitles, isClauseMark, isSentenceMark, MarkedSpans } from "./text-spans.js";

// The stated numbers of an article that may be figures of a report, each with the clause it is
// stated in (the excerpt a draft proposes), a confidence, and the words both were based on; the
// numbers that are no figure (a span of time, an edition's ordinal, a number inside a title) are
// listed apart with the reason, never dropped silently.

/** Candidates at least this sure are proposed as figures; the rest are listed for the editor as doubtful. */
export const proposalConfidence = 0.5;

export interface FigureCandidate {
  number: StatedNumber;
  /** The clause the number is stated in, without the extraction's spaces: the proposed excerpt. */
  excerpt: string;
  /** The sentence around it (up to 。；！？), for the editor and for measuring against curated excerpts. */
  sentence: string;
  /** 0–1: how sure the drafter is that this is a figure an editor would record. */
  confidence: number;
  /** Why it is proposed, and what speaks against it. */
  basis: string[];
}

export interface SkippedNumber {
  number: StatedNumber;
  reason: string;
}

/** Measure words of a span of time: "每两年", "1年", "3个月" say how long, not how many. */
const spansOfTime = new Set(["年", "天", "小时", "个月"]);

/** The figure candidates of one article of a newsletter's text, and the numbers that are none. */
export function figureCandidates(text: string, article: SplitArticle): { candidates: FigureCandidate[]; skipped: SkippedNumber[] } {
  const candidates: FigureCandidate[] = [];
  const skipped: SkippedNumber[] = [];
  const body = text.slice(article.bodyStart, article.bodyEnd);
  const clauses = new MarkedSpans(body, isClauseMark);
  const sentences = new MarkedSpans(body, isSentenceMark);
  const inTitle = insideTitles(body);
  for (const found of findStatedNumbers(body)) {
    const number = { ...found, start: found.start + article.bodyStart, end: found.end + article.bodyStart };
    if (inTitle[found.start]) {
      skipped.push({ number, reason: "inside a title in 《》: part of a name" });
      continue;
    }
    if (number.measureWord && spansOfTime.has(number.measureWord)) {
      skipped.push({ number, reason: `a span of time (${number.measureWord}), not a count` });
      continue;
    }
    if (number.form === "RANK" && number.measureWord === "届") {
      skipped.push({ number, reason: "an edition's ordinal (第…届), not a place in a ranking" });
      continue;
    }
    const clause = bounded(clauses.around(found.start, found.end), found, 80);
    const sentence = bounded(sentences.around(found.start, found.end), found, 200);
    const basis: string[] = [];
    let confidence = 0.9;
    if (number.measureWord) basis.push(`measure word ${number.measureWord}`);
    else if (number.form === "AMOUNT") {
      basis.push("no measure word");
      confidence -= 0.4;
    }
    if (number.cues.length) basis.push(`read from ${number.cues.join(" ")}`);
    // "一个", "一批", "一支": 一 before a measure word mostly means "a", and is a count only sometimes ("一名制造厂级首席技能大师").
    if (number.value === 1 && /^[一]/.test(number.statedAs) && number.form === "AMOUNT") {
      basis.push("一 before a measure word often means 'a', not one");
      confidence -= 0.6;
    }
    // "这三项制度": 这/该/上述 point back to a number stated before, not a new one.
    if (/(这|该|此|上述|前述)$/.test(compact(body.slice(Math.max(0, found.start - 4), found.start)))) {
      basis.push("points back (这/该/上述) to a number stated before");
      confidence -= 0.5;
    }
    // "取得第1名的": a place that is a rule's condition, not a place reported.
    if (number.form === "RANK" && compact(text.slice(number.end, number.end + 3)).startsWith("的")) {
      basis.push("a rank followed by 的: a rule's condition, not a reported place");
      confidence -= 0.5;
    }
    if (number.qualifier === "ABOUT") basis.push("approximate (近/约/左右): the record model has no such qualifier; the editor decides");
    candidates.push({
      number,
      excerpt: compact(body.slice(clause.start, clause.end)),
      sentence: compact(body.slice(sentence.start, sentence.end)),
      confidence: Math.round(confidence * 100) / 100,
      basis,
    });
  }
  return { candidates, skipped };
}
