import { customPinyin, pinyin } from "pinyin-pro";
import { placeReadings } from "../../records/name-keys.js";

// English names for divisions the sources never name, romanised from the Chinese by pinyin-pro
// and marked so (Region.nameEnRomanised): the place name in Hanyu Pinyin without tones, the
// administrative suffix translated ("Province", "District", "Autonomous Prefecture" …), ethnic
// groups of autonomous divisions by their English names. Machine romanisation is a fallback for
// reading a list; the code and the Chinese name are what identify a division.

// Place names pinyin-pro reads wrongly: the one table, which the sort keys of division names read
// too. Set globally only in this command, which reads nothing but division names.
customPinyin(placeReadings);

/** Names with an established English form that is not their pinyin. */
const conventionalNames: Record<string, string> = {
  陕西省: "Shaanxi Province",
  内蒙古自治区: "Inner Mongolia Autonomous Region",
  西藏自治区: "Tibet Autonomous Region",
  新疆维吾尔自治区: "Xinjiang Uyghur Autonomous Region",
  呼和浩特市: "Hohhot",
  呼伦贝尔市: "Hulunbuir",
  乌鲁木齐市: "Urumqi",
  拉萨市: "Lhasa",
  齐齐哈尔市: "Qiqihar",
};

/** The 55 recognised minority nationalities, as their autonomous divisions are named in English. */
const ethnicGroups: Record<string, string> = {
  壮: "Zhuang",
  回: "Hui",
  满: "Manchu",
  维吾尔: "Uyghur",
  苗: "Miao",
  彝: "Yi",
  土家: "Tujia",
  藏: "Tibetan",
  蒙古: "Mongol",
  侗: "Dong",
  布依: "Bouyei",
  瑶: "Yao",
  白: "Bai",
  朝鲜: "Korean",
  哈尼: "Hani",
  黎: "Li",
  哈萨克: "Kazakh",
  傣: "Dai",
  畲: "She",
  傈僳: "Lisu",
  东乡: "Dongxiang",
  仡佬: "Gelao",
  拉祜: "Lahu",
  佤: "Va",
  水: "Sui",
  纳西: "Naxi",
  羌: "Qiang",
  土: "Tu",
  仫佬: "Mulao",
  锡伯: "Xibe",
  柯尔克孜: "Kyrgyz",
  景颇: "Jingpo",
  达斡尔: "Daur",
  撒拉: "Salar",
  布朗: "Blang",
  毛南: "Maonan",
  塔吉克: "Tajik",
  普米: "Pumi",
  阿昌: "Achang",
  怒: "Nu",
  鄂温克: "Evenki",
  京: "Gin",
  基诺: "Jino",
  德昂: "De'ang",
  保安: "Bonan",
  俄罗斯: "Russian",
  裕固: "Yugur",
  乌孜别克: "Uzbek",
  门巴: "Monba",
  鄂伦春: "Oroqen",
  独龙: "Derung",
  赫哲: "Hezhen",
  高山: "Gaoshan",
  珞巴: "Lhoba",
  塔塔尔: "Tatar",
};

/** Administrative suffixes by level, longest first, with their English. */
const suffixes: Record<"PROVINCE" | "PREFECTURE" | "COUNTY", [string, string][]> = {
  PROVINCE: [
    ["自治区", "Autonomous Region"],
    ["省", "Province"],
    ["市", ""],
  ],
  PREFECTURE: [
    ["自治州", "Autonomous Prefecture"],
    ["地区", "Prefecture"],
    ["盟", "League"],
    ["市", ""],
  ],
  COUNTY: [
    ["自治县", "Autonomous County"],
    ["自治旗", "Autonomous Banner"],
    ["林区", "Forestry District"],
    ["特区", "Special District"],
    ["新区", "New Area"],
    ["区", "District"],
    ["县", "County"],
    ["旗", "Banner"],
    ["市", ""],
  ],
};

/** A place name in pinyin as one capitalised word, with the apostrophe before a vowel syllable (Xi'an). */
function pinyinWord(chinese: string): string {
  const syllables = pinyin(chinese, { toneType: "none", type: "array", v: false });
  const word = syllables.map((syllable, index) => (index > 0 && /^[aeo]/.test(syllable) ? `'${syllable}` : syllable)).join("");
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Strips the ethnic groups off the end of an autonomous division's stem: 湘西土家族苗族 → 湘西, [Tujia, Miao]. */
function ethnicTail(stem: string): { place: string; groups: string[] } {
  const groups: string[] = [];
  let place = stem;
  for (;;) {
    const match = Object.keys(ethnicGroups)
      .filter((group) => place.endsWith(`${group}族`) || place.endsWith(group))
      .sort((a, b) => b.length - a.length)[0];
    if (!match || place.length <= match.length + (place.endsWith(`${match}族`) ? 1 : 0)) break;
    groups.unshift(ethnicGroups[match]!);
    place = place.slice(0, place.length - match.length - (place.endsWith(`${match}族`) ? 1 : 0));
  }
  return { place, groups };
}

const listed = (names: string[]) => (names.length <= 2 ? names.join(" and ") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`);

/** The romanised English name of a division, e.g. 楚雄彝族自治州 → "Chuxiong Yi Autonomous Prefecture". */
export function romanisedName(nameZh: string, level: "PROVINCE" | "PREFECTURE" | "COUNTY"): string {
  const conventional = conventionalNames[nameZh];
  if (conventional) return conventional;
  const [suffix, english] = suffixes[level].find(([ending]) => nameZh.endsWith(ending) && nameZh.length > ending.length) ?? ["", ""];
  const stem = nameZh.slice(0, nameZh.length - suffix.length);
  const { place, groups } = suffix.startsWith("自治") ? ethnicTail(stem) : { place: stem, groups: [] };
  // 鄂伦春自治旗: the division is named after its people alone.
  const placeName = ethnicGroups[place] ?? ethnicGroups[place.replace(/族$/, "")] ?? pinyinWord(place);
  return [placeName, listed(groups), english].filter((part) => part !== "").join(" ");
}
