// Shared helpers of the Word export tests: a real 1×1 PNG, blob reading in jsdom, and the seed as shown.
import type { IReportSnapshot, IStatusReport } from '../../../src/domain/model';
import { TextDecoder, TextEncoder } from 'util';
import { seedReport } from '../../docx/support/seed';

// Browsers have TextEncoder/TextDecoder (the docx writer and reader use them); jest's jsdom does not.
const globals = globalThis as unknown as Record<string, unknown>;
if (typeof globals.TextEncoder === 'undefined') globals.TextEncoder = TextEncoder;
if (typeof globals.TextDecoder === 'undefined') globals.TextDecoder = TextDecoder;

/** A valid 1×1 PNG (what canvas.toDataURL gives, in miniature). */
export const ONE_PIXEL_PNG_DATA_URL: string =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

export function readBlob(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

/** The seed report (SHVO Q4 2025) as an approved snapshot, the way the status card shows it. */
export function seedSnapshot(): IReportSnapshot {
  const seed = seedReport();
  const report: IStatusReport = { ...seed, header: { ...seed.header, approval: 'approved' } };
  return {
    report,
    revision: 1,
    submittedBy: { displayName: 'Gisella Koutsiou' },
    submittedAt: '2026-01-12T09:30:00Z',
    approval: 'approved',
    approvedBy: { displayName: 'Alva Prov' },
    approvedAt: '2026-01-20T13:00:00Z'
  };
}
