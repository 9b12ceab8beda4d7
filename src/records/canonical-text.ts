// The one canonical form of text that enters the record model: names, natural keys, references
// and prose alike. Every mutation, import, seed file and lookup passes through it at the edge, so
// the authorization check, the reference lookups and the write all see the same value, and no
// later layer trims or rewrites it again.

/**
 * Characters refused anywhere: format characters (zero-width spaces and joiners, bidi embeddings,
 * overrides and isolates, the byte-order mark, soft hyphens: Unicode category Cf) and controls
 * other than tab, line feed and carriage return. They are invisible, so a name holding one looks
 * like another name and is not it.
 */
const invisibleOrControl = /(?![\t\n\r])[\p{Cf}\p{Cc}]/u;

/** Line breaks and tabs: allowed in prose (excerpts, descriptions, article texts), refused in names and keys. */
const lineBreakOrTab = /[\t\n\r\u2028\u2029]/u;

export type TextKind = "name" | "prose";

export type CanonicalText = { text: string } | { problem: string };

/** A character as a message names it: "U+200B". */
const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * The canonical form of `value`, or why it has none. Canonical is: well-formed UTF-16 (no lone
 * surrogate), Unicode NFC, no whitespace of any kind (ASCII, no-break, ideographic U+3000 …) at
 * either end, no invisible or control character; and for names and keys, on one line.
 */
export function canonicalText(value: string, kind: TextKind = "name"): CanonicalText {
  if (!value.isWellFormed()) return { problem: "holds a lone surrogate (text that is not valid Unicode)" };
  const invisible = invisibleOrControl.exec(value);
  if (invisible) return { problem: `holds the invisible or control character ${codePoint(invisible[0])}` };
  const text = value.normalize("NFC").trim();
  if (kind === "name") {
    const lineBreak = lineBreakOrTab.exec(text);
    if (lineBreak) return { problem: `holds the line break or tab ${codePoint(lineBreak[0])}` };
  }
  return { text };
}
