import type { ArticleSection } from "../generated/sqlite/index.js";
import { compact } from "../provenance/excerpt.js";

// A newsletter's text split into its articles, the first step of a draft report: where each
// article's title and body lie in the text, which section it is printed under, and who wrote it
// (the byline in （…） after the body: an author organisation and authors, or a publisher it was
// reprinted from). Pure: offsets into the text as given, so every excerpt a draft proposes can be
// copied from it and checked against it.

/** Section heads as printed (the text inside 【】) and the section each is; kept as data (seeds/reference/draft-rules.json). */
export type SectionHeads = Readonly<Record<string, ArticleSection>>;

export interface Byline {
  /** "（保山市总工会  李雅娟、段楚楚）": the organisation the authors write for. */
  authorOrganisation?: string;
  /** The authors' names, in the order printed. */
  authors: string[];
  /** "（《工人日报》）": the publication the article was reprinted from. */
  originalPublisher?: string;
  start: number;
  end: number;
  /** The byline exactly as printed. */
  printed: string;
}

export interface SplitArticle {
  /** 1, 2, … in the order printed. */
  ordinal: number;
  section?: ArticleSection;
  /** The section head as printed, also when it is no known section. */
  sectionHead?: string;
  /** The title without the spaces and line breaks the extraction put into it. */
  titleZh: string;
  /** Whether the title is listed in the newsletter's table of contents: a title found where the body begins is less sure. */
  titleInContents: boolean;
  titleStart: number;
  bodyStart: number;
  bodyEnd: number;
  byline?: Byline;
}

export interface SplitNewsletter {
  articles: SplitArticle[];
  /** What the split could not place, for the editor: a section head it does not know, an article without a byline. */
  problems: { at: number; message: string }[];
}

const sectionHead = /【([^【】\n]{1,20})】/g;
/** A byline: a line that is only a parenthesised credit. */
const bylineLine = /^[ \t\u3000]*（([^（）\n]{1,80})）[ \t\u3000]*$/gm;
/** The title ends where the body begins: the first run of two spaces or more inside a line. */
const titleEnd = /[^\s][ \u3000]{2,}(?=\S)/g;

/** "保山市总工会  李雅娟、段楚楚" → the organisation and its authors; "《工人日报》" → a publisher. */
export function readByline(credit: string): Omit<Byline, "start" | "end" | "printed"> {
  const trimmed = credit.trim();
  const publisher = /^《([^《》]+)》$/.exec(trimmed);
  if (publisher) return { originalPublisher: publisher[1]!, authors: [] };
  // The organisation and the names are set apart by spaces; names by 、，, or spaces.
  const [organisation, ...rest] = trimmed.split(/[ \u3000]+/);
  const names = rest
    .join(" ")
    .split(/[、，,\s]+/)
    .filter((name) => name.length > 0);
  return names.length > 0 ? { authorOrganisation: organisation!, authors: names } : { authorOrganisation: organisation!, authors: [] };
}

/**
 * The newsletter's articles. A newsletter that opens with a table of contents (its first section
 * head printed again later) lists its titles there; each article then begins after a section head
 * or the byline of the one before, its title running (across line breaks) up to the first wide gap
 * of the line where the body starts, and ends at its byline.
 */
export function splitNewsletter(text: string, heads: SectionHeads): SplitNewsletter {
  const problems: SplitNewsletter["problems"] = [];
  const allHeads = [...text.matchAll(sectionHead)].map((match) => ({ at: match.index, end: match.index + match[0].length, name: match[1]!.trim() }));
  const allBylines = [...text.matchAll(bylineLine)];
  // A table of contents: the first head printed again further on, with no byline before that
  // second print (a head printed twice in the body is no table of contents); the body starts there.
  const firstByline = allBylines[0]?.index ?? text.length;
  const repeated = allHeads.findIndex((head, index) => index > 0 && head.name === allHeads[0]?.name && head.at < firstByline);
  const bodyFrom = repeated > 0 ? allHeads[repeated]!.at : 0;
  const contents = repeated > 0 ? compact(text.slice(0, bodyFrom)) : "";
  const bodyHeads = allHeads.filter((head) => head.at >= bodyFrom);
  for (const head of bodyHeads) {
    if (!heads[head.name]) problems.push({ at: head.at, message: `【${head.name}】 is no known section head: the articles under it have no section.` });
  }
  const bylines = allBylines
    .filter((match) => match.index >= bodyFrom)
    .map((match) => ({ start: match.index, end: match.index + match[0].length, printed: match[0].trim(), ...readByline(match[1]!) }));

  // Where articles may begin: after each head and after each byline, in the order printed.
  const boundaries = [
    { at: bodyFrom, head: undefined },
    ...bodyHeads.map((head) => ({ at: head.end, head })),
    ...bylines.map((byline) => ({ at: byline.end, head: undefined })),
  ].sort((a, b) => a.at - b.at);
  const articles: SplitArticle[] = [];
  let currentHead: (typeof bodyHeads)[number] | undefined;
  // Heads and bylines come in text order, as the boundaries do: each is looked up from where the last one was.
  let headIndex = 0;
  let bylineIndex = 0;
  for (const [index, boundary] of boundaries.entries()) {
    if (boundary.head) currentHead = boundary.head;
    // A stretch ends at the next boundary, or where the next head is printed.
    while (headIndex < bodyHeads.length && bodyHeads[headIndex]!.at < boundary.at) headIndex++;
    const nextHead = bodyHeads[headIndex]?.at ?? text.length;
    const next = Math.min(boundaries[index + 1]?.at ?? text.length, nextHead);
    const stretch = text.slice(boundary.at, next);
    if (compact(stretch).length === 0) continue;
    const titleStart = boundary.at + (stretch.length - stretch.trimStart().length);
    titleEnd.lastIndex = titleStart - boundary.at;
    const gap = titleEnd.exec(stretch);
    while (bylineIndex < bylines.length && bylines[bylineIndex]!.start < titleStart) bylineIndex++;
    const byline = bylines[bylineIndex] && bylines[bylineIndex]!.start < next ? bylines[bylineIndex] : undefined;
    const bodyEnd = byline ? byline.start : next;
    if (!gap || boundary.at + gap.index + 1 >= bodyEnd) {
      problems.push({ at: titleStart, message: "Text with no title and body apart (no wide gap after a title): not taken as an article." });
      continue;
    }
    const titleEndsAt = boundary.at + gap.index + 1;
    const titleZh = compact(text.slice(titleStart, titleEndsAt));
    const bodyStart = titleEndsAt + gap[0].length - 1;
    if (!byline) problems.push({ at: titleStart, message: `"${titleZh}" has no byline: its authors and publisher are not known.` });
    const section = currentHead ? heads[currentHead.name] : undefined;
    articles.push({
      ordinal: articles.length + 1,
      ...(section ? { section } : {}),
      ...(currentHead ? { sectionHead: currentHead.name } : {}),
      titleZh,
      titleInContents: contents.includes(titleZh),
      titleStart,
      bodyStart,
      bodyEnd,
      ...(byline ? { byline } : {}),
    });
  }
  return { articles, problems };
}
