import type { Database } from "../src/db/client.js";
import type { Prisma } from "../src/generated/sqlite/index.js";
import { citationOf, compact } from "../src/provenance/excerpt.js";
import { remarkAllLatestFigures } from "../src/writes/latest-figures.js";
import { everyKindIn, retally } from "../src/writes/record-tallies.js";
import type { SeedBundle } from "./read-seeds.js";
import type { ArticleFile, ArticleSeed } from "./seed-schema.js";

type Tx = Prisma.TransactionClient;

export interface ArticleSeedCount {
  article: string;
  records: number;
  reportedFigures: number;
}

/** What one load wrote: per article, how many records it holds and how many are reported figures. */
export interface SeedSummary {
  regions: number;
  indicators: number;
  articles: ArticleSeedCount[];
}

const bigint = (value: number | undefined) => (value === undefined ? null : BigInt(value));

/** Natural key → database id, filled as records are written, read when later records refer to them. */
export class Ids {
  private readonly ids = new Map<string, number>();
  set(kind: string, key: string, id: number) {
    this.ids.set(`${kind}\u0000${key}`, id);
  }
  get(kind: string, key: string): number {
    const id = this.ids.get(`${kind}\u0000${key}`);
    if (id === undefined) throw new Error(`seed reference to unknown ${kind} "${key}"`);
    return id;
  }
  optional(kind: string, key: string | undefined): number | null {
    return key === undefined ? null : this.get(kind, key);
  }
}

/**
 * Writes a validated seed bundle in one transaction. Every record is upserted by its natural
 * key, so loading the same bundle again changes nothing (ids included), and a failure anywhere
 * leaves the database as it was.
 */
export async function loadSeeds(db: Database, bundle: SeedBundle): Promise<SeedSummary> {
  return db.$transaction(
    async (tx) => {
      const ids = new Ids();
      await writeRegions(tx, bundle, ids);
      for (const indicator of bundle.indicators) {
        const row = await tx.indicator.upsert({ where: { code: indicator.code }, create: indicator, update: indicator });
        ids.set("indicator", indicator.code, row.id);
      }
      for (const { meta } of bundle.sourceDocuments) {
        const row = await tx.sourceDocument.upsert({ where: { key: meta.key }, create: meta, update: meta });
        ids.set("sourceDocument", meta.key, row.id);
      }
      for (const { data, text } of bundle.articles) await writeArticle(tx, data.article, ids, text);
      await writeArticleRecords(tx, bundle.articles.map(({ data: { article, ...records } }) => ({ article, records })), ids);
      await retally(tx, everyKindIn((await tx.region.findMany({ select: { id: true } })).map((region) => region.id)));
      await remarkAllLatestFigures(tx);
      return {
        regions: bundle.regions.length,
        indicators: bundle.indicators.length,
        articles: bundle.articles.map(({ data }) => countRecords(data)),
      };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

/**
 * Gives seeded articles stored before article texts were kept their text, so excerpts of new
 * writes citing them can be checked; leaves everything else, editors' changes included, alone.
 */
export async function fillMissingArticleTexts(db: Database, bundle: SeedBundle): Promise<number> {
  let filled = 0;
  for (const { data, text } of bundle.articles) {
    filled += (await db.article.updateMany({ where: { key: data.article.key, text: null }, data: { text } })).count;
  }
  return filled;
}

function countRecords(data: ArticleFile): ArticleSeedCount {
  const { article, ...collections } = data;
  const nested = data.careerLadders.reduce((n, l) => n + l.steps.length, 0) + data.programmes.reduce((n, p) => n + p.items.length, 0);
  const records = Object.values(collections).reduce((n, list) => n + list.length, 0) + nested + 1;
  return { article: article.key, records, reportedFigures: data.figures.length };
}

async function writeRegions(tx: Tx, bundle: SeedBundle, ids: Ids) {
  const paths = new Map<string, string>();
  for (const { parent, ...region } of bundle.regions) {
    const path = `${parent ? paths.get(parent)! : "/"}${region.code}/`;
    paths.set(region.code, path);
    const fields = { ...region, path, parentId: ids.optional("region", parent) };
    const row = await tx.region.upsert({ where: { code: region.code }, create: fields, update: fields });
    ids.set("region", region.code, row.id);
  }
}

/** An article's own row; `text` (whitespace removed) is what later imports' excerpts are checked against. */
export async function writeArticle(tx: Tx, article: ArticleSeed, ids: Ids, text?: string) {
  const { key, sourceDocument, ordinal, section, titleZh, titleEn } = article;
  const fields = { key, ordinal, section, titleZh, titleEn, sourceDocumentId: ids.get("sourceDocument", sourceDocument), ...(text === undefined ? {} : { text }) };
  const row = await tx.article.upsert({ where: { key }, create: fields, update: fields });
  ids.set("article", key, row.id);
}

const citationKey = (articleKey: string, excerpt: string) => `${articleKey}\u0000${compact(excerpt)}`;

/** The records of one article: what an article file holds besides the article itself. */
export type ArticleRecords = Omit<ArticleFile, "article">;

/**
 * Writes the records of several articles (each with its article's attribution when the article
 * itself is written too). Records refer to each other and to existing rows by natural key, so
 * `ids` must already hold the ids of everything referred to that these articles do not declare.
 */
export async function writeArticleRecords(tx: Tx, articles: { article?: ArticleSeed; articleKey?: string; records: ArticleRecords }[], ids: Ids) {
  const keyed = articles.map((entry) => ({ ...entry, articleKey: entry.article?.key ?? entry.articleKey! }));
  for (const { articleKey, records } of keyed) await writeCitations(tx, articleKey, records, ids);
  await writeOrganisations(tx, keyed.flatMap(({ articleKey, records }) => records.organisations.map((o) => ({ articleKey, ...o }))), ids);
  for (const { articleKey, records } of keyed) await writePersons(tx, articleKey, records, ids);
  for (const { article } of keyed) if (article) await writeArticleAttribution(tx, article, ids);
  for (const { articleKey, records } of keyed) await writeEntities(tx, articleKey, records, ids);
  for (const { articleKey, records } of keyed) await writeFacts(tx, articleKey, records, ids);
}

async function writeCitations(tx: Tx, articleKey: string, records: ArticleRecords, ids: Ids) {
  const articleId = ids.get("article", articleKey);
  const excerpts = new Set(Object.values(records).flatMap((list) => list.map((r) => compact(r.excerpt))));
  for (const excerpt of excerpts) {
    const citation = citationOf(articleId, excerpt);
    const row = await tx.citation.upsert({
      where: { articleId_excerptHash: { articleId, excerptHash: citation.excerptHash } },
      create: citation,
      update: {},
    });
    ids.set("citation", citationKey(articleKey, excerpt), row.id);
  }
}

async function writeOrganisations(tx: Tx, all: (ArticleRecords["organisations"][number] & { articleKey: string })[], ids: Ids) {
  // Parents may be declared in another file, so parents are linked once every organisation exists.
  for (const { articleKey, excerpt, parent, region, ...organisation } of all) {
    const fields = {
      ...organisation,
      shortNameZh: organisation.shortNameZh ?? null,
      regionId: ids.optional("region", region),
      citationId: ids.get("citation", citationKey(articleKey, excerpt)),
    };
    const row = await tx.organisation.upsert({ where: { nameZh: organisation.nameZh }, create: fields, update: fields });
    ids.set("organisation", organisation.nameZh, row.id);
  }
  for (const { nameZh, parent } of all) {
    await tx.organisation.update({ where: { nameZh }, data: { parentId: ids.optional("organisation", parent) } });
  }
}

async function writePersons(tx: Tx, articleKey: string, records: ArticleRecords, ids: Ids) {
  for (const { excerpt, employer, birthDate, email, phone, ...person } of records.persons) {
    // Personal data a record leaves out stays as stored: editors cannot read it to carry it over.
    const personal = Object.fromEntries(Object.entries({ birthDate, email, phone }).filter(([, value]) => value !== undefined));
    const fields = { ...person, employerId: ids.optional("organisation", employer), ...personal, citationId: ids.get("citation", citationKey(articleKey, excerpt)) };
    const row = await tx.person.upsert({ where: { key: person.key }, create: fields, update: fields });
    ids.set("person", person.key, row.id);
  }
}

async function writeArticleAttribution(tx: Tx, article: ArticleSeed, ids: Ids) {
  const { key, authors, authorOrganisation, originalPublisher } = article;
  const articleId = ids.get("article", key);
  await tx.article.update({
    where: { id: articleId },
    data: {
      authorOrganisationId: ids.optional("organisation", authorOrganisation),
      originalPublisherId: ids.optional("organisation", originalPublisher),
    },
  });
  const personIds = authors.map((author) => ids.get("person", author));
  for (const [ordinal, personId] of personIds.entries()) {
    await tx.articleAuthor.upsert({
      where: { articleId_personId: { articleId, personId } },
      create: { articleId, personId, ordinal },
      update: { ordinal },
    });
  }
  await tx.articleAuthor.deleteMany({ where: { articleId, personId: { notIn: personIds } } });
}

/** Records that later facts refer to: documents, titles, competitions, facilities. */
async function writeEntities(tx: Tx, articleKey: string, data: ArticleRecords, ids: Ids) {
  const cite = (excerpt: string) => ids.get("citation", citationKey(articleKey, excerpt));
  const org = (name: string | undefined) => ids.optional("organisation", name);

  for (const { excerpt, issuers, issued, summaryZh, summaryEn, ...document } of data.policyDocuments) {
    const fields = { ...document, issued: issued ?? null, summaryZh: summaryZh ?? null, summaryEn: summaryEn ?? null, citationId: cite(excerpt) };
    const row = await tx.policyDocument.upsert({ where: { titleZh: document.titleZh }, create: fields, update: fields });
    ids.set("policyDocument", document.titleZh, row.id);
    const issuerIds = issuers.map((issuer) => ids.get("organisation", issuer));
    for (const [ordinal, organisationId] of issuerIds.entries()) {
      await tx.policyDocumentIssuer.upsert({
        where: { documentId_organisationId: { documentId: row.id, organisationId } },
        create: { documentId: row.id, organisationId, ordinal },
        update: { ordinal },
      });
    }
    await tx.policyDocumentIssuer.deleteMany({ where: { documentId: row.id, organisationId: { notIn: issuerIds } } });
  }
  for (const { excerpt, conferrers, ...title } of data.honourTitles) {
    const fields = { ...title, citationId: cite(excerpt) };
    const row = await tx.honourTitle.upsert({ where: { nameZh: title.nameZh }, create: fields, update: fields });
    ids.set("honourTitle", title.nameZh, row.id);
    const conferrerIds = conferrers.map((conferrer) => ids.get("organisation", conferrer));
    for (const organisationId of conferrerIds) {
      await tx.honourTitleConferrer.upsert({
        where: { honourTitleId_organisationId: { honourTitleId: row.id, organisationId } },
        create: { honourTitleId: row.id, organisationId },
        update: {},
      });
    }
    await tx.honourTitleConferrer.deleteMany({ where: { honourTitleId: row.id, organisationId: { notIn: conferrerIds } } });
  }
  for (const { excerpt, organiser, region, themeZh, themeEn, ...competition } of data.skillCompetitions) {
    const fields = {
      ...competition,
      themeZh: themeZh ?? null,
      themeEn: themeEn ?? null,
      organiserId: ids.get("organisation", organiser),
      regionId: ids.optional("region", region),
      citationId: cite(excerpt),
    };
    const row = await tx.skillCompetition.upsert({ where: { nameZh: competition.nameZh }, create: fields, update: fields });
    ids.set("skillCompetition", competition.nameZh, row.id);
  }
  for (const { excerpt, region, operator, ...facility } of data.serviceFacilities) {
    const fields = { ...facility, regionId: ids.get("region", region), operatorId: org(operator), citationId: cite(excerpt) };
    const row = await tx.serviceFacility.upsert({ where: { nameZh: facility.nameZh }, create: fields, update: fields });
    ids.set("serviceFacility", facility.nameZh, row.id);
  }
}

async function writeFacts(tx: Tx, articleKey: string, data: ArticleRecords, ids: Ids) {
  const cite = (excerpt: string) => ids.get("citation", citationKey(articleKey, excerpt));
  const org = (name: string | undefined) => ids.optional("organisation", name);
  const region = (code: string | undefined) => ids.optional("region", code);
  const period = (value: string | undefined) => value ?? null;

  for (const h of data.honours) {
    const fields = {
      key: h.key,
      status: h.status,
      honourTitleId: ids.get("honourTitle", h.honourTitle),
      personId: ids.optional("person", h.person),
      organisationId: org(h.organisation),
      regionId: region(h.region),
      period: period(h.period),
      citationId: cite(h.excerpt),
    };
    await tx.honour.upsert({ where: { key: h.key }, create: fields, update: fields });
  }
  for (const f of data.figures) {
    const fields = {
      key: f.key,
      indicatorId: ids.get("indicator", f.indicator),
      regionId: region(f.region),
      organisationId: org(f.organisation),
      qualifier: f.qualifier,
      value: BigInt(f.value),
      valueMax: bigint(f.valueMax),
      statedAs: f.statedAs,
      period: period(f.period),
      honourTitleId: ids.optional("honourTitle", f.honourTitle),
      honourStatus: f.honourStatus ?? null,
      skillCompetitionId: ids.optional("skillCompetition", f.skillCompetition),
      policyDocumentId: ids.optional("policyDocument", f.policyDocument),
      citationId: cite(f.excerpt),
    };
    await tx.reportedFigure.upsert({ where: { key: f.key }, create: fields, update: fields });
  }
  for (const f of data.funding) {
    const fields = {
      key: f.key,
      payerId: org(f.payer),
      regionId: ids.get("region", f.region),
      purpose: f.purpose,
      descriptionZh: f.descriptionZh,
      descriptionEn: f.descriptionEn,
      qualifier: f.qualifier,
      amountCny: BigInt(f.value),
      amountCnyMax: bigint(f.valueMax),
      statedAs: f.statedAs,
      period: period(f.period),
      serviceFacilityId: ids.optional("serviceFacility", f.serviceFacility),
      citationId: cite(f.excerpt),
    };
    await tx.fundingAllocation.upsert({ where: { key: f.key }, create: fields, update: fields });
  }
  for (const r of data.rewardRules) {
    const fields = {
      key: r.key,
      kind: r.kind,
      grantorId: ids.get("organisation", r.grantor),
      policyDocumentId: ids.optional("policyDocument", r.policyDocument),
      conditionZh: r.conditionZh,
      conditionEn: r.conditionEn,
      rankFrom: r.rankFrom ?? null,
      rankTo: r.rankTo ?? null,
      prizeGradeZh: r.prizeGradeZh ?? null,
      honourTitleId: ids.optional("honourTitle", r.honourTitle),
      qualifier: r.amount?.qualifier ?? null,
      amountCny: bigint(r.amount?.value),
      amountCnyMax: bigint(r.amount?.valueMax),
      unit: r.amount?.unit ?? null,
      statedAs: r.amount?.statedAs ?? null,
      cycleMonths: r.cycleMonths ?? null,
      citationId: cite(r.excerpt),
    };
    await tx.rewardRule.upsert({ where: { key: r.key }, create: fields, update: fields });
  }
  for (const { excerpt, organisation, steps, ...ladder } of data.careerLadders) {
    const fields = { ...ladder, organisationId: ids.get("organisation", organisation), citationId: cite(excerpt) };
    const row = await tx.careerLadder.upsert({ where: { key: ladder.key }, create: fields, update: fields });
    await writeOrderedChildren(
      steps,
      (step, ordinal) =>
        tx.careerLadderStep.upsert({
          where: { careerLadderId_ordinal: { careerLadderId: row.id, ordinal } },
          create: { careerLadderId: row.id, ordinal, ...step },
          update: step,
        }),
      (count) => tx.careerLadderStep.deleteMany({ where: { careerLadderId: row.id, ordinal: { gt: count } } }),
    );
  }
  for (const r of data.rankings) {
    const fields = {
      key: r.key,
      criterionZh: r.criterionZh,
      criterionEn: r.criterionEn,
      regionId: region(r.region),
      organisationId: org(r.organisation),
      scopeRegionId: ids.get("region", r.scopeRegion),
      qualifier: r.qualifier,
      rank: r.rank,
      outOf: r.outOf ?? null,
      statedAs: r.statedAs,
      period: period(r.period),
      citationId: cite(r.excerpt),
    };
    await tx.ranking.upsert({ where: { key: r.key }, create: fields, update: fields });
  }
  for (const { excerpt, items, region: code, organisation, policyDocument, skillCompetition, ...programme } of data.programmes) {
    const fields = {
      ...programme,
      regionId: region(code),
      organisationId: org(organisation),
      policyDocumentId: ids.optional("policyDocument", policyDocument),
      skillCompetitionId: ids.optional("skillCompetition", skillCompetition),
      citationId: cite(excerpt),
    };
    const row = await tx.programme.upsert({ where: { key: programme.key }, create: fields, update: fields });
    await writeOrderedChildren(
      items,
      ({ weightPercent, ...item }, ordinal) => {
        const itemFields = { ...item, weightPercent: weightPercent ?? null };
        return tx.programmeItem.upsert({
          where: { programmeId_ordinal: { programmeId: row.id, ordinal } },
          create: { programmeId: row.id, ordinal, ...itemFields },
          update: itemFields,
        });
      },
      (count) => tx.programmeItem.deleteMany({ where: { programmeId: row.id, ordinal: { gt: count } } }),
    );
  }
  for (const s of data.craftsmanStudios) {
    const fields = {
      nameZh: s.nameZh,
      nameEn: s.nameEn,
      regionId: ids.get("region", s.region),
      hostId: org(s.host),
      leadId: ids.optional("person", s.lead),
      established: period(s.established),
      citationId: cite(s.excerpt),
    };
    await tx.craftsmanStudio.upsert({ where: { nameZh: s.nameZh }, create: fields, update: fields });
  }
  for (const d of data.demonstrationPoints) {
    const fields = {
      nameZh: d.nameZh,
      nameEn: d.nameEn,
      regionId: ids.get("region", d.region),
      hostId: org(d.host),
      designated: period(d.designated),
      citationId: cite(d.excerpt),
    };
    await tx.demonstrationPoint.upsert({ where: { nameZh: d.nameZh }, create: fields, update: fields });
  }
  for (const p of data.innovationProjects) {
    const fields = {
      nameZh: p.nameZh,
      nameEn: p.nameEn,
      status: p.status,
      regionId: ids.get("region", p.region),
      ownerId: org(p.owner),
      period: period(p.period),
      citationId: cite(p.excerpt),
    };
    await tx.innovationProject.upsert({ where: { nameZh: p.nameZh }, create: fields, update: fields });
  }
}

/**
 * Ordered child rows (ladder steps, programme items) are numbered from 1 in seed order; rows
 * beyond the seed's count are removed, so a shortened list stays short.
 */
async function writeOrderedChildren<T>(
  children: T[],
  write: (child: T, ordinal: number) => Promise<unknown>,
  removeBeyond: (count: number) => Promise<unknown>,
) {
  for (const [index, child] of children.entries()) await write(child, index + 1);
  await removeBeyond(children.length);
}
