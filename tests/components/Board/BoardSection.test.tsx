/** @jest-environment jsdom */
jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../../src/webparts/statusReport/loc/sv-se.js'));
jest.mock('../../../src/components/KpiTrendChart/chartSetup', () => ({
  createLineChart: jest.fn(() => ({ destroy: jest.fn() }))
}));

import '../support/quietIcons';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { IStatusReportRepository } from '../../../src/data/repository/IStatusReportRepository';
import { FakeReader, snapshotFor } from '../support/fakeReader';
import { renderStatusReportApp } from '../support/renderApp';
import { boardWith, MemoryBoardServices, SAMSA_ANSWER, SAMSA_ASSIGNMENT } from './boardFixture';
// Loaded on demand in the app; required here once so the first lazy render does not also compile them.
import '../../../src/components/Board';
import '../../../src/components/Board/HandlingForm';
import '../../../src/components/Board/CloseAssignmentDialog';

jest.setTimeout(60000);
jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);


function reader(): FakeReader {
  return new FakeReader([snapshotFor({ year: 2025, quarter: 3 }), snapshotFor({ year: 2025, quarter: 4 }, (r) => ({ ...r, reportingBack: [SAMSA_ANSWER] }))]);
}

function renderApp(board: MemoryBoardServices, fake: FakeReader = reader()): void {
  renderStatusReportApp({ repository: {} as IStatusReportRepository, reportReader: fake, board, now: () => new Date('2026-01-20T10:00:00') });
}

/** The card first, then the board's records, then the section: each step waits for its own event. */
async function boardShown(board: MemoryBoardServices): Promise<HTMLElement> {
  await screen.findByRole('heading', { name: /Q4 2025|Q3 2025/ });
  await waitFor(() => expect(board.calls).toContain('getRecords'));
  return screen.findByTestId('board-handling');
}

const handlingSection = (): HTMLElement => screen.getByTestId('board-handling');
const card = (): HTMLElement => document.querySelector('article') as HTMLElement;

describe('the board on the report view', () => {
  it('shows a reader the answer beside the assignment, its history, the next due date, and nothing to change', async () => {
    const board = boardWith({ access: { canRead: true, canRecord: false } });
    renderApp(board);
    await boardShown(board);
    const item = within(card()).getByTestId('reporting-back').querySelector('li[data-assignment="SHVO-2025Q3-1"]') as HTMLElement;
    expect(item.textContent).toContain('Uppdrag SHVO-2025Q3-1: Redovisa en plan för avvecklingen av SAMSA it-tjänst.');
    expect(item.textContent).toContain('Ska besvaras senast i rapporten förQ4 2025');
    expect(item.querySelector('dl [data-answer]')?.textContent).toBe('Pågår');
    expect(item.textContent).toContain('Svar: Planen tas fram med VVG; klar i mars.');
    // The history, quarter by quarter, behind its disclosure button.
    const toggle = await within(item).findByRole('button', { name: 'Historik för uppdrag SHVO-2025Q3-1' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    const history = within(item).getByTestId('history-SHVO-2025Q3-1');
    expect(Array.from(history.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      'Q3 2025: givet vid mötet 13 november 2025, ska besvaras senast Q4 2025',
      'Q4 2025: Pågår Planen tas fram med VVG; klar i mars.'
    ]);
    expect(within(item).getByText('Öppet')).toBeTruthy();

    // Q4 2025 is in: the next report is Q1 2026, due 14 days before the meeting of 2026-05-07.
    const due = within(card()).getByTestId('next-report-due');
    expect(due.textContent).toBe('Nästa rapportQ1 2026, senast 23 april 2026');
    expect(due.querySelector('[data-due]')?.getAttribute('data-due')).toBe('notDue');

    expect(within(handlingSection()).getByText('Ledningsrådet har inte behandlat rapporten ännu.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Registrera behandling' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Avsluta uppdrag/ })).toBeNull();

    // The report before: its handling, decisions with the minutes' reference, the assignment given.
    fireEvent.click(screen.getByRole('button', { name: /Föregående rapport/ }));
    await waitFor(() => expect(within(handlingSection()).queryByTestId('board-decisions')).toBeTruthy());
    expect(handlingSection().textContent).toContain('Mötesdatum13 november 2025');
    expect(within(handlingSection()).getByText('Ledningsrådet noterade rapporten.')).toBeTruthy();
    expect(within(handlingSection()).getByTestId('board-decisions').textContent).toBe('Rapporten läggs till handlingarna. (protokoll: Protokoll 2025-11-13 § 4)');
    expect(within(handlingSection()).getByTestId('board-assignments').textContent).toContain('Uppdrag SHVO-2025Q3-1: Redovisa en plan för avvecklingen av SAMSA it-tjänst.');
    expect(board.calls.filter((c) => c === 'saveHandling' || c === 'closeAssignment')).toEqual([]);
  });

  it('lets a recorder record the handling with a decision and an assignment', async () => {
    const board = boardWith();
    renderApp(board);
    await boardShown(board);
    fireEvent.click(await screen.findByRole('button', { name: 'Registrera behandling' }));
    const form = await screen.findByRole('form', { name: 'Ledningsrådets behandling av rapporten för Q4 2025' });
    const date = within(form).getByLabelText(/^Mötesdatum/) as HTMLInputElement;
    // The first meeting after the quarter, from the calendar.
    expect(date.value).toBe('2026-02-12');
    expect(document.activeElement).toBe(date);
    fireEvent.change(within(form).getByLabelText(/^Anteckningar/), { target: { value: 'Rapporten presenterades av Gisella Koutsiou.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Lägg till beslut' }));
    fireEvent.change(within(form).getByLabelText(/^Beslut 1/), { target: { value: 'Ledningsrådet godkänner planen för SAMSA.' } });
    fireEvent.change(within(form).getByLabelText(/^Protokollsreferens/), { target: { value: 'Protokoll 2026-02-12 § 7' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Lägg till uppdrag' }));
    expect((within(form).getByLabelText(/^Ska besvaras senast/) as HTMLInputElement).value).toBe('Q1 2026');
    fireEvent.change(within(form).getByLabelText(/^Uppdrag 1/), { target: { value: 'Redovisa kostnaden för avvecklingen.' } });
    fireEvent.change(within(form).getByLabelText(/^Ska besvaras senast/), { target: { value: 'Q2 2026' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Spara behandlingen' }));

    await within(handlingSection()).findByText('Behandlingen är sparad.');
    expect(board.handlings.find((h) => h.period.year === 2025 && h.period.quarter === 4)).toEqual({
      objectKey: 'SHVO',
      period: { year: 2025, quarter: 4 },
      meetingDate: '2026-02-12',
      notes: 'Rapporten presenterades av Gisella Koutsiou.',
      decisions: [{ text: 'Ledningsrådet godkänner planen för SAMSA.', minutesReference: 'Protokoll 2026-02-12 § 7' }],
      assignmentKeys: ['SHVO-2025Q4-1']
    });
    expect(board.assignments.find((a) => a.key === 'SHVO-2025Q4-1')).toEqual({
      key: 'SHVO-2025Q4-1',
      objectKey: 'SHVO',
      text: 'Redovisa kostnaden för avvecklingen.',
      givenFor: { year: 2025, quarter: 4 },
      meetingDate: '2026-02-12',
      answerBy: { year: 2026, quarter: 2 },
      state: 'open'
    });
    expect(board.log.map((e) => [e.action, e.subject, e.by.displayName])).toEqual([
      ['handlingSaved', '2025Q4', 'Anna Approver'],
      ['assignmentGiven', 'SHVO-2025Q4-1', 'Anna Approver']
    ]);
    await waitFor(() => expect(within(handlingSection()).getByTestId('board-assignments').textContent).toContain('Uppdrag SHVO-2025Q4-1: Redovisa kostnaden för avvecklingen.'));
    expect(handlingSection().textContent).toContain('Mötesdatum12 februari 2026');
    expect(within(handlingSection()).getByRole('button', { name: 'Ändra behandling' })).toBeTruthy();
  });

  it('refuses a handling with errors, saying what to correct, and saves nothing', async () => {
    const board = boardWith();
    renderApp(board);
    await boardShown(board);
    fireEvent.click(await screen.findByRole('button', { name: 'Registrera behandling' }));
    const form = await screen.findByRole('form');
    fireEvent.change(within(form).getByLabelText(/^Mötesdatum/), { target: { value: '2025-12-31' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Lägg till beslut' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Lägg till uppdrag' }));
    fireEvent.change(within(form).getByLabelText(/^Uppdrag 1/), { target: { value: 'Redovisa kostnaden.' } });
    fireEvent.change(within(form).getByLabelText(/^Ska besvaras senast/), { target: { value: 'Q4 2025' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Spara behandlingen' }));
    // Fluent shows a field's error after a delayed render.
    expect(await within(form).findByText('Mötet måste hållas efter kvartalets slut (2025-12-31).')).toBeTruthy();
    await waitFor(() => expect(within(form).getAllByText('Fyll i fältet.')).toHaveLength(2));
    expect(within(form).getByText('Välj ett kvartal efter Q4 2025: uppdraget besvaras i en senare rapport.')).toBeTruthy();
    expect(document.activeElement).toBe(within(form).getByLabelText(/^Mötesdatum/));
    expect(board.calls).not.toContain('saveHandling');
    expect(board.handlings).toHaveLength(1);
  });

  it('keeps what the recorder typed when SharePoint refuses the save', async () => {
    const board = boardWith();
    board.failNext('saveHandling', 'data.error.forbidden');
    renderApp(board);
    await boardShown(board);
    fireEvent.click(await screen.findByRole('button', { name: 'Registrera behandling' }));
    const form = await screen.findByRole('form');
    fireEvent.change(within(form).getByLabelText(/^Anteckningar/), { target: { value: 'Noterades.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Spara behandlingen' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('Du saknar behörighet för detta. Be webbplatsens ägare om åtkomst.');
    expect((within(form).getByLabelText(/^Anteckningar/) as HTMLTextAreaElement).value).toBe('Noterades.');
    expect(board.handlings).toHaveLength(1);
  });

  it('lets a recorder close an assignment beside its answer, with a reason', async () => {
    const board = boardWith();
    renderApp(board);
    await boardShown(board);
    const close = await screen.findByRole('button', { name: 'Avsluta uppdraget SHVO-2025Q3-1' });
    fireEvent.click(close);
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avsluta' }));
    expect(await within(dialog).findByText('Fyll i fältet.')).toBeTruthy();
    expect(board.calls).not.toContain('closeAssignment');
    fireEvent.change(within(dialog).getByLabelText(/^Motivering/), { target: { value: 'Planen godkänd 2026-02-12 § 7.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avsluta' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(board.assignments[0]).toEqual({
      ...SAMSA_ASSIGNMENT,
      state: 'closed',
      closedAt: '2026-01-20T10:00:00.000Z',
      closedBy: { displayName: 'Anna Approver', email: 'approver@example.org' },
      closingNote: 'Planen godkänd 2026-02-12 § 7.'
    });
    const item = card().querySelector('li[data-assignment="SHVO-2025Q3-1"]') as HTMLElement;
    await waitFor(() => expect(within(item).getByText('Avslutat')).toBeTruthy());
    expect(item.textContent).toContain('av Anna Approver den 20 januari 2026');
    expect(within(item).queryByRole('button', { name: /Avsluta uppdrag/ })).toBeNull();
  });

  it('shows nothing of the board to someone who may not read its lists', async () => {
    const board = boardWith({ access: { canRead: false, canRecord: false } });
    renderApp(board);
    await waitFor(() => expect(board.calls).toContain('getAccess'));
    await screen.findByTestId('reporting-back');
    expect(screen.queryByTestId('board-handling')).toBeNull();
    expect(screen.queryByTestId('next-report-due')).toBeNull();
    expect(board.calls).toEqual(['getAccess']);
  });
});
