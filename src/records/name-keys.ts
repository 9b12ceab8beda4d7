import { customPinyin, pinyin } from "pinyin-pro";

// What finding and sorting by name rest on, computed once when a record is written so SQL can
// match and order by it on SQLite and PostgreSQL alike (neither database knows pinyin):
// - the sort key: the Chinese name in Hanyu Pinyin, each syllable followed by its tone number (the
//   neutral tone as 5, after the four), so a list sorts as a Chinese reader expects (保山 bao3,
//   南京 nan2, 齐齐哈尔 qi2, 云南 yun2) and a shorter syllable before a longer one (西安 xi1an1
//   before 县 xian4): a digit ends every syllable and sorts before any letter. Only a–z and 0–9
//   are kept, which every collation orders alike.
// - the search text: every name of the record (Chinese, short, English, pinyin) in its search
//   form, one per line, so a search for a part of one name never matches across two.

/** Readings pinyin-pro gets wrong in place names (its default reading of the character differs). */
const placeReadings: Record<string, string> = {
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
};
customPinyin(placeReadings);

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

/** The Chinese name's syllables in pinyin with tone numbers ("bao3"), other runs of text as they are. */
function syllables(nameZh: string): string[] {
  return pinyin(nameZh, { toneType: "num", type: "array", v: true, nonZh: "consecutive" });
}

/** The key a list sorts names by: pinyin with tone numbers, lower case, a–z and 0–9 only. */
export function pinyinSortKey(nameZh: string): string {
  return (
    syllables(nameZh.normalize("NFKC"))
      // pinyin-pro numbers the neutral tone 0; a dictionary lists it after the four tones.
      .map((syllable) => (/^[a-zv]+0$/.test(syllable) ? `${syllable.slice(0, -1)}5` : syllable))
      .map((syllable) => syllable.toLowerCase().replace(/[^a-z0-9]/g, ""))
      .join("")
  );
}

/** The text a search matches against: each name's search form and the Chinese name's toneless pinyin, one per line. */
export function searchText(nameZh: string, otherNames: (string | null | undefined)[]): string {
  const toneless = pinyin(nameZh.normalize("NFKC"), { toneType: "none", type: "array", v: true, nonZh: "consecutive" }).join("");
  const forms = [nameZh, ...otherNames, toneless].filter((name): name is string => typeof name === "string" && name !== "").map(searchForm);
  return [...new Set(forms)].join("\n");
}

/** Both keys of a record, as they are stored beside its names. */
export function nameKeys(nameZh: string, otherNames: (string | null | undefined)[]): { sortKey: string; searchText: string } {
  return { sortKey: pinyinSortKey(nameZh), searchText: searchText(nameZh, otherNames) };
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

/** The keys of a row of a named model, from its own columns. */
export function nameKeysOfRow(model: NamedModel, row: Record<string, unknown>): { sortKey: string; searchText: string } {
  const columns = namedModels[model];
  const text = (column: string) => (typeof row[column] === "string" ? (row[column] as string) : null);
  return nameKeys(text(columns.nameZh) ?? "", columns.otherNames.map(text));
}
