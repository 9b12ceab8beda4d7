import { reportFile } from "../../../records/record-shapes.js";
import { type ImportedReport, importReport } from "../../../store/import-report.js";
import { placementsOf } from "../../../store/placement.js";
import { InvalidInputError } from "../../../store/write-errors.js";
import { viewerMayWriteIn, writeScope } from "../../auth-scopes.js";
import { builder } from "../../builder.js";
import "../common/mutation-errors.js";
import { Article } from "./source.type.js";

const ImportReportInput = builder.inputType("ImportReportInput", {
  description: "One newsletter report, in the shape of a seeds/articles/*.json file.",
  fields: (t) => ({
    report: t.field({
      type: "JSONObject",
      required: true,
      description:
        "The article and its records (organisations, persons, documents, honours, figures, funding, studios …) as in a seed file; " +
        "plus articleText (the article as published) when the article is new, and sourceDocument when the newsletter is new.",
    }),
  }),
});

const ImportedReportRef = builder.objectRef<ImportedReport>("ImportedReport").implement({
  description: "What an import wrote. 导入结果",
  fields: (t) => ({
    article: t.prismaField({
      type: Article,
      description: "The article the report is.",
      resolve: (query, report, _args, context) => context.db.article.findUniqueOrThrow({ ...query, where: { key: report.articleKey } }),
    }),
    records: t.exposeInt("records", { description: "Records in the report." }),
    created: t.exposeInt("created", { description: "Records created." }),
    changed: t.exposeInt("changed", { description: "Records created or changed (a re-import of the same report changes nothing)." }),
  }),
});

/**
 * Placements of a report's records (and of its article, by author organisation and authors) for
 * the scope check, from their canonical form. A report that places nothing, or fails its shape, is
 * placed nowhere: only an admin gets as far as being told what is wrong.
 */
async function placementsOfReport(db: Parameters<typeof placementsOf>[0], report: Record<string, unknown>) {
  const canonical = reportFile.safeParse(report);
  if (!canonical.success) return [[]];
  const { article, sourceDocument: _sourceDocument, articleText: _articleText, ...records } = canonical.data;
  const placements = await placementsOf(db, records, article);
  return placements.length === 0 ? [[]] : placements;
}

builder.mutationField("importReport", (t) =>
  t.field({
    type: ImportedReportRef,
    description:
      "Imports a newsletter report whole: every record is checked as seed data is (references, excerpts in the article's text, stated numbers), then all is written in one transaction, or nothing. " +
      "Editors may import only reports whose every record is placed inside their region subtree.",
    errors: {
      types: [InvalidInputError],
      result: { description: "What the import wrote." },
      union: { description: "What the import wrote, or why nothing was written." },
      dataField: { description: "What the import wrote." },
    },
    args: { input: t.arg({ type: ImportReportInput, required: true, description: "The report." }) },
    authScopes: (_root, { input }, context) => writeScope(context, () => placementsOfReport(context.db, input.report)),
    resolve: (_root, { input }, context) =>
      importReport(context.db, context.viewer, input.report, { fieldPrefix: "input.report", mayWrite: (placements) => viewerMayWriteIn(context, placements) }),
  }),
);
