import { zh2num } from "@lazy-cjk/zh2num";
import type { Qualifier, Unit } from "../generated/sqlite/index.js";

// How Chinese trade-union newsletters state numbers, read from running prose: the numeral
// (Arabic, Chinese, or both, "2.8万"), the words around it that qualify it (余, 超过, 不高于, 近,
// 以上 …), ranges with the multiplier shared by both ends ("2-5万元"), percentages, ordinals and
// rankings, the measure word and the unit it implies, and dates. Pure: the drafter (#15) and the
// seed checks (parseStatedQuantity) read numbers the same way.
//
// Chinese numerals are converted by @lazy-cjk/zh2num (README: why that one); this module decides
// what is a numeral at all: a well-formed one ("十四五", "五一" are names, not 55 and 51).

/**
 * The model's four qualifiers, and ABOUT for 近/约/左右 ("nearly 10,000"): the record model has no
 * "approximately", and an approximate number is neither a bound nor exact, so the grammar keeps it
 * apart and the drafter hands it to the editor instead of guessing a bound.
 */
export type StatedQualifier = Qualifier | "ABOUT";

/** What a stated number is: an amount of something, a percentage, or a place in a ranking. */
export type StatedForm = "AMOUNT" | "PERCENT" | "RANK";

export interface StatedNumber {
  /** Offsets in the text read (UTF-16 code units), end exclusive: `text.slice(start, end)` is what was printed. */
  start: number;
  end: number;
  /**
   * As printed, qualifier words and measure word included ("1万余人", "不高于3000元"), without the
   * spaces and line breaks the newsletters' extraction scattered through it ("1 万余人").
   */
  statedAs: string;
  form: StatedForm;
  qualifier: StatedQualifier;
  /** The number, the bound, or a range's lower end; money in whole CNY (万元 multiplied out). */
  value: number;
  valueMax?: number;
  /** The measure word as printed after the number ("个", "人次", "万元"), when there is one. */
  measureWord?: string;
  /** The unit the measure word (and words such as 每月 around it) imply, when they imply one. */
  unit?: Unit;
  /** The words the qualifier, form and unit were read from, for the editor ("余", "不高于", "每月"). */
  cues: string[];
}

export interface StatedDate {
  start: number;
  end: number;
  statedAs: string;
  /** ISO 8601 at the precision printed: "2020", "2020-06", "2020-06-15". */
  period: string;
  /** The last year of a span of years ("2021—2025年"). */
  periodEnd?: string;
  cues: string[];
}

const fullWidth: Record<string, string> = { "．": ".", "％": "%", "～": "~", "－": "-" };

/** A full-width digit or sign as ASCII, one code unit for one. */
function halfWidthChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 48);
  return fullWidth[char] ?? char;
}

function halfWidth(text: string): string {
  return text.replace(/[０-９．％～－]/g, halfWidthChar);
}

/**
 * The text as the grammar reads it: full-width digits and signs made ASCII, and without
 * whitespace, which the newsletters' extraction put between numbers and their words ("65 场次",
 * "2020 年 6 月"); `originalAt` maps each position back to the text given. The full-width comma
 * stays a clause break, never a thousands separator ("1318户，35646人").
 */
interface ReadingView {
  read: string;
  /** The same characters as printed (full width kept), for statedAs. */
  printed: string;
  originalAt: number[];
}

function readingView(text: string): ReadingView {
  let read = "";
  let printed = "";
  const originalAt: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (/\s/.test(char)) {
      // The whole run of whitespace at once; "2020 3000人", a table's columns: between two digits it keeps them two numbers.
      let next = index;
      while (next < text.length && /\s/.test(text[next]!)) next++;
      if (/\d/.test(read.at(-1) ?? "") && /[\d０-９]/.test(text[next] ?? "")) {
        read += "|";
        printed += " ";
        originalAt.push(index);
      }
      index = next - 1;
      continue;
    }
    read += halfWidthChar(char);
    printed += char;
    originalAt.push(index);
  }
  originalAt.push(text.length);
  return { read, printed, originalAt };
}

/** A span of the view as offsets in the original text and its printed characters. */
function inOriginal(view: ReadingView, start: number, end: number) {
  return { start: view.originalAt[start]!, end: view.originalAt[end - 1]! + 1, statedAs: view.printed.slice(start, end) };
}

const chineseDigits = "〇零一二两三四五六七八九";
const arabicNumeral = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const chineseNumeral = `[${chineseDigits}十百千万亿]+`;

/**
 * One section of a Chinese numeral below 万, well formed: "三千零五", "十八", "两百", "百". Allows a
 * bare leading 十/百/千 ("十八", "百余"), 零 for skipped places, and 两 for two before a place.
 */
const sectionBelowTenThousand = "(?:[一二两三四五六七八九]?千)?(?:零?[一二两三四五六七八九]?百)?(?:零?[一二三四五六七八九]?十)?(?:零?[一二三四五六七八九两])?";
const wellFormedChinese = new RegExp(`^(?:(?:${sectionBelowTenThousand})亿)?(?:零?(?:${sectionBelowTenThousand})万)?零?(?:${sectionBelowTenThousand})$`);

/** A Chinese numeral's value, when it is a well-formed one; "十四五", "五一", "万" are not. */
function chineseValue(numeral: string): number | undefined {
  if (numeral === "〇" || numeral === "零") return 0;
  if (!/[一二两三四五六七八九十百千]/.test(numeral) || !wellFormedChinese.test(numeral)) return undefined;
  const value: unknown = zh2num(numeral);
  return typeof value === "number" && Number.isSafeInteger(value) ? value : undefined;
}

/** "35,646" → 35646, "2.8" × 10,000 → 28000 exactly (never 27999.999…), "三千" → 3000. */
export function readNumeral(numeral: string, multiplier = 1): number | undefined {
  const plain = halfWidth(numeral).replace(/,/g, "");
  if (/^\d+(\.\d+)?$/.test(plain)) {
    const [whole, fraction = ""] = plain.split(".");
    const scaled = BigInt(whole! + fraction) * BigInt(multiplier);
    const divisor = 10n ** BigInt(fraction.length);
    // "1.25万" is 12,500; "1.23456万" is no whole number of anything.
    if (scaled % divisor !== 0n) return undefined;
    const value = Number(scaled / divisor);
    return Number.isSafeInteger(value) ? value : undefined;
  }
  const value = chineseValue(numeral);
  return value === undefined ? undefined : value * multiplier;
}

const multiplierOf: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

// 达/达到 ("reached") say the number is exact: no qualifier.
const atLeastBefore = ["超过", "超出", "多于", "不少于", "不低于", "至少", "最少", "高于", "大于", "超", "逾"] as const;
const atMostBefore = ["不高于", "不超过", "不多于", "不大于", "最高", "最多", "至多", "不足", "不到", "低于", "少于"] as const;
/**
 * Words a one-character qualifier or ordinal is the tail of: 约 in 签约 and 节约, 近 in 附近, 前 in
 * 目前 — common words, not qualifiers. General Chinese, not any newsletter's own words.
 */
const wordsEndingInAQualifier = new Set([
  "签约",
  "节约",
  "预约",
  "制约",
  "公约",
  "条约",
  "契约",
  "附近",
  "最近",
  "邻近",
  "就近",
  "亲近",
  "目前",
  "当前",
  "此前",
  "之前",
  "以前",
  "事前",
  "提前",
  "眼前",
  "赶超",
  "高超",
]);
const aboutBefore = ["将近", "接近", "大约", "约", "近"] as const;
const atLeastAfter = ["以上", "之多"] as const;
const atMostAfter = ["以下", "以内"] as const;
const aboutAfter = ["左右", "上下"] as const;

/** Words before a number that qualify it, longest first ("不超过" before "超"). */
const qualifierBefore: readonly (readonly [string, StatedQualifier])[] = [
  ...atMostBefore.map((word) => [word, "AT_MOST"] as const),
  ...atLeastBefore.map((word) => [word, "AT_LEAST"] as const),
  ...aboutBefore.map((word) => [word, "ABOUT"] as const),
].sort((a, b) => b[0].length - a[0].length);
const qualifierAfter: readonly (readonly [string, StatedQualifier])[] = [
  ...atLeastAfter.map((word) => [word, "AT_LEAST"] as const),
  ...atMostAfter.map((word) => [word, "AT_MOST"] as const),
  ...aboutAfter.map((word) => [word, "ABOUT"] as const),
];

/**
 * Measure words and the unit each implies, longest first ("人次" before "人"); a 万/亿 before the
 * word is the number's multiplier ("14万元": 140,000, measure word 元). Words of no unit of the
 * model (级, 年 …) are still measure words: the number is an amount of them.
 */
const measureWords: readonly (readonly [string, Unit | undefined])[] = (
  [
    ["个月", undefined],
    ["人次", "PERSON_TIME"],
    ["场次", "SESSION"],
    ["辆次", undefined],
    ["元", "CNY"],
    ["名", "PERSON"],
    ["人", "PERSON"],
    ["位", "PERSON"],
    ["户", "HOUSEHOLD"],
    ["家", "ENTERPRISE"],
    ["场", "SESSION"],
    ["字", "CHARACTER"],
    ["起", "COUNT"],
    ["个", "COUNT"],
    ["项", "COUNT"],
    ["份", "COUNT"],
    ["种", "COUNT"],
    ["类", "COUNT"],
    ["件", "COUNT"],
    ["所", "COUNT"],
    ["座", "COUNT"],
    ["处", "COUNT"],
    ["支", "COUNT"],
    ["条", "COUNT"],
    ["本", "COUNT"],
    ["套", "COUNT"],
    ["期", "COUNT"],
    ["届", "COUNT"],
    ["批", "COUNT"],
    ["次", "COUNT"],
    ["级", undefined],
    ["年", undefined],
    ["天", undefined],
    ["小时", undefined],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

/** Words that make money per month, a count per year or per day (每月5000元, 年均2万起, 日均24万辆次). */
const perMonth = /(每月|月均|每人每月|按月)[^，。；]{0,12}$/;
const perMonthAfter = /^(\/月|每月|\/人·月)/;
const perYear = /(每年|年均|全年)[^，。；]{0,12}$/;
const perDay = /(每天|每日|日均|单日)[^，。；]{0,12}$/;

const rangeDash = "[-—–~至到]";

const stickyExpressions = new Map<string, RegExp>();
/** A pattern compiled once, matched at a given position only. */
function stickyExpression(pattern: string): RegExp {
  const known = stickyExpressions.get(pattern);
  if (known) return known;
  const expression = new RegExp(pattern, "y");
  stickyExpressions.set(pattern, expression);
  return expression;
}

/** One number at `at` of the half-width text, when one starts there. */
function readAt(text: string, at: number): Omit<StatedNumber, "statedAs"> | undefined {
  const sticky = (pattern: string) => {
    const expression = stickyExpression(pattern);
    return (position: number) => {
      expression.lastIndex = position;
      return expression.exec(text);
    };
  };
  let position = at;
  const cues: string[] = [];
  let qualifier: StatedQualifier = "EXACT";
  let form: StatedForm = "AMOUNT";

  // 位居全省之首: the first place.
  if (text.startsWith("之首", position)) return { start: at, end: at + 2, form: "RANK", qualifier: "EXACT", value: 1, unit: "RANK", cues: ["之首"] };

  const tailOfAWord = (word: string) => word.length === 1 && position > 0 && wordsEndingInAQualifier.has(text[position - 1]! + word);
  const before = qualifierBefore.find(([word]) => text.startsWith(word, position) && !tailOfAWord(word));
  if (before) {
    qualifier = before[1];
    cues.push(before[0]);
    position += before[0].length;
  } else if (/^上[百千万]/.test(text.slice(position, position + 2))) {
    // 上万人: ten thousand and more.
    qualifier = "AT_LEAST";
    cues.push("上");
    position += 1;
  }

  // 百分之三十: a percentage written out.
  if (text.startsWith("百分之", position)) {
    const numeral = sticky(`${arabicNumeral}|${chineseNumeral}`)(position + 3);
    const value = numeral ? readNumeral(numeral[0]) : undefined;
    if (!numeral || value === undefined) return undefined;
    let end = position + 3 + numeral[0].length;
    const afterPercent = qualifier === "EXACT" ? qualifierAfter.find(([word]) => text.startsWith(word, end)) : undefined;
    if (afterPercent) {
      qualifier = afterPercent[1];
      cues.push(afterPercent[0]);
      end += afterPercent[0].length;
    }
    return { start: at, end, form: "PERCENT", qualifier, value, unit: "PERCENT", cues: [...cues, "百分之"] };
  }

  // 前32名: the first 32 places; 第六: the sixth place.
  let ordinal: "第" | "前" | undefined;
  if (
    text.startsWith("第", position) ||
    (text.startsWith("前", position) && !tailOfAWord("前") && /^前(\d|[一二两三四五六七八九十百])/.test(text.slice(position, position + 2)))
  ) {
    ordinal = text[position] as "第" | "前";
    cues.push(ordinal);
    position += 1;
    form = "RANK";
  }

  const first = readNumber(position, qualifier !== "EXACT");
  if (!first) return undefined;
  // 9月, 15日: part of a date (findStatedDates), not an amount of months.
  if (!ordinal && (text[first.end] === "月" || text[first.end] === "日")) return undefined;
  position = first.end;
  let value = first.value;
  let valueMax: number | undefined;
  if (first.approximately) {
    qualifier = "AT_LEAST";
    cues.push(first.approximately);
  }

  // A range: the multiplier printed once is shared by both ends ("2-5万元" is 20,000 to 50,000).
  const dash = sticky(rangeDash)(position);
  if (dash && !first.approximately) {
    const second = readNumber(position + dash[0].length);
    if (second && !second.approximately) {
      const shared = first.multiplierPrinted ? first.multiplier : second.multiplier;
      const low = readNumeral(first.numeral, shared);
      const high = readNumeral(second.numeral, second.multiplier);
      if (low !== undefined && high !== undefined && low < high) {
        value = low;
        valueMax = high;
        qualifier = "RANGE";
        cues.push(dash[0]);
        position = second.end;
      }
    }
  }

  let unit: Unit | undefined;
  let measureWord: string | undefined;
  if (text.startsWith("%", position)) {
    form = "PERCENT";
    unit = "PERCENT";
    cues.push("%");
    position += 1;
  } else {
    const measure = measureWords.find(([word]) => text.startsWith(word, position));
    if (measure) {
      [measureWord, unit] = measure;
      position += measureWord.length;
    }
  }
  // 1—6月, 1至3日: a span of months or days of a date, not an amount.
  if (!ordinal && (text[position] === "月" || text[position] === "日")) return undefined;
  // 第一时间, 第三方, 第一书记: an ordinal word, not a place — a place stands alone, or before a measure word, 的 or a mark.
  if (ordinal === "第" && !measureWord && position < text.length && !/[的、，。；：！？）)”"\s|]/.test(text[position]!)) return undefined;
  // 前三季度: the first places are counted in a measure word (前32名); without one, 前 is "the first … of".
  if (ordinal === "前" && !measureWord) return undefined;
  if (form === "RANK") unit = "RANK";
  // 前32名: within the first 32 places.
  if (ordinal === "前" && qualifier === "EXACT") qualifier = "AT_MOST";

  const preceding = text.slice(Math.max(0, at - 16), at);
  if (unit === "CNY" && (perMonth.test(preceding) || perMonthAfter.test(text.slice(position)))) {
    unit = "CNY_PER_MONTH";
    cues.push("每月");
  }
  if (measureWord === "起" && perYear.test(preceding)) unit = "INCIDENT_PER_YEAR";
  if (measureWord === "辆次" && perDay.test(preceding)) unit = "VEHICLE_PER_DAY";

  // 以上 / 以下 / 左右 after the measure word.
  const after = qualifierAfter.find(([word]) => text.startsWith(word, position));
  if (after && qualifier === "EXACT") {
    qualifier = after[1];
    cues.push(after[0]);
    position += after[0].length;
  }

  // A Chinese numeral alone is a word ("一线", "十分", "五一"): only with a measure word, a sign or an ordinal is it a number.
  if (!first.arabic && !measureWord && form === "AMOUNT") return undefined;
  return {
    start: at,
    end: position,
    form,
    qualifier,
    value,
    ...(valueMax !== undefined ? { valueMax } : {}),
    ...(measureWord ? { measureWord } : {}),
    ...(unit ? { unit } : {}),
    cues,
  };

  /** A numeral and its 万/亿 and 余/多; a bare 万 or 亿 only after a qualifier ("近万人"). */
  function readNumber(from: number, qualified = false) {
    const numeral = sticky(`${arabicNumeral}|${chineseNumeral}`)(from);
    if (!numeral) return undefined;
    let token = numeral[0];
    if (qualified && (token === "万" || token === "亿")) token = `一${token}`;
    const arabic = /^\d/.test(token);
    // A Chinese numeral swallows a following 万/亿 ("三万"); an Arabic one is followed by it ("3万").
    let end = from + numeral[0].length;
    let printed: string | undefined;
    let approximately: string | undefined;
    if (!arabic) {
      // "百余万": 百, then 余, then 万 — a Chinese numeral ends where 余/多 begins.
      const trailing = /[万亿]$/.exec(token);
      if (trailing && token.length > 1 && chineseValue(token) === undefined) {
        token = token.slice(0, -1);
        end -= 1;
      }
    }
    for (let step = 0; step < 2; step++) {
      const next = text[end];
      if (!printed && (next === "万" || next === "亿")) {
        printed = next;
        end += 1;
      } else if (!approximately && (next === "余" || next === "多")) {
        approximately = next;
        end += 1;
      } else break;
    }
    const multiplier = printed ? multiplierOf[printed]! : 1;
    // A percentage may have decimals ("12.5%"); no amount of anything does.
    const value = readNumeral(token, multiplier) ?? (arabic && !printed && text[end] === "%" ? Number(token.replace(/,/g, "")) : undefined);
    if (value === undefined) return undefined;
    return { numeral: token, value, multiplier, multiplierPrinted: !!printed, approximately, end, arabic };
  }
}

const yearMonthDay = /(\d{4}|[〇零一二三四五六七八九]{4})年(?:(\d{1,2}|[一二三四五六七八九十]{1,3})月(?:(\d{1,2}|[一二三四五六七八九十]{1,3})日)?)?/y;
const yearSpan = new RegExp(String.raw`(\d{4})年?${rangeDash}(\d{4})年`, "y");
/** A month of the year last named: "同年9月", "当年6月", or "9月" alone after a year. */
const monthOfLastYear = /(同年|当年)?(\d{1,2}|[一二三四五六七八九十]{1,3})月(?:(\d{1,2}|[一二三四五六七八九十]{1,3})日)?/y;
const digitValue: Record<string, string> = { 〇: "0", 零: "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };

/** "6" or "六" → "06"; undefined past `highest` (no 13th month). */
function twoDigits(part: string | undefined, highest: number): string | undefined {
  const value = part === undefined ? undefined : readNumeral(part);
  return value !== undefined && value >= 1 && value <= highest ? String(value).padStart(2, "0") : undefined;
}

/**
 * Dates and spans of years in the text: "2020年6月", "二〇二〇年", "2021—2025年", and months of
 * the nearest year named before them ("同年9月"), the year given among the cues.
 */
export function findStatedDates(text: string): StatedDate[] {
  const view = readingView(text);
  return datesIn(view).map(({ start, end, ...date }) => ({ ...date, ...inOriginal(view, start, end) }));
}

/** Dates at positions of the view. */
function datesIn(view: ReadingView): Omit<StatedDate, "statedAs">[] {
  const half = view.read;
  const dates: Omit<StatedDate, "statedAs">[] = [];
  let lastYear: string | undefined;
  const add = (start: number, end: number, period: string, cues: string[], periodEnd?: string) => {
    dates.push({ start, end, period, ...(periodEnd ? { periodEnd } : {}), cues });
    return end - 1;
  };
  for (let at = 0; at < half.length; at++) {
    if (at > 0 && /\d/.test(half[at - 1]!)) continue;
    yearSpan.lastIndex = at;
    const span = yearSpan.exec(half);
    if (span && Number(span[1]) < Number(span[2])) {
      lastYear = span[2]!;
      at = add(at, yearSpan.lastIndex, span[1]!, ["年"], span[2]!);
      continue;
    }
    yearMonthDay.lastIndex = at;
    const date = yearMonthDay.exec(half);
    if (date) {
      const year = [...date[1]!].map((char) => digitValue[char] ?? char).join("");
      const month = twoDigits(date[2], 12);
      const day = twoDigits(date[3], 31);
      if (Number(year) >= 1900 && Number(year) <= 2100) {
        lastYear = year;
        // "2020年13月": the year stands, the month is no month.
        if (date[2] && !month) at = add(at, at + date[1]!.length + 1, year, ["年"]);
        else at = add(at, yearMonthDay.lastIndex, [year, month, date[3] ? day : undefined].filter(Boolean).join("-"), ["年"]);
        continue;
      }
    }
    monthOfLastYear.lastIndex = at;
    const monthDate = monthOfLastYear.exec(half);
    // "3个月" is a span of months, "每月" no date: only a month numeral right before 月.
    if (monthDate && lastYear && !/[个每]/.test(half[at - 1] ?? "")) {
      const month = twoDigits(monthDate[2], 12);
      const day = twoDigits(monthDate[3], 31);
      if (month && (!monthDate[3] || day)) {
        at = add(at, monthOfLastYear.lastIndex, [lastYear, month, day].filter(Boolean).join("-"), [monthDate[1] ?? "月", lastYear]);
      }
    }
  }
  return dates;
}

/**
 * Every stated number in the text, left to right, none overlapping: amounts with their measure
 * word, percentages and ranks, each with its qualifier. Dates are not amounts: the years and
 * months of findStatedDates are skipped.
 */
export function findStatedNumbers(text: string): StatedNumber[] {
  const view = readingView(text);
  const half = view.read;
  const dates = datesIn(view);
  const found: StatedNumber[] = [];
  let dateIndex = 0;
  for (let at = 0; at < half.length; at++) {
    while (dateIndex < dates.length && dates[dateIndex]!.end <= at) dateIndex++;
    const date = dates[dateIndex];
    if (date && date.start <= at) {
      at = date.end - 1;
      continue;
    }
    // A number starts a word: not the tail of another number ("十四五" holds no 五), nor of a Latin code ("G60").
    if (at > 0 && /[\dA-Za-z.〇零一二两三四五六七八九十百千万亿]/.test(half[at - 1]!)) continue;
    const number = readAt(half, at);
    if (!number || (date && number.end > date.start)) continue;
    found.push({ ...number, ...inOriginal(view, number.start, number.end) });
    at = number.end - 1;
  }
  return found;
}
