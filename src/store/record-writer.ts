import type { Prisma } from "../generated/sqlite/index.js";
import { citationOf, compact } from "../provenance/excerpt.js";
import { ByKindAndKey } from "../records/keyed-records.js";
import type { ReferenceKind } from "../records/kind-catalogue.js";
import { nameKeys } from "../records/name-keys.js";
import { excerptFieldsOf } from "../records/record-checks.js";
import type { ArticleRecords, ArticleSeed } from "../records/record-shapes.js";

// The one writer of article data: seeds, imports and mutations all upsert their records through
// it, by natural key, in the caller's transaction.

type Tx = Prisma.TransactionClient;

const bigint = (value: number | undefined) => (value === undefined ? null : BigInt(value));

/** The kinds of row the writer keeps ids of: what records refer to, and the articles they cite. */
type IdKind = ReferenceKind | "article";

/** Natural key → database id, filled as records are written, read when later records refer to them. */
export class Ids {
  private readonly ids = new ByKindAndKey<IdKind, number>();
  /** Citation ids by article key and excerpt (whitespace removed). */
  private readonly citations = new ByKindAndKey<string, number>();
  set(kind: IdKind, key: string, id: number) {
    this.ids.set(kind, key, id);
  }
  get(kind: IdKind, key: string): number {
    const id = this.ids.get(kind, key);
    if (id === undefined) throw new Error(`seed reference to unknown ${kind} "${key}"`);
    return id;
  }
  optional(kind: IdKind, key: string | undefined): number | null {
    return key === undefined ? null : this.get(kind, key);
  }
  setCitation(articleKey: string, excerpt: string, id: number) {
    this.citations.set(articleKey, compact(excerpt), id);
  }
  citation(articleKey: string, excerpt: string): number {
    const id = this.citations.get(articleKey, compact(excerpt));
    if (id === undefined) throw new Error(`no citation of article "${articleKey}" written for "${excerpt}"`);
    return id;
  }
}

/** An article's own row; `text` (whitespace removed) is what later imports' excerpts are checked against. */
export async function writeArticle(tx: Tx, article: ArticleSeed, ids: Ids, text?: string) {
  const { key, sourceDocument, ordinal, section, titleZh, titleEn } = article;
  const fields = {
    key,
    ordinal,
    section,
    titleZh,
    titleEn,
    sourceDocumentId: ids.get("sourceDocument", sourceDocument),
    ...(text === undefined ? {} : { text }),
  };
  const row = await tx.article.upsert({ where: { key }, create: fields, update: fields });
  ids.set("article", key, row.id);
}

/**
 * Writes the records of several articles (each with its article's attribution when the article
 * itself is written too). Records refer to each other and to existing rows by natural key, so
 * `ids` must already hold the ids of everything referred to that these articles do not declare.
 */
export async function writeArticleRecords(tx: Tx, articles: { article?: ArticleSeed; articleKey?: string; records: ArticleRecords }[], ids: Ids) {
  const keyed = articles.map((entry) => ({ ...entry, articleKey: entry.article?.key ?? entry.articleKey! }));
  for (const { articleKey, records } of keyed) await writeCitations(tx, articleKey, records, ids);
  await writeOrganisations(
    tx,
    keyed.flatMap(({ articleKey, records }) => records.organisations.map((o) => ({ articleKey, ...o }))),
    ids,
  );
  for (const { articleKey, records } of keyed) await writePersons(tx, articleKey, records, ids);
  for (const { article } of keyed) if (article) await writeArticleAttribution(tx, article, ids);
  for (const { articleKey, records } of keyed) await writeEntities(tx, articleKey, records, ids);
  for (const { articleKey, records } of keyed) await writeFacts(tx, articleKey, records, ids);
  for (const { articleKey, records } of keyed) await writeSkillStandards(tx, articleKey, records, ids);
}

/** Skill standards, each with its levels, appraisal levels and documents in the order listed; a shortened list stays short. */
async function writeSkillStandards(tx: Tx, articleKey: string, data: ArticleRecords, ids: Ids) {
  const cite = (excerpt: string) => ids.citation(articleKey, excerpt);
  const org = (name: string | undefined) => ids.optional("organisation", name);
  for (const standard of data.skillStandards) {
    const fields = {
      key: standard.key,
      nameZh: standard.nameZh,
      nameEn: standard.nameEn,
      ownerId: ids.get("organisation", standard.owner),
      appraisalCentreId: org(standard.appraisalCentre),
      citationId: cite(standard.excerpt),
      occupationZh: standard.occupationZh,
      occupationEn: standard.occupationEn,
      inNationalClassification: standard.inNationalClassification ?? null,
      occupationCitationId: cite(standard.occupationExcerpt),
      drafterId: org(standard.drafter),
      materialsCitationId: cite(standard.materialsExcerpt),
      trainingSiteId: org(standard.trainingSite),
      trainingSiteCitationId: standard.trainingSiteExcerpt === undefined ? null : cite(standard.trainingSiteExcerpt),
    };
    const row = await tx.skillStandard.upsert({ where: { key: standard.key }, create: fields, update: fields });
    const skillStandardId = row.id;
    await writeListed(
      standard.levels,
      (level, position) =>
        tx.skillStandardLevel.upsert({
          where: { skillStandardId_ordinal: { skillStandardId, ordinal: position + 1 } },
          create: { skillStandardId, ordinal: position + 1, ...level },
          update: level,
        }),
      (listed) => tx.skillStandardLevel.deleteMany({ where: { skillStandardId, ordinal: { gt: listed.length } } }),
    );
    await writeListed(
      standard.appraisalLevels,
      (level, position) =>
        tx.skillStandardAppraisal.upsert({
          where: { skillStandardId_ordinal: { skillStandardId, ordinal: position + 1 } },
          create: { skillStandardId, ordinal: position + 1, ...level },
          update: level,
        }),
      (listed) => tx.skillStandardAppraisal.deleteMany({ where: { skillStandardId, ordinal: { gt: listed.length } } }),
    );
    await writeListed(
      standard.documents.map((title) => ids.get("policyDocument", title)),
      (documentId, position) =>
        tx.skillStandardDocument.upsert({
          where: { skillStandardId_documentId: { skillStandardId, documentId } },
          create: { skillStandardId, documentId, ordinal: position + 1 },
          update: { ordinal: position + 1 },
        }),
      (documentIds) => tx.skillStandardDocument.deleteMany({ where: { skillStandardId, documentId: { notIn: documentIds } } }),
    );
  }
}

async function writeCitations(tx: Tx, articleKey: string, records: ArticleRecords, ids: Ids) {
  const articleId = ids.get("article", articleKey);
  const excerpts = new Set(Object.values(records).flatMap((list) => list.flatMap((record) => excerptFieldsOf(record).map(([, passage]) => compact(passage)))));
  for (const excerpt of excerpts) {
    const citation = citationOf(articleId, excerpt);
    const row = await tx.citation.upsert({
      where: { articleId_excerptHash: { articleId, excerptHash: citation.excerptHash } },
      create: citation,
      update: {},
    });
    ids.setCitation(articleKey, excerpt, row.id);
  }
}

async function writeOrganisations(tx: Tx, all: (ArticleRecords["organisations"][number] & { articleKey: string })[], ids: Ids) {
  // Parents may be declared in another file, so parents are linked once every organisation exists.
  for (const { articleKey, excerpt, parent, region, ...organisation } of all) {
    const fields = {
      ...organisation,
      shortNameZh: organisation.shortNameZh ?? null,
      ...nameKeys(organisation.nameZh, [organisation.shortNameZh, organisation.nameEn]),
      regionId: ids.optional("region", region),
      citationId: ids.citation(articleKey, excerpt),
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
    const fields = {
      ...person,
      ...nameKeys(person.nameZh, [person.nameEn]),
      employerId: ids.optional("organisation", employer),
      ...personal,
      citationId: ids.citation(articleKey, excerpt),
    };
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
  await writeListed(
    authors.map((author) => ids.get("person", author)),
    (personId, ordinal) =>
      tx.articleAuthor.upsert({ where: { articleId_personId: { articleId, personId } }, create: { articleId, personId, ordinal }, update: { ordinal } }),
    (personIds) => tx.articleAuthor.deleteMany({ where: { articleId, personId: { notIn: personIds } } }),
  );
}

/** Records that later facts refer to: documents, titles, competitions, facilities. */
async function writeEntities(tx: Tx, articleKey: string, data: ArticleRecords, ids: Ids) {
  const cite = (excerpt: string) => ids.citation(articleKey, excerpt);
  const org = (name: string | undefined) => ids.optional("organisation", name);

  for (const { excerpt, issuers, issued, summaryZh, summaryEn, ...document } of data.policyDocuments) {
    const fields = {
      ...document,
      ...nameKeys(document.titleZh, [document.titleEn]),
      issued: issued ?? null,
      summaryZh: summaryZh ?? null,
      summaryEn: summaryEn ?? null,
      citationId: cite(excerpt),
    };
    const row = await tx.policyDocument.upsert({ where: { titleZh: document.titleZh }, create: fields, update: fields });
    ids.set("policyDocument", document.titleZh, row.id);
    await writeListed(
      issuers.map((issuer) => ids.get("organisation", issuer)),
      (organisationId, ordinal) =>
        tx.policyDocumentIssuer.upsert({
          where: { documentId_organisationId: { documentId: row.id, organisationId } },
          create: { documentId: row.id, organisationId, ordinal },
          update: { ordinal },
        }),
      (issuerIds) => tx.policyDocumentIssuer.deleteMany({ where: { documentId: row.id, organisationId: { notIn: issuerIds } } }),
    );
  }
  for (const { excerpt, conferrers, ...title } of data.honourTitles) {
    const fields = { ...title, ...nameKeys(title.nameZh, [title.nameEn]), citationId: cite(excerpt) };
    const row = await tx.honourTitle.upsert({ where: { nameZh: title.nameZh }, create: fields, update: fields });
    ids.set("honourTitle", title.nameZh, row.id);
    await writeListed(
      conferrers.map((conferrer) => ids.get("organisation", conferrer)),
      (organisationId) =>
        tx.honourTitleConferrer.upsert({
          where: { honourTitleId_organisationId: { honourTitleId: row.id, organisationId } },
          create: { honourTitleId: row.id, organisationId },
          update: {},
        }),
      (conferrerIds) => tx.honourTitleConferrer.deleteMany({ where: { honourTitleId: row.id, organisationId: { notIn: conferrerIds } } }),
    );
  }
  for (const { excerpt, organiser, region, themeZh, themeEn, ...competition } of data.skillCompetitions) {
    const fields = {
      ...competition,
      ...nameKeys(competition.nameZh, [competition.nameEn]),
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
  const cite = (excerpt: string) => ids.citation(articleKey, excerpt);
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
    // Steps are numbered from 1 in list order; a shortened list stays short.
    await writeListed(
      steps,
      (step, position) =>
        tx.careerLadderStep.upsert({
          where: { careerLadderId_ordinal: { careerLadderId: row.id, ordinal: position + 1 } },
          create: { careerLadderId: row.id, ordinal: position + 1, ...step },
          update: step,
        }),
      (listed) => tx.careerLadderStep.deleteMany({ where: { careerLadderId: row.id, ordinal: { gt: listed.length } } }),
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
    // Items are numbered from 1 in list order; a shortened list stays short.
    await writeListed(
      items,
      ({ weightPercent, ...item }, position) => {
        const itemFields = { ...item, weightPercent: weightPercent ?? null };
        return tx.programmeItem.upsert({
          where: { programmeId_ordinal: { programmeId: row.id, ordinal: position + 1 } },
          create: { programmeId: row.id, ordinal: position + 1, ...itemFields },
          update: itemFields,
        });
      },
      (listed) => tx.programmeItem.deleteMany({ where: { programmeId: row.id, ordinal: { gt: listed.length } } }),
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
 * Rows that belong to a record as a list (authors, issuers, conferrers, ladder steps, programme
 * items) made to match the list: each item written with its position (from 0), in order, then
 * the rows of items the list no longer holds removed, so a shortened list stays short.
 */
async function writeListed<T>(list: T[], write: (item: T, position: number) => Promise<unknown>, removeUnlisted: (listed: T[]) => Promise<unknown>) {
  for (const [position, item] of list.entries()) await write(item, position);
  await removeUnlisted(list);
}
