import { builder } from "../../builder.js";
import { ArticleSection } from "../common/enums.js";
import { boundedList } from "../common/list-bounds.js";
import { asNodeEntity } from "../common/node-entities.js";
import { Person } from "../person/person.type.js";

const authorsBound = boundedList(50, { orderBy: { ordinal: "asc" } });

export const SourceDocument = builder.prismaNode("SourceDocument", {
  id: { field: "id" },
  nullable: true,
  description: "One newsletter issue as received; its full text is kept in the repository. 来源文件",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable key of the document (its file name without extension)." }),
    titleZh: t.exposeString("titleZh", { description: "Chinese title or description. 标题" }),
    titleEn: t.exposeString("titleEn", { description: "English title or description." }),
    fileName: t.exposeString("fileName", {
      description: "File under seeds/sources/ holding the full text; a repository detail, hidden from federated supergraphs.",
      inaccessible: true,
    }),
    articles: t.relation("articles", {
      description: "Its articles in printed order, at most 500. 文章",
      ...boundedList(500, { orderBy: { ordinal: "asc" } }, "Query.articles"),
    }),
  }),
});

export const Article = builder.prismaNode("Article", {
  id: { field: "id" },
  nullable: true,
  description: "An article of a newsletter: the unit every record's provenance points to. 文章",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable key of the article." }),
    ordinal: t.expose("ordinal", { type: "PositiveInt", description: "Position in its newsletter, from 1." }),
    section: t.expose("section", { type: ArticleSection, description: "Newsletter section. 栏目" }),
    titleZh: t.exposeString("titleZh", { description: "Title as printed. 标题" }),
    titleEn: t.exposeString("titleEn", { description: "English title." }),
    sourceDocument: t.relation("sourceDocument", { description: "The newsletter it appears in." }),
    authorOrganisation: t.relation("authorOrganisation", { nullable: true, description: "Organisation of the authors, from the byline. 作者单位" }),
    originalPublisher: t.relation("originalPublisher", {
      nullable: true,
      description: "Where the article first appeared when reprinted (e.g. 《工人日报》). 原载",
    }),
    authors: t.field({
      type: [Person],
      description: "Named authors in byline order, at most 50. 作者",
      extensions: authorsBound.extensions,
      select: (_args, _context, nestedSelection) => ({
        authors: { ...authorsBound.query, select: { person: nestedSelection(true) } },
      }),
      resolve: (article) => article.authors.map((author) => author.person),
    }),
  }),
});

export const Citation = builder.prismaObject("Citation", {
  description: "Provenance: the passage of an article a record was taken from. 出处",
  fields: (t) => ({
    article: t.relation("article", { description: "The article quoted. 文章" }),
    excerpt: t.exposeString("excerpt", {
      description: "The passage, verbatim except for whitespace (which the newsletter's text extraction scattered). 原文摘录",
    }),
  }),
});

asNodeEntity(Article, "Article", builder.selection<{ key: string }>("key"));

asNodeEntity(SourceDocument, "SourceDocument");
