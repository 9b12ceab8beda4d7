import fs from "node:fs/promises";
import path from "node:path";
import { repositoryRoot } from "../db/database-url.js";
import { type ArticleDraft, draftNewsletter, type NewsletterDraft } from "../draft/draft-report.js";
import { readDraftRules } from "../draft/draft-rules.js";
import { readSeeds } from "../store/seed-loader.js";
import { parseCommandLine, runCommand, UsageError } from "./command-line.js";

// `npm run draft -- newsletter.txt [--report]`: a newsletter's text to a draft report per article
// (src/draft/), against the indicator registry and the organisations the seeds know. Prints the
// draft as JSON (the import format, a review beside each report), or with --report a table per
// article for the editor: the proposed figures, documents and persons, and what is left to fill in.

const usage = "Usage: npm run draft -- <newsletter.txt> [--report] [--source <key>]   (the key defaults to the file's name)";

/** One line of a table: cells padded to their column's width (CJK characters count twice). */
function tableOf(header: string[], rows: string[][]): string {
  const width = (cell: string) => [...cell].reduce((sum, char) => sum + (/[\u2e80-\uffef]/.test(char) ? 2 : 1), 0);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => width(row[column] ?? ""))));
  const line = (row: string[]) => row.map((cell, column) => cell + " ".repeat(widths[column]! - width(cell))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

function reportOf(article: ArticleDraft): string {
  const { report, review } = article;
  const figures = report.figures.map((figure, index) => {
    const reviewed = review.figures[index]!;
    return [
      figure.statedAs,
      figure.qualifier,
      String(figure.value) + (figure.valueMax !== undefined ? `–${figure.valueMax}` : ""),
      reviewed.unit ?? "",
      figure.indicator ?? "?",
      figure.organisation ?? "?",
      reviewed.confidence.toFixed(2),
    ];
  });
  return [
    `## ${report.article.ordinal}. ${report.article.titleZh}`,
    `section ${report.article.section ?? "?"}; by ${report.article.authorOrganisation ?? report.article.originalPublisher ?? "?"}${
      report.persons.length ? `; persons: ${report.persons.map((person) => `${person.nameZh} (${person.nameEn})`).join(", ")}` : ""
    }`,
    "",
    tableOf(["statedAs", "qualifier", "value", "unit", "indicator", "subject", "confidence"], figures),
    "",
    ...report.policyDocuments.map(
      (document) => `《${document.titleZh}》 ${document.kind ?? "?"} ${document.status} ${document.issued ?? ""} by ${document.issuers.join("、") || "?"}`,
    ),
    ...(review.doubtful.length
      ? ["", `doubtful, not proposed: ${review.doubtful.map((entry) => `${entry.statedAs} (${entry.basis.at(-1)})`).join("; ")}`]
      : []),
    ...(review.skipped.length ? [`not figures: ${review.skipped.map((entry) => `${entry.statedAs} (${entry.reason})`).join("; ")}`] : []),
    "",
    "to fill in:",
    ...review.unmapped.map((entry) => `  ${entry.path}: ${entry.message}`),
  ].join("\n");
}

await runCommand(usage, async () => {
  const { positionals, values } = parseCommandLine(usage, {
    allowPositionals: true,
    options: { report: { type: "boolean", default: false }, source: { type: "string" } },
  });
  if (positionals.length !== 1) throw new UsageError(`Give exactly one newsletter text file (got ${positionals.length}).`);
  const file = positionals[0]!;
  const text = await fs.readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`Cannot read the newsletter ${file}: ${error.code === "ENOENT" ? "no such file" : error.message}.`);
  });
  const seeds = await readSeeds();
  const started = performance.now();
  const draft: NewsletterDraft = draftNewsletter(text, {
    rules: readDraftRules(repositoryRoot),
    indicators: seeds.indicators,
    organisations: seeds.articles.flatMap((article) => article.data.organisations),
    sourceDocument: values.source ?? path.basename(file).replace(/\.[^.]+$/, ""),
  });
  const elapsed = performance.now() - started;
  if (!values.report) {
    console.log(JSON.stringify(draft, null, 2));
    return;
  }
  console.log(
    `# Draft of ${file}: ${draft.articles.length} articles, ${draft.articles.reduce((sum, article) => sum + article.report.figures.length, 0)} figures proposed, drafted in ${Math.round(elapsed)} ms\n`,
  );
  for (const problem of draft.problems) console.log(`problem: ${problem}`);
  console.log(draft.articles.map(reportOf).join("\n\n"));
});
