import type { IReportHeader } from '../../domain/model';

/**
 * "Statusrapport-SHVO-2025-Q4.docx". The object key is kept as written (it is short and
 * upper case); characters Windows or SharePoint refuse in file names are replaced by "_".
 */
export function docxFileName(header: Pick<IReportHeader, 'objectKey' | 'period'>): string {
  const key = header.objectKey.trim().replace(/[\\/:*?"<>|#%\s]+/g, '_') || 'rapport';
  return `Statusrapport-${key}-${header.period.year}-Q${header.period.quarter}.docx`;
}
