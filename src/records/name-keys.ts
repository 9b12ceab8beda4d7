import { convert, pinyin } from "pinyin-pro";

// What finding and sorting by name rest on, computed once when a record is written so SQL can
// match and order by it on SQLite and PostgreSQL alike (neither database knows pinyin):
// - the sort key: the Chinese name in Hanyu Pinyin, each syllable followed by its tone number (the
//   neutral tone as 5, after the four), so a list sorts as a Chinese reader expects (保山 bao3,
//   南京 nan2, 齐齐哈尔 qi2, 云南 yun2) and a shorter syllable before a longer one (西安 xi1an1
//   before 县 xian4): a digit ends every syllable and sorts before any letter. Only a–z and 0–9
//   are kept, which every collation orders alike.
// - the search text: every name of the record (Chinese, short, English, pinyin) in its search
//   form, one per line, so a search for a part of one name never matches across two.

/**
 * Readings pinyin-pro gets wrong in place names (its default reading of the character differs).
 * Applied only where a division's name begins with one, never to other text (快乐清洁 is kuài lè).
 */
export const placeReadings: Readonly<Record<string, string>> = {
  乐清: "yuè qīng",
  乐亭: "lào tíng",
  单县: "shàn xiàn",
  大城: "dà chéng",
  尉犁: "yù lí",
  蔚县: "yù xiàn",
  覃塘: "tán táng",
  郫都: "pí dū",
  涡阳: "guō yáng",
  洪洞: "hóng tóng",
  繁峙: "fán shì",
  泌阳: "bì yáng",
  筠连: "jūn lián",
  大埔: "dà bù",
  六合: "lù hé",
  浚县: "xùn xiàn",
  什邡: "shí fāng",
  歙县: "shè xiàn",
  调兵山: "diào bīng shān",
  黄陂: "huáng pí",
};

/**
 * Marks that do not make one name another: whitespace of any kind, book-title and angle brackets
 * (《清障岗位技能鉴定评价规范》 names the document 清障岗位技能鉴定评价规范), quotation marks, middle
 * dots, and LIKE's wildcards, so a searched % or _ is no pattern.
 */
const marksIgnoredInNames = /[\s《》〈〉「」『』“”‘’"'·・%_\\]/gu;

/** A name as searches compare it: compatibility-normalised (full-width Ａ is A), lower case, without the marks above. */
export function searchForm(name: string): string {
  return name.normalize("NFKC").toLowerCase().replace(marksIgnoredInNames, "");
}

/** Whether a name is a division's, whose leading place name may be one pinyin-pro misreads. */
export interface NameOf {
  division?: boolean;
}

/**
 * The Chinese name's syllables in pinyin, with tone numbers ("bao3") or without, other runs of
 * text as they are; a division's name read with placeReadings where it begins with one.
 */
function syllables(nameZh: string, tones: "num" | "none", { division = false }: NameOf = {}): string[] {
  const text = nameZh.normalize("NFKC");
  const read = (part: string) => (part === "" ? [] : pinyin(part, { toneType: tones, type: "array", v: true, nonZh: "consecutive" }));
  const place = division ? Object.keys(placeReadings).find((name) => text.startsWith(name)) : undefined;
  if (!place) return read(text);
  const reading = convert(placeReadings[place]!, { format: tones === "num" ? "symbolToNum" : "toneNone" }).split(" ");
  return [...reading, ...read(text.slice(place.length))];
}

/** The key a list sorts names by: pinyin with tone numbers, lower case, a–z and 0–9 only. */
export function pinyinSortKey(nameZh: string, of: NameOf = {}): string {
  return (
    syllables(nameZh, "num", of)
      // pinyin-pro numbers the neutral tone 0; a dictionary lists it after the four tones.
      .map((syllable) => (/^[a-zv]+0$/.test(syllable) ? `${syllable.slice(0, -1)}5` : syllable))
      .map((syllable) => syllable.toLowerCase().replace(/[^a-z0-9]/g, ""))
      .join("")
  );
}

/**
 * The text a search matches against: each name's search form and the Chinese name's toneless
 * pinyin (letters and digits only: 江苏交控大学（党校） is jiangsujiaokongdaxuedangxiao), one per
 * line. Never empty, so an empty one marks a row written before keys existed: a name of marks
 * only (《》) is kept as it is.
 */
export function searchText(nameZh: string, otherNames: (string | null | undefined)[], of: NameOf = {}): string {
  const toneless = syllables(nameZh, "none", of)
    .join("")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
  const forms = [nameZh, ...otherNames].filter((name): name is string => typeof name === "string" && name !== "").map(searchForm);
  const lines = [...new Set([...forms, toneless].filter((line) => line !== ""))];
  return lines.length > 0 ? lines.join("\n") : nameZh.normalize("NFKC").toLowerCase();
}

/**
 * The condition that one of a record's names has exactly the search form `form`: one whole line of
 * its search text, so no cap on how many records merely contain it can hide the one that is it.
 */
export function oneNameIs(form: string) {
  return {
    OR: [
      { searchText: form },
      { searchText: { startsWith: `${form}\n` } },
      { searchText: { endsWith: `\n${form}` } },
      { searchText: { contains: `\n${form}\n` } },
    ],
  };
}

/** Both keys of a record, as they are stored beside its names. */
export function nameKeys(nameZh: string, otherNames: (string | null | undefined)[], of: NameOf = {}): { sortKey: string; searchText: string } {
  return { sortKey: pinyinSortKey(nameZh, of), searchText: searchText(nameZh, otherNames, of) };
}

/**
 * The record kinds found and sorted by name: the column of the Chinese name the sort key is made
 * of, and every column a search matches. One list, so the write path, the backfill of existing
 * rows and the lookups cannot disagree about which names count.
 */
export const namedModels = {
  region: { nameZh: "nameZh", otherNames: ["nameEn"] },
  organisation: { nameZh: "nameZh", otherNames: ["shortNameZh", "nameEn"] },
  person: { nameZh: "nameZh", otherNames: ["nameEn"] },
  policyDocument: { nameZh: "titleZh", otherNames: ["titleEn"] },
  honourTitle: { nameZh: "nameZh", otherNames: ["nameEn"] },
  skillCompetition: { nameZh: "nameZh", otherNames: ["nameEn"] },
} as const;

export type NamedModel = keyof typeof namedModels;

/** Every name column of a named model, the Chinese name first. */
export const nameColumnsOf = (model: NamedModel): string[] => [namedModels[model].nameZh, ...namedModels[model].otherNames];

/** The Chinese name columns of a named model (nameZh, shortNameZh …): the ones a write may not share. */
export const chineseNameColumnsOf = (model: NamedModel): string[] => nameColumnsOf(model).filter((column) => column.endsWith("Zh"));

/** The names a stored row of a named model goes by, the Chinese name first; a column left empty names nothing. */
export function namesOf(model: NamedModel, row: Record<string, unknown>): string[] {
  return nameColumnsOf(model).flatMap((column) => (typeof row[column] === "string" ? [row[column] as string] : []));
}

/** Whether one of `names` is, read as searches read names, the search form `form`. */
export const goesBy = (names: readonly string[], form: string): boolean => names.some((name) => searchForm(name) === form);

/** The keys of a row of a named model, from its own columns. */
export function nameKeysOfRow(model: NamedModel, row: Record<string, unknown>): { sortKey: string; searchText: string } {
  const columns = namedModels[model];
  const text = (column: string) => (typeof row[column] === "string" ? (row[column] as string) : null);
  return nameKeys(text(columns.nameZh) ?? "", columns.otherNames.map(text), { division: model === "region" });
}
