/** @jest-environment jsdom */
jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../../src/webparts/statusReport/loc/sv-se.js'));

import * as React from 'react';
import '../support/quietIcons';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { importReportFromDocx } from '../../../src/docx';
import { StatusCard } from '../../../src/components/StatusCard';
import { docxFileName, pngFromDataUrl } from '../../../src/components/DocxExport';
import type { IKpiSeries } from '../../../src/domain/model';
import { ONE_PIXEL_PNG_DATA_URL, readBlob, seedSnapshot } from './support';

const HISTORY: IKpiSeries[] = [
  {
    definition: { key: 'registered-users', label: 'Totalt registrerade användare', unit: 'st', category: 'users' },
    points: [
      { period: { year: 2024, quarter: 4 }, value: 52796 },
      { period: { year: 2025, quarter: 4 }, value: 61829 }
    ]
  }
];

/** Stands in for KpiTrendChart: a drawn canvas (jsdom cannot draw, so toDataURL is stubbed). */
function FakeChart(props: { readonly series: readonly IKpiSeries[] }): JSX.Element {
  return <canvas width={600} height={300} data-series={props.series.length} />;
}

interface IDownload {
  readonly blob: Blob;
  readonly fileName: string;
  readonly url: string;
}

describe('Exportera till Word (status card toolbar)', () => {
  let downloads: IDownload[];
  let revoked: string[];
  let objectUrls: Map<string, Blob>;

  beforeEach(() => {
    downloads = [];
    revoked = [];
    objectUrls = new Map();
    let next = 0;
    // jsdom has no object URLs and cannot navigate: record what would be downloaded.
    (URL as unknown as { createObjectURL: (blob: Blob) => string }).createObjectURL = (blob: Blob) => {
      const url = `blob:test/${++next}`;
      objectUrls.set(url, blob);
      return url;
    };
    (URL as unknown as { revokeObjectURL: (url: string) => void }).revokeObjectURL = (url: string) => {
      revoked.push(url);
    };
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(document.body.contains(this)).toBe(true);
      const url = this.getAttribute('href') as string;
      downloads.push({ blob: objectUrls.get(url) as Blob, fileName: this.download, url });
    });
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => null);
    jest.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockImplementation(() => ONE_PIXEL_PNG_DATA_URL);
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('downloads Statusrapport-<OBJ>-<YEAR>-Q<N>.docx whose content read back is the shown report, with the chart picture and its data table', async () => {
    const snapshot = seedSnapshot();
    render(<StatusCard snapshot={snapshot} locale="sv-SE" chart={<FakeChart series={HISTORY} />} wordExport={true} />);

    fireEvent.click(screen.getByRole('button', { name: /Exportera till Word/ }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    await waitFor(() => expect(screen.getByTestId('word-export-status').textContent).toBe('Word-dokumentet Statusrapport-SHVO-2025-Q4.docx har skapats.'));

    const download = downloads[0];
    expect(download.fileName).toBe('Statusrapport-SHVO-2025-Q4.docx');
    expect(download.blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    await waitFor(() => expect(revoked).toEqual([download.url]));
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);

    const bytes = await readBlob(download.blob);
    expect(Array.from(bytes.slice(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const preview = importReportFromDocx(bytes);
    expect(preview.errors).toEqual([]);
    expect(preview.unplaced).toEqual([]);
    // Imported reports are drafts; everything else is what the card showed.
    expect(preview.report).toEqual({ ...snapshot.report, header: { ...snapshot.report.header, approval: 'draft' } });
    // The chart went in as a picture and its values as a table (both ignored on import).
    expect(preview.ignored.map((note) => [note.where.kind, note.reason])).toEqual([
      ['paragraph', 'docx.ignored.chart'],
      ['table', 'docx.ignored.chart']
    ]);
    expect(preview.ignored[1].text).toContain('Totalt registrerade användare');
    expect(preview.ignored[1].text).toContain('61\u00a0829');
  });

  it('exports without a picture when the chart has not been drawn, and prefers the chartSeries prop for the data table', async () => {
    (HTMLCanvasElement.prototype.toDataURL as jest.Mock).mockImplementation(() => 'data:,');
    const snapshot = seedSnapshot();
    const other: IKpiSeries[] = [
      { definition: { key: 'fte', label: 'Årsarbetare', unit: 'FTE', category: 'other' }, points: [{ period: { year: 2025, quarter: 4 }, value: 4 }] }
    ];
    render(<StatusCard snapshot={snapshot} locale="en-US" chart={<FakeChart series={HISTORY} />} chartSeries={other} wordExport={true} />);
    fireEvent.click(screen.getByRole('button', { name: /Exportera till Word/ }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const preview = importReportFromDocx(await readBlob(downloads[0].blob));
    expect(preview.errors).toEqual([]);
    expect(preview.ignored.map((note) => note.where.kind)).toEqual(['table']);
    expect(preview.ignored[0].text).toContain('Årsarbetare');
    expect(preview.ignored[0].text).not.toContain('registrerade');
  });

  it('is offered next to the toolbar the card is given, and can be left out', () => {
    const toolbar = <button type="button">Föregående</button>;
    const { rerender } = render(<StatusCard snapshot={seedSnapshot()} locale="sv-SE" toolbar={toolbar} />);
    const buttons = screen.getAllByRole('button').map((button) => button.textContent);
    expect(buttons[0]).toBe('Föregående');
    expect(buttons[1]).toMatch(/^Exportera till Word/);
    rerender(<StatusCard snapshot={seedSnapshot()} locale="sv-SE" toolbar={toolbar} wordExport={false} />);
    expect(screen.queryByRole('button', { name: /Exportera till Word/ })).toBeNull();
    // A card without a toolbar (an embedded preview) has no export unless asked for.
    rerender(<StatusCard snapshot={seedSnapshot()} locale="sv-SE" />);
    expect(screen.queryByRole('button', { name: /Exportera till Word/ })).toBeNull();
  });

  it('names files after the object and quarter, with characters file systems refuse replaced', () => {
    expect(docxFileName({ objectKey: 'SHVO', period: { year: 2025, quarter: 4 } })).toBe('Statusrapport-SHVO-2025-Q4.docx');
    expect(docxFileName({ objectKey: 'A/B: C', period: { year: 2024, quarter: 1 } })).toBe('Statusrapport-A_B_C-2024-Q1.docx');
  });

  it('reads PNG data URLs only', () => {
    const png = pngFromDataUrl(ONE_PIXEL_PNG_DATA_URL) as Uint8Array;
    expect(Array.from(png.slice(0, 8))).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngFromDataUrl('data:,')).toBeUndefined();
    expect(pngFromDataUrl('data:image/png;base64,AAAA')).toBeUndefined();
    expect(pngFromDataUrl(undefined)).toBeUndefined();
  });

  it('finishes an export started before unmount without touching the unmounted card', async () => {
    const errors = jest.spyOn(console, 'error');
    const { unmount } = render(<StatusCard snapshot={seedSnapshot()} locale="sv-SE" wordExport={true} />);
    fireEvent.click(screen.getByRole('button', { name: /Exportera till Word/ }));
    unmount();
    // The document the user asked for still arrives; the card, gone, gets no state update.
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].fileName).toBe('Statusrapport-SHVO-2025-Q4.docx');
    await act(async () => {
      await Promise.resolve();
    });
    expect(errors).not.toHaveBeenCalled();
  });
});
