/**
 * The .xlsx writer, in its own chunk (loaded by `import()` when the user exports): the
 * write-excel-file library (zip by fflate) stays out of the first bundle.
 */
import writeXlsxFile from 'write-excel-file/universal';
import type { Cell, SheetData } from 'write-excel-file/universal';
import type { IPortfolioSheet, SheetCell } from './portfolioSheet';

export const XLSX_MIME_TYPE: string = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function cellOf(cell: SheetCell): Cell {
  switch (cell.kind) {
    case 'text':
      return { type: String, value: cell.value };
    case 'number':
      return cell.format ? { type: Number, value: cell.value, format: cell.format } : { type: Number, value: cell.value };
    case 'date':
      return { type: Date, value: cell.value, format: 'yyyy-mm-dd' };
    default:
      return null;
  }
}

/** The sheet as the bytes of an .xlsx workbook: a bold header row, then one row per object. */
export async function writeWorkbook(sheet: IPortfolioSheet): Promise<Uint8Array> {
  const data: SheetData = [sheet.headers.map((header): Cell => ({ type: String, value: header, fontWeight: 'bold' })), ...sheet.rows.map((row) => row.map(cellOf))];
  const widths = sheet.headers.map((header, i) => ({
    width: Math.min(60, Math.max(header.length, ...sheet.rows.map((row) => (row[i]?.kind === 'text' ? (row[i] as { value: string }).value.length : 12))) + 2)
  }));
  const blob = await writeXlsxFile(data, { sheet: sheet.name, columns: widths, stickyRowsCount: 1 }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
