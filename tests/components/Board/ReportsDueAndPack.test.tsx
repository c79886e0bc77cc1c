/** @jest-environment jsdom */
jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../../src/webparts/statusReport/loc/sv-se.js'));
jest.mock('../../../src/components/KpiTrendChart/chartSetup', () => ({
  createLineChart: jest.fn(() => ({ destroy: jest.fn() }))
}));

const downloads: { bytes: Uint8Array; fileName: string }[] = [];
jest.mock('../../../src/components/DocxExport/download', () => ({
  downloadBytes: (bytes: Uint8Array, fileName: string) => downloads.push({ bytes, fileName })
}));

import * as React from 'react';
import { strFromU8, unzipSync } from 'fflate';
// Browsers have TextEncoder/TextDecoder (the docx writer uses them); jest's jsdom does not.
import '../DocxExport/support';
import '../support/quietIcons';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { StatusReportApp } from '../../../src/components/StatusReportApp/StatusReportApp';
import type { IReportSummary, IStatusReportRepository, IUserPermissions } from '../../../src/data/repository/IStatusReportRepository';
import { setJudgements } from '../../../src/domain/judgement';
import type { IManagedObject } from '../../../src/domain/model';
import { latestSubmittedOrApproved } from '../../../src/services/reportsDueHooks';
import { FakeReader, snapshotFor } from '../support/fakeReader';
import { boardWith, MemoryBoardServices, SAMSA_ANSWER } from './boardFixture';
import '../../../src/components/Board';

jest.setTimeout(60000);
jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);

const OBJECTS: readonly IManagedObject[] = [
  { key: 'SHVO', title: 'Samordnad hälsa, vård och omsorg (SHVO)' },
  { key: 'ELAK', title: 'Elektronisk läkemedelskommunikation' },
  { key: 'BILD', title: 'Bild och funktion' }
];

function summary(objectKey: string, year: number, quarter: 1 | 2 | 3 | 4, approval: IReportSummary['approval'], revision: number): IReportSummary {
  return { id: year * 10 + quarter, objectKey, objectTitle: objectKey, period: { year, quarter }, approval, coordinator: { displayName: 'G' }, revision, modified: '2026-01-01T00:00:00Z' };
}

/** What SharePoint answers an editor of SHVO and ELAK (not BILD). */
function repositoryFor(permissions: IUserPermissions, reports: Record<string, IReportSummary[]>): IStatusReportRepository {
  return {
    getPermissions: async () => ({ kind: 'ok', value: permissions }),
    listObjects: async () => ({ kind: 'ok', value: OBJECTS }),
    listReports: async (key: string) => ({ kind: 'ok', value: reports[key] ?? [] })
  } as unknown as IStatusReportRepository;
}

function renderPortfolio(board: MemoryBoardServices, repository: IStatusReportRepository, host: 'teams' | 'sharepoint', fake: FakeReader, now: string = '2026-01-20T10:00:00'): void {
  render(
    <StatusReportApp
      repository={repository}
      host={host}
      theme={{ variant: 'default' }}
      view="portfolio"
      locale="sv-SE"
      userDisplayName="Erik Editor"
      reportReader={fake}
      board={board}
      now={() => new Date(now)}
    />
  );
}

describe('reports due in Teams', () => {
  it('lists the next report of each object the user edits, soonest first, with its due state in words', async () => {
    const board = boardWith();
    const repository = repositoryFor(
      { canRead: true, canEdit: true, canApprove: false, canManageLists: false, editableObjects: ['SHVO', 'ELAK'] },
      {
        // Q4 2025 submitted: the next is Q1 2026.
        SHVO: [summary('SHVO', 2025, 4, 'pending', 1), summary('SHVO', 2025, 3, 'approved', 1)],
        // Q4 2025 returned: still due (29 January, 9 days away).
        ELAK: [summary('ELAK', 2025, 4, 'returned', 1), summary('ELAK', 2025, 3, 'approved', 1)]
      }
    );
    renderPortfolio(board, repository, 'teams', new FakeReader([], undefined, OBJECTS.map((object) => ({ object }))));
    const list = await screen.findByTestId('reports-due');
    expect(within(list).getByRole('heading', { level: 2 }).textContent).toBe('Era rapporter att lämna');
    const rows = Array.from(list.querySelectorAll('li')).map((li) => [li.getAttribute('data-object'), li.querySelector('[data-due]')?.getAttribute('data-due'), li.textContent]);
    expect(rows).toEqual([
      ['ELAK', 'dueSoon', 'Elektronisk läkemedelskommunikationQ4 2025, senast 29 januari 2026 – snart'],
      ['SHVO', 'notDue', 'Samordnad hälsa, vård och omsorg (SHVO)Q1 2026, senast 23 april 2026']
    ]);
  });

  it('shows nothing to someone who edits no object', async () => {
    const board = boardWith();
    const reader = repositoryFor({ canRead: true, canEdit: false, canApprove: false, canManageLists: false }, {});
    renderPortfolio(board, reader, 'teams', new FakeReader([], undefined, OBJECTS.map((object) => ({ object }))));
    await screen.findByRole('table');
    await waitFor(() => expect(screen.queryByText('Laddar…')).toBeNull());
    expect(screen.queryByTestId('reports-due')).toBeNull();
  });

  it('counts a report as in when submitted, approved or reopened after approval, not when returned', () => {
    expect(latestSubmittedOrApproved([summary('X', 2025, 4, 'returned', 1), summary('X', 2025, 3, 'draft', 2), summary('X', 2025, 2, 'approved', 1)])).toEqual({ year: 2025, quarter: 3 });
    expect(latestSubmittedOrApproved([summary('X', 2025, 4, 'draft', 0)])).toBeUndefined();
  });
});

describe('the meeting pack from the portfolio', () => {

  function fakeWithReports(): FakeReader {
    const q3 = snapshotFor({ year: 2025, quarter: 3 });
    const q4 = snapshotFor({ year: 2025, quarter: 4 }, (r) => ({
      ...setJudgements(r, {
        overall: { status: 'attention', comment: 'Väntar på VVG.' },
        dimensions: { delivery: { status: 'notAssessed', comment: '' }, economy: { status: r.economy.assessment, comment: '' }, resources: { status: 'notAssessed', comment: '' }, risks: { status: 'notAssessed', comment: '' } }
      }),
      reportingBack: [SAMSA_ANSWER]
    }));
    return new FakeReader([q3, q4], undefined, [
      { object: OBJECTS[0], latestApprovedPeriod: { year: 2025, quarter: 4 } },
      { object: OBJECTS[1], latestApprovedPeriod: { year: 2025, quarter: 2 } }
    ]);
  }

  it('shows the summary, the answers and every approved report of the quarter, and prints it alone', async () => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    const board = boardWith();
    renderPortfolio(board, repositoryFor({ canRead: true, canEdit: false, canApprove: false, canManageLists: false }, {}), 'sharepoint', fakeWithReports(), '2026-02-01T10:00:00');
    const quarter = (await screen.findByLabelText('Kvartal')) as HTMLSelectElement;
    // On 1 February the report due is Q4 2025's.
    expect(Array.from(quarter.options).map((o) => o.textContent)).toEqual(['Q4 2025', 'Q3 2025', 'Q2 2025', 'Q1 2025']);
    fireEvent.click(screen.getByRole('button', { name: 'Skriv ut möteshandlingar' }));
    const pack = await screen.findByTestId('meeting-pack');
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(within(pack).getByRole('heading', { level: 2, name: /^Möteshandlingar/ }).textContent).toBe('Möteshandlingar: rapporterna för Q4 2025 till GITS ledningsråd 2026-02-12 (12 februari 2026)');
    const rows = Array.from(pack.querySelectorAll('section[aria-labelledby="gits-pack-summary"] tbody tr')).map((tr) => Array.from(tr.children).map((c) => c.textContent));
    expect(rows).toEqual([
      ['Elektronisk läkemedelskommunikation', 'Ingen godkänd rapport', '–', '–', '–', '–', '–', '–', 'Q4 2025, skulle ha lämnats senast 29 januari 2026 – försenad'],
      [
        // As the report names the object.
        'Samordnad hälsa, vård och omsorg (SHVO) inkl. SAMSA it-tjänst',
        'Q4 2025',
        'Risk för avvikelse',
        'Ej bedömd',
        'Enligt plan',
        'Ej bedömd',
        'Ej bedömd',
        'Samlad bedömning: från Ej bedömd till Risk för avvikelse',
        'Q4 2025 är inlämnad'
      ]
    ]);
    const answers = pack.querySelector('section[aria-labelledby="gits-pack-assignments"]') as HTMLElement;
    expect(within(answers).getByRole('heading', { level: 4 }).textContent).toBe('Samordnad hälsa, vård och omsorg (SHVO) inkl. SAMSA it-tjänst');
    expect(answers.textContent).toContain('Uppdrag SHVO-2025Q3-1: Redovisa en plan för avvecklingen av SAMSA it-tjänst.');
    expect(answers.textContent).toContain('Svar: Planen tas fram med VVG; klar i mars.');
    // Then each approved report of the quarter in full: one here (ELAK has none).
    expect(Array.from(pack.querySelectorAll('article')).filter((a) => a !== pack).map((a) => a.querySelector('h2')?.textContent)).toEqual([
      'Samordnad hälsa, vård och omsorg (SHVO) inkl. SAMSA it-tjänstQ4 2025, okt–dec'
    ]);
    // The portfolio is left out of print while the pack is shown.
    const portfolioTable = screen.getByRole('table', { name: 'Förvaltningsobjekt' });
    expect(Array.from(document.querySelectorAll('.noPrint')).some((wrapper) => wrapper.contains(portfolioTable) && !wrapper.contains(pack))).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Stäng möteshandlingarna' }));
    expect(screen.queryByTestId('meeting-pack')).toBeNull();
    print.mockRestore();
  });

  it('downloads the same pack as one Word document', async () => {
    const board = boardWith();
    renderPortfolio(board, repositoryFor({ canRead: true, canEdit: false, canApprove: false, canManageLists: false }, {}), 'sharepoint', fakeWithReports(), '2026-02-01T10:00:00');
    fireEvent.click(await screen.findByRole('button', { name: 'Ladda ner möteshandlingar (Word)' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].fileName).toBe('Ledningsrad-moteshandlingar-2025-Q4.docx');
    const xml = strFromU8(unzipSync(downloads[0].bytes)['word/document.xml']);
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('Redovisa en plan för avvecklingen av SAMSA it-tjänst.');
    expect(text).toContain('Planen tas fram med VVG; klar i mars.');
    expect(text).toContain('Elektronisk läkemedelskommunikation');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Ladda ner möteshandlingar (Word)' }).hasAttribute('disabled')).toBe(false));
  });
});
