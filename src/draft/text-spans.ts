// Where a clause, a sentence or a title around a position of a text begins and ends, found in
// one pass over the text and then answered at once: the drafter asks for every number and every
// title, and walking back and forth from each was quadratic in a long article.

/** The stretches of a text between marks (。；！？ for sentences, also ，： for clauses). */
export class MarkedSpans {
  /** For each position, where its stretch starts (just after the mark before it). */
  private readonly starts: Int32Array;
  /** For each position, where its stretch ends (at the mark after it). */
  private readonly ends: Int32Array;

  constructor(text: string, isMark: (char: string) => boolean) {
    this.starts = new Int32Array(text.length + 1);
    this.ends = new Int32Array(text.length + 1);
    let start = 0;
    for (let index = 0; index <= text.length; index++) {
      this.starts[index] = start;
      if (index < text.length && isMark(text[index]!)) start = index + 1;
    }
    let end = text.length;
    for (let index = text.length; index >= 0; index--) {
      if (index < text.length && isMark(text[index]!)) end = index;
      this.ends[index] = end;
    }
  }

  /** The stretch holding `[start, end)`: from after the mark before `start` to the mark at or after `end`. */
  around(start: number, end: number): { start: number; end: number } {
    return { start: this.starts[start]!, end: this.ends[end]! };
  }
}

const sentenceMarks = new Set(["。", "；", "！", "？"]);
const clauseMarks = new Set(["，", "。", "；", "！", "？", "："]);
export const isSentenceMark = (char: string) => sentenceMarks.has(char);
export const isClauseMark = (char: string) => clauseMarks.has(char);

/**
 * Which positions of the text lie inside a title in 《…》. A 《 not closed before its sentence ends
 * is no title ("组织学习《工会法，参加职工300人": the numbers after it still count).
 */
export function insideTitles(text: string): Uint8Array {
  const inside = new Uint8Array(text.length);
  let open = -1;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === "《") open = index;
    else if (char === "》" && open >= 0) {
      inside.fill(1, open, index + 1);
      open = -1;
    } else if (isSentenceMark(char)) open = -1;
  }
  return inside;
}

/**
 * A stretch cut to at most `reach` characters either side of a span: a clause of a text that has
 * no marks can be the whole article, and an excerpt is a passage, not a page.
 */
export function bounded(stretch: { start: number; end: number }, span: { start: number; end: number }, reach: number) {
  return { start: Math.max(stretch.start, span.start - reach), end: Math.min(stretch.end, span.end + reach) };
}
