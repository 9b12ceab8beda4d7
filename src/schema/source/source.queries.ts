import { builder } from "../../builder.js";
import { foundOr } from "../common/errors.js";
import { ArticleSectionEnum } from "../common/enums.js";
import { Article, SourceDocument } from "./source.type.js";

builder.queryFields((t) => ({
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
    args: { section: t.arg({ type: ArticleSectionEnum, required: false, description: "Only this section." }) },
    resolve: (query, _root, args, context) =>
      context.db.article.findMany({
        ...query,
        where: args.section ? { section: args.section } : {},
        orderBy: [{ sourceDocumentId: "asc" }, { ordinal: "asc" }, { id: "asc" }],
      }),
    totalCount: (_connection, args, context) => context.db.article.count({ where: args.section ? { section: args.section } : {} }),
  }),
  article: t.prismaField({
    type: Article,
    description: "One article by its key. An unknown key is a NOT_FOUND error.",
    args: { key: t.arg.string({ required: true, description: "The stable key, as the key field returns it." }) },
    resolve: (query, _root, { key }, context) =>
      foundOr(context.db.article.findUnique({ ...query, where: { key } }), "article", key, "key"),
  }),
}));
