import fs from "node:fs";
import { readDraftRules } from "../src/draft/draft-rules.js";
import { figureCandidates } from "../src/draft/figure-candidates.js";
import { splitNewsletter } from "../src/draft/newsletter-split.js";

const text = fs.readFileSync("seeds/sources/000_2dc913a942106495.txt", "utf8");
const { articles } = splitNewsletter(text, readDraftRules(".").sectionHeads);
const indicators = JSON.parse(fs.readFileSync("seeds/reference/indicators.json", "utf8")).indicators as {
  code: string;
  nameZh: string;
  unit: string;
  description: string;
}[];
const bigrams = (s: string) => {
  const b = new Set<string>();
  const c = [...s];
  for (let i = 0; i + 1 < c.length; i++) b.add(c[i]! + c[i + 1]!);
  return b;
};
const dice = (a: Set<string>, b: Set<string>) => {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return a.size + b.size ? (2 * n) / (a.size + b.size) : 0;
};
const cover = (clause: Set<string>, name: Set<string>) => {
  let n = 0;
  for (const x of name) if (clause.has(x)) n++;
  return name.size ? n / name.size : 0;
};
const curated: any[] = [];
for (const f of fs.readdirSync("seeds/articles")) {
  const d = JSON.parse(fs.readFileSync(`seeds/articles/${f}`, "utf8"));
  for (const x of d.figures) curated.push({ ordinal: d.article.ordinal, ...x });
}
let hits = 0,
  total = 0;
for (const a of articles)
  for (const c of figureCandidates(text, a).candidates) {
    const k = curated.find(
      (x) =>
        x.ordinal === a.ordinal &&
        x.statedAs.startsWith(c.number.statedAs) &&
        Number(x.value) === c.number.value &&
        x.excerpt.replace(/\s+/g, "").includes(c.excerpt.slice(0, 6)),
    );
    if (!k) continue;
    // the words around the number: the clause, the measure word and the noun after it
    const at = c.excerpt.indexOf(c.number.statedAs.replace(/\s+/g, ""));
    const left = c.excerpt.slice(0, at).replace(/^.*[\d一二两三四五六七八九十百千万]+[个名项家户份类种位人次场起]/, "");
    const right = c.excerpt
      .slice(at + c.number.statedAs.length)
      .slice(0, 6)
      .replace(/[\d].*$/, "");
    const context = bigrams(left + "|" + c.number.measureWord + right);
    const scored = indicators
      .map((i) => ({ code: i.code, score: cover(context, bigrams(i.nameZh)) + (i.unit === c.number.unit ? 0.2 : 0) }))
      .sort((x, y) => y.score - x.score);
    total++;
    if (scored[0]!.code === k.indicator) hits++;
    else
      console.log(
        "✗",
        c.number.statedAs,
        c.excerpt,
        "→",
        scored[0]!.code,
        scored[0]!.score.toFixed(2),
        "want",
        k.indicator,
        scored.find((s) => s.code === k.indicator)!.score.toFixed(2),
      );
  }
console.log(hits, "/", total);
