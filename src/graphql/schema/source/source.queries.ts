import type { Prisma } from "../../../generated/sqlite/index.js";
import { builder } from "../../builder.js";
import { ArticleSection } from "../common/enums.js";
import { presentFields } from "../common/filters.js";
import { listOrder, orderArgumentDescription, recordedOrder } from "../common/list-order.js";
import { foundByKey } from "../common/natural-keys.js";
import { Article, SourceDocument } from "./source.type.js";

const ArticleFilter = builder.inputType("ArticleFilter", {
  description: "Narrows a list of articles.",
  fields: (t) => ({ section: t.field({ type: ArticleSection, required: false, description: "Only this newsletter section." }) }),
});

const sourceDocumentsOrder = listOrder<Prisma.SourceDocumentOrderByWithRelationInput>()("SourceDocument", "source documents", {
  KEY: { description: "The stable key.", clauses: (direction) => [{ key: direction }] },
  TITLE_ZH: { description: "Chinese title, by code point.", clauses: (direction) => [{ titleZh: direction }] },
  RECORDED: recordedOrder(),
});

const articlesOrder = listOrder<Prisma.ArticleOrderByWithRelationInput>()("Article", "articles", {
  PRINTED: { description: "Newsletter, then place in it (the default).", clauses: (direction) => [{ sourceDocumentId: direction }, { ordinal: direction }] },
  TITLE_ZH: { description: "Chinese title, by code point.", clauses: (direction) => [{ titleZh: direction }] },
  RECORDED: recordedOrder(),
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
    args: { orderBy: t.arg({ type: sourceDocumentsOrder.input, required: false, description: orderArgumentDescription }) },
    resolve: (query, _root, args, context) =>
      context.db.sourceDocument.findMany({ ...query, orderBy: sourceDocumentsOrder.orderBy(args.orderBy, [{ id: "asc" }]) }),
    totalCount: (_connection, _args, context) => context.db.sourceDocument.count(),
  }),
  articles: t.prismaConnection({
    type: Article,
    cursor: "id",
    description: "Articles of all newsletters, in printed order.",
    args: {
      filter: t.arg({ type: ArticleFilter, required: false, description: "Conditions the records must meet." }),
      orderBy: t.arg({ type: articlesOrder.input, required: false, description: orderArgumentDescription }),
    },
    resolve: (query, _root, args, context) =>
      context.db.article.findMany({
        ...query,
        where: presentFields(args.filter),
        orderBy: articlesOrder.orderBy(args.orderBy, [{ sourceDocumentId: "asc" }, { ordinal: "asc" }, { id: "asc" }]),
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
