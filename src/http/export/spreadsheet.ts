import ExcelJS from "exceljs";
import type { Table } from "./export-tables.js";

// Tables as the files analysts open: an XLSX workbook (a sheet per table, header row bold and
// frozen, numbers as numbers, gaps as empty cells carrying a note) or one table as CSV (UTF-8
// with a byte-order mark, which Excel needs to read Chinese text). exceljs writes both.

/** A worksheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the workbook. */
function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, "_").slice(0, 31) || "sheet";
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 31 - String(n).length - 1)}_${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

function workbookOf(tables: Table[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Reform Graph";
  const taken = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.name, taken), { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.addRow(table.columns).font = { bold: true };
    for (const cells of table.rows) {
      // A noted gap is an empty text cell: exceljs writes no note on a cell without a value.
      const row = sheet.addRow(cells.map((cell) => (cell.value === null && cell.note ? "" : cell.value)));
      cells.forEach((cell, index) => {
        if (cell.note) row.getCell(index + 1).note = cell.note;
      });
    }
    table.columns.forEach((heading, index) => {
      const widest = Math.max(heading.length, ...table.rows.map((cells) => String(cells[index]?.value ?? "").length));
      sheet.getColumn(index + 1).width = Math.min(60, Math.max(8, widest + 2));
    });
  }
  return workbook;
}

export async function xlsxOf(tables: Table[]): Promise<Buffer> {
  return Buffer.from(await workbookOf(tables).xlsx.writeBuffer());
}

/** One table as CSV. */
export async function csvOf(table: Table): Promise<Buffer> {
  const csv = Buffer.from(await workbookOf([table]).csv.writeBuffer());
  return Buffer.concat([Buffer.from("\uFEFF", "utf8"), csv]);
}
