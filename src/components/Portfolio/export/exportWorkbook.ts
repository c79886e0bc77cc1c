/** What the export button loads on demand: the sheet of what is shown and the .xlsx writer. */
import type { IQuarter } from '../../../domain/model';
import type { IPortfolioEntry, PortfolioTab } from '../../../domain/portfolio';
import type { LocaleFormatter } from '../../shared/format';
import { exportFileName, portfolioSheet } from './portfolioSheet';
import { writeWorkbook, XLSX_MIME_TYPE } from './writeWorkbook';

export { XLSX_MIME_TYPE };

export async function portfolioWorkbook(
  entries: readonly IPortfolioEntry[],
  tab: PortfolioTab,
  quarters: readonly IQuarter[],
  formatter: LocaleFormatter,
  today: Date
): Promise<{ readonly bytes: Uint8Array; readonly fileName: string; readonly rows: number }> {
  const sheet = portfolioSheet(entries, tab, quarters, formatter, today);
  return { bytes: await writeWorkbook(sheet), fileName: exportFileName(today), rows: sheet.rows.length };
}
