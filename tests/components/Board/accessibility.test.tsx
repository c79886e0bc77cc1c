/** @jest-environment jsdom */
// axe's structural WCAG 2.1 A/AA rules on the board's views, one region per test (axe over the
// whole card in jsdom is slow: docs/decisions/testing.md): the reporting back on the card with a
// history open, the handling with the recorder's form in error, the close dialog, the editor's
// reporting-back section in error, the reports due and the meeting pack. Colour contrast needs
// real layout: the browser tests check it (tests/e2e/board.e2e.ts).
jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../../src/webparts/statusReport/loc/sv-se.js'));
jest.mock('../../../src/components/KpiTrendChart/chartSetup', () => ({
  createLineChart: jest.fn(() => ({ destroy: jest.fn() }))
}));

import * as React from 'react';
import '../support/quietIcons';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { StatusReportApp } from '../../../src/components/StatusReportApp/StatusReportApp';
import ReportEditor from '../../../src/components/ReportEditor/ReportEditor';
import type { IStatusReportRepository } from '../../../src/data/repository/IStatusReportRepository';
import { ReportsDueList } from '../../../src/components/Board/ReportsDue';
import { FakeReader, snapshotFor } from '../support/fakeReader';
import { editorRepository, GRETA } from '../support/memoryRepository';
import { boardWith, MemoryBoardServices, SAMSA_ANSWER } from './boardFixture';
import '../../../src/components/Board';
import '../../../src/components/Board/HandlingForm';
import '../../../src/components/Board/CloseAssignmentDialog';

jest.setTimeout(60000);
jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);

async function violations(root: HTMLElement): Promise<string[]> {
  const result = await axe.run(root, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } }
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}


function renderReport(board: MemoryBoardServices, view: 'report' | 'portfolio' = 'report'): void {
  const fake = new FakeReader([snapshotFor({ year: 2025, quarter: 3 }), snapshotFor({ year: 2025, quarter: 4 }, (r) => ({ ...r, reportingBack: [SAMSA_ANSWER] }))], undefined, [
    { object: { key: 'SHVO', title: 'Samordnad hälsa, vård och omsorg (SHVO)' }, latestApprovedPeriod: { year: 2025, quarter: 4 } }
  ]);
  render(
    <main>
      <StatusReportApp
        repository={{} as IStatusReportRepository}
        host="sharepoint"
        theme={{ variant: 'default' }}
        view={view}
        objectKey="SHVO"
        locale="sv-SE"
        userDisplayName="Anna Approver"
        reportReader={fake}
        board={board}
        now={() => new Date('2026-02-01T10:00:00')}
      />
    </main>
  );
}

async function boardShown(board: MemoryBoardServices): Promise<HTMLElement> {
  await screen.findByRole('heading', { name: /Q4 2025/ });
  await waitFor(() => expect(board.calls).toContain('getRecords'));
  return screen.findByTestId('board-handling');
}

describe('board accessibility (axe)', () => {
  it('the reporting back on the card, with a history open', async () => {
    const board = boardWith();
    renderReport(board);
    await boardShown(board);
    const list = document.querySelector('article [data-testid="reporting-back"]') as HTMLElement;
    fireEvent.click(await within(list).findByRole('button', { name: 'Historik för uppdrag SHVO-2025Q3-1' }));
    expect(within(list).getByTestId('history-SHVO-2025Q3-1')).toBeTruthy();
    expect(await violations(list)).toEqual([]);
    expect(await violations(screen.getByTestId('next-report-due'))).toEqual([]);
  });

  it('the handling with the recorder’s form showing errors', async () => {
    const board = boardWith();
    renderReport(board);
    const section = await boardShown(board);
    fireEvent.click(await within(section).findByRole('button', { name: 'Registrera behandling' }));
    const form = await within(section).findByRole('form');
    fireEvent.click(within(form).getByRole('button', { name: 'Lägg till beslut' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Lägg till uppdrag' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Spara behandlingen' }));
    // Decision text, its minutes reference and the assignment's text; Fluent shows them after a delayed render.
    await waitFor(() => expect(within(form).getAllByText('Fyll i fältet.')).toHaveLength(3));
    expect(await violations(section)).toEqual([]);
  });

  it('the close dialog with its error', async () => {
    const board = boardWith();
    renderReport(board);
    await boardShown(board);
    fireEvent.click(await screen.findByRole('button', { name: 'Avsluta uppdraget SHVO-2025Q3-1' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avsluta' }));
    await within(dialog).findByText('Fyll i fältet.');
    expect(await violations(dialog)).toEqual([]);
  });

  it('the editor’s reporting-back section with its errors', async () => {
    render(
      <main>
        <ReportEditor repository={editorRepository()} reportId={7} currentUser={GRETA} locale="sv-SE" board={boardWith()} />
      </main>
    );
    const heading = await screen.findByRole('heading', { name: 'Återrapportering av uppdrag från ledningsrådet' });
    const section = heading.closest('section') as HTMLElement;
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await within(section).findByText('Välj hur långt uppdraget har kommit.');
    expect(await violations(section)).toEqual([]);
  });

  it('the reports due and the meeting pack', async () => {
    const { container } = render(
      <main>
        <ReportsDueList
          locale="sv-SE"
          onOpenReport={jest.fn()}
          dues={[{ objectKey: 'SHVO', objectTitle: 'SHVO', due: { period: { year: 2025, quarter: 4 }, dueDate: '2026-01-29', state: 'overdue' } }]}
        />
      </main>
    );
    expect(await violations(container)).toEqual([]);
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    const board = boardWith();
    renderReport(board, 'portfolio');
    fireEvent.click(await screen.findByRole('button', { name: 'Visa möteshandlingar' }));
    const pack = await screen.findByTestId('meeting-pack');
    for (const region of Array.from(pack.querySelectorAll(':scope > section'))) expect(await violations(region as HTMLElement)).toEqual([]);
    expect(await violations(screen.getByRole('group', { name: 'Möteshandlingar till ledningsrådet' }))).toEqual([]);
    expect(print).not.toHaveBeenCalled();
    print.mockRestore();
  });
});
