/** The pack as one Word document, saved by the browser; the docx writer is loaded on demand (chunk 'docx-pack'). */
import type { IBoardPack } from '../../domain/board/pack';
import { docxLocale } from '../DocxExport/buildReportDocx';
import { downloadBytes } from '../DocxExport/download';

/** "Ledningsrad-moteshandlingar-2025-Q4.docx": ASCII, as SharePoint and every mail client take it. */
export function packFileName(pack: IBoardPack): string {
  return `Ledningsrad-moteshandlingar-${pack.period.year}-Q${pack.period.quarter}.docx`;
}

export async function downloadPack(pack: IBoardPack, locale: string): Promise<void> {
  const writer = await import(/* webpackChunkName: 'docx-pack' */ '../../docx/writer/exportBoardPackToDocx');
  const bytes = await writer.exportBoardPackToDocx(pack, { locale: docxLocale(locale) });
  downloadBytes(bytes, packFileName(pack));
}
