import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "../../../src/db/database-url.js";
import { readDraftRules } from "../../../src/draft/draft-rules.js";
import { readByline, splitNewsletter } from "../../../src/draft/newsletter-split.js";

// The split of a newsletter into articles, measured on the seed newsletter against the curated
// article files: the same articles, titles, sections, author organisations, authors and publishers.

const rules = readDraftRules(repositoryRoot);
const source = fs.readFileSync(path.join(repositoryRoot, "seeds/sources/000_2dc913a942106495.txt"), "utf8");
const curated = fs.readdirSync(path.join(repositoryRoot, "seeds/articles")).map((file) => {
  const seed = JSON.parse(fs.readFileSync(path.join(repositoryRoot, "seeds/articles", file), "utf8"));
  const nameOf = new Map<string, string>(seed.persons.map((person: { key: string; nameZh: string }) => [person.key, person.nameZh]));
  return {
    ordinal: seed.article.ordinal as number,
    section: seed.article.section as string,
    titleZh: seed.article.titleZh as string,
    authorOrganisation: seed.article.authorOrganisation as string | undefined,
    originalPublisher: seed.article.originalPublisher as string | undefined,
    authors: (seed.article.authors as string[]).map((key) => nameOf.get(key)),
  };
});

describe("splitting the seed newsletter", () => {
  const split = splitNewsletter(source, rules.sectionHeads);

  it("finds the curated articles, in order, with their titles, sections and bylines", () => {
    expect(
      split.articles.map(({ ordinal, section, titleZh, byline }) => ({
        ordinal,
        section,
        titleZh,
        authorOrganisation: byline?.authorOrganisation,
        originalPublisher: byline?.originalPublisher,
        authors: byline?.authors ?? [],
      })),
    ).toEqual(curated.sort((a, b) => a.ordinal - b.ordinal));
    expect(split.problems).toEqual([]);
  });

  it("checks each title against the table of contents, and keeps each body between its title and its byline", () => {
    expect(split.articles.every((article) => article.titleInContents)).toBe(true);
    const baoshan = split.articles[0]!;
    const body = source.slice(baoshan.bodyStart, baoshan.bodyEnd);
    expect(body.startsWith("按照“政治上保证")).toBe(true);
    expect(body.replace(/\s+/g, "").endsWith("为户外劳动者提供服务100余万人次。")).toBe(true);
    expect(source.slice(baoshan.byline!.start, baoshan.byline!.end).trim()).toBe("（保山市总工会  李雅娟、段楚楚）");
  });
});

describe("bylines", () => {
  it.each([
    ["保山市总工会  李雅娟、段楚楚", { authorOrganisation: "保山市总工会", authors: ["李雅娟", "段楚楚"] }],
    ["云天化集团 栾德强", { authorOrganisation: "云天化集团", authors: ["栾德强"] }],
    ["《工人日报》", { originalPublisher: "工人日报", authors: [] }],
    ["市总工会", { authorOrganisation: "市总工会", authors: [] }],
  ])("%s", (credit, expected) => {
    expect(readByline(credit)).toEqual(expected);
  });
});

describe("what the split cannot place", () => {
  it("names an unknown section head and an article without a byline, and takes no text without a title as an article", () => {
    const text = "【本期聚焦】\n\n某市总工会开展活动  全年开展宣讲 65 场次。\n\n（某市总工会  张三）\n\n没有标题的一段文字。";
    const split = splitNewsletter(text, rules.sectionHeads);
    expect(split.articles.map(({ titleZh, sectionHead, section }) => ({ titleZh, sectionHead, section }))).toEqual([
      { titleZh: "某市总工会开展活动", sectionHead: "本期聚焦", section: undefined },
    ]);
    expect(split.problems.map(({ message }) => message)).toEqual([
      "【本期聚焦】 is no known section head: the articles under it have no section.",
      "Text with no title and body apart (no wide gap after a title): not taken as an article.",
    ]);
  });

  it("takes a head printed twice in the body for two sections, not a table of contents, and loses no article", () => {
    const text =
      "【简讯速览】\n甲工会开展活动  培训300人。\n（甲工会  张三）\n【他山之石】\n乙公司开展竞赛  参赛50人。\n（《工人日报》）\n【简讯速览】\n丙工会慰问职工  慰问20户。\n（丙工会  李四）";
    const split = splitNewsletter(text, rules.sectionHeads);
    expect(split.articles.map(({ titleZh, section }) => [titleZh, section])).toEqual([
      ["甲工会开展活动", "NEWS_BRIEFS"],
      ["乙公司开展竞赛", "CASES_FROM_ELSEWHERE"],
      ["丙工会慰问职工", "NEWS_BRIEFS"],
    ]);
  });

  it("reads an empty or headless text without failing", () => {
    expect(splitNewsletter("", rules.sectionHeads)).toEqual({ articles: [], problems: [] });
    expect(splitNewsletter("标题  正文。\n（《人民日报》）", rules.sectionHeads).articles).toMatchObject([
      { titleZh: "标题", byline: { originalPublisher: "人民日报" }, titleInContents: false },
    ]);
  });
});
