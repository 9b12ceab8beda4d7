import { compact } from "../provenance/excerpt.js";
import { ByKindAndKey } from "./keyed-records.js";
import { checkArticle, type DeclaredKeys, describeRecord } from "./record-checks.js";
import type { ArticleFile, IndicatorSeed, RegionSeed, SourceDocumentSeed } from "./record-shapes.js";
import { KeySet } from "./references.js";

// A whole set of seed data read together (reference data, newsletters, articles), and the checks
// that need all of it: where each article sits in its newsletter, and references across files.

export interface SourceDocumentBundle {
  file: string;
  meta: SourceDocumentSeed;
  /** The document's text with all whitespace removed, as excerpts are written. */
  compactText: string;
}

export interface ArticleBundle {
  file: string;
  data: ArticleFile;
  /** The article's slice of its source document, whitespace removed: what its excerpts are checked against. */
  text: string;
}

export interface SeedBundle {
  /** The division registry, parents first, with the English names sources give where they name one. */
  regions: (RegionSeed & { nameEnRomanised: boolean })[];
  indicators: IndicatorSeed[];
  sourceDocuments: SourceDocumentBundle[];
  articles: ArticleBundle[];
}

/** The slice of its source document an article occupies: from its heading to the next one. */
export function articleSpans(bundle: SeedBundle, problems: string[]): Map<string, string> {
  const spans = new Map<string, string>();
  for (const source of bundle.sourceDocuments) {
    const ofSource = bundle.articles
      .filter((a) => a.data.article.sourceDocument === source.meta.key)
      .sort((a, b) => a.data.article.ordinal - b.data.article.ordinal);
    // Headings appear twice (table of contents, then body): the body is the last occurrence.
    const starts = ofSource.map((a) => source.compactText.lastIndexOf(compact(a.data.article.titleZh)));
    ofSource.forEach((a, i) => {
      if (starts[i]! < 0) {
        problems.push(`${a.file}: article.titleZh: not found in ${source.meta.fileName}`);
        return;
      }
      const end = starts.slice(i + 1).find((start) => start > starts[i]!) ?? source.compactText.length;
      spans.set(a.data.article.key, source.compactText.slice(starts[i], end));
    });
  }
  return spans;
}

/**
 * The division registry with the names sources use: each region of regions.json must be a
 * division of the registry with the same Chinese name, level and parent; its English name
 * replaces the romanised one.
 */
export function registryWithGivenNames(registry: RegionSeed[], given: RegionSeed[], problems: string[]): SeedBundle["regions"] {
  const givenByCode = new Map(given.map((region) => [region.code, region]));
  const registered = new Map(registry.map((division) => [division.code, division]));
  given.forEach((region, i) => {
    const division = registered.get(region.code);
    if (!division) {
      problems.push(`seeds/reference/regions.json: regions[${i}] (${region.code}) is not in the division registry (seeds/reference/divisions.json)`);
    } else if (division.nameZh !== region.nameZh || division.level !== region.level || division.parent !== region.parent) {
      problems.push(
        `seeds/reference/regions.json: regions[${i}] (${region.code}) is ${region.nameZh}, ${region.level} under ${region.parent ?? "none"}; the registry has ${division.nameZh}, ${division.level} under ${division.parent ?? "none"}`,
      );
    }
  });
  for (const [i, division] of registry.entries()) {
    if (division.parent && !registered.has(division.parent))
      problems.push(`seeds/reference/divisions.json: divisions[${i}] (${division.code}).parent: ${division.parent} is no division`);
  }
  return registry.map((division) => {
    const nameEn = givenByCode.get(division.code)?.nameEn;
    return { ...division, nameEn: nameEn ?? division.nameEn, nameEnRomanised: nameEn === undefined };
  });
}

/** References by natural key, excerpts inside their article, numbers agreeing with their text. */
export function crossCheck(bundle: SeedBundle): string[] {
  const problems: string[] = [];
  const known = new KeySet();
  for (const [i, region] of bundle.regions.entries()) {
    if (region.parent && !known.has("region", region.parent)) {
      problems.push(`seeds/reference/divisions.json: divisions[${i}] (${region.code}).parent: ${region.parent} is not listed before it`);
    }
    known.add("region", region.code);
  }
  for (const indicator of bundle.indicators) known.add("indicator", indicator.code);
  for (const source of bundle.sourceDocuments) known.add("sourceDocument", source.meta.key);
  for (const { data } of bundle.articles) known.addDeclared(data);

  const declaredAt: DeclaredKeys = new ByKindAndKey();
  for (const { file, data, text } of bundle.articles) {
    const { article, ...records } = data;
    for (const { path: at, message } of checkArticle(file, article, records, known, text, declaredAt)) {
      problems.push(`${file}: ${describeRecord(data, at)}: ${message}`);
    }
  }
  return problems;
}
