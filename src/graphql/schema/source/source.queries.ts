import { builder } from "../../builder.js";
import { ArticleSection } from "../common/enums.js";
import { presentFields } from "../common/filters.js";
import { foundByKey } from "../common/natural-keys.js";
import { Article, SourceDocument } from "./source.type.js";

const ArticleFilter = builder.inputType("ArticleFilter", {
  description: "Narrows a list of articles.",
  fields: (t) => ({ section: t.field({ type: ArticleSection, required: false, description: "Only this newsletter section." }) }),
});

builder.queryFields((t) => ({
  sourceDocument: t.prismaField({
    type: SourceDocument,
    description: "One newsletter by its key. An unknown key is a NOT_FOUND error.",
    args: { key: t.arg.string({ required: true, description: "The stable key, as the key field returns it." }) },
    resolve: (query, _root, { key }, context) =>
      foundByKey("source document", key, "key", (key) => context.db.sourceDocument.findUnique({ ...query, where: { key } })),
  }),
  sourceDocuments: t.prismaConnection({
    type: SourceDocument,
    cursor: "id",
    description: "Newsletters loaded into the platform.",
    resolve: (query, _root, _args, context) => context.db.sourceDocument.findMany({ ...query, orderBy: { id: "asc" } }),
    totalCount: (_connection, _args, context) => context.db.sourceDocument.count(),
  }),
  articles: t.prismaConnection({
    type: Article,
    cursor: "id",
    description: "Articles of all newsletters, in printed order.",
    args: { filter: t.arg({ type: ArticleFilter, required: false, description: "Conditions the records must meet." }) },
    resolve: (query, _root, args, context) =>
      context.db.article.findMany({
        ...query,
        where: presentFields(args.filter),
        orderBy: [{ sourceDocumentId: "asc" }, { ordinal: "asc" }, { id: "asc" }],
      }),
    totalCount: (_connection, args, context) => context.db.article.count({ where: presentFields(args.filter) }),
  }),
  article: t.prismaField({
    type: Article,
    description: "One article by its key. An unknown key is a NOT_FOUND error.",
    args: { key: t.arg.string({ required: true, description: "The stable key, as the key field returns it." }) },
    resolve: (query, _root, { key }, context) => foundByKey("article", key, "key", (key) => context.db.article.findUnique({ ...query, where: { key } })),
  }),
}));
