import type ExcelJS from 'exceljs';

/**
 * exceljs, loaded the first time a spreadsheet is read or written: it takes ≈ 0.4 s to load, a third of the
 * server's start-up, and most starts never touch a spreadsheet.
 */
export async function loadExcelJs(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
