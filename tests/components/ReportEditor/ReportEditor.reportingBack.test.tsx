/** @jest-environment jsdom */
jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../../src/webparts/statusReport/loc/sv-se.js'));
import * as React from 'react';
import '../support/quietIcons';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import ReportEditor from '../../../src/components/ReportEditor/ReportEditor';
import { untilSaved } from './untilSaved';
import { editorRepository, GRETA } from '../support/memoryRepository';
import { sampleReport } from './sampleReport';
import { boardWith, SAMSA_ASSIGNMENT } from '../Board/boardFixture';
import type { IStatusReport } from '../../../src/domain/model';

jest.setTimeout(60000);

function button(name: string, container: HTMLElement = document.body): HTMLButtonElement {
  const found = Array.from(container.querySelectorAll('button')).filter((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name);
  if (found.length !== 1) throw new Error(`${found.length} buttons named ${name}`);
  return found[0];
}

const assignment = (key: string): HTMLElement => document.querySelector(`fieldset[data-assignment="${key}"]`) as HTMLElement;

beforeEach(() => window.localStorage.clear());

describe('the reporting-back section of the editor', () => {
  it('lists the open assignment given before the quarter, requires an answer, and saves it into the report', async () => {
    const repo = editorRepository();
    const board = boardWith({
      assignments: [
        SAMSA_ASSIGNMENT,
        // Given for this very quarter: answered from the next report on, not in this one.
        { ...SAMSA_ASSIGNMENT, key: 'SHVO-2025Q4-1', text: 'Ta fram en målbild för 2027.', givenFor: { year: 2025, quarter: 4 }, answerBy: { year: 2026, quarter: 2 } },
        // Closed: nothing to report back.
        { ...SAMSA_ASSIGNMENT, key: 'SHVO-2025Q2-1', text: 'Klart sedan länge.', givenFor: { year: 2025, quarter: 2 }, state: 'closed' }
      ]
    });
    render(<ReportEditor repository={repo} reportId={7} currentUser={GRETA} locale="sv-SE" autosaveDelayMs={10} board={board} />);
    await screen.findByRole('heading', { name: 'Återrapportering av uppdrag från ledningsrådet' });
    expect(Array.from(document.querySelectorAll('fieldset[data-assignment]')).map((f) => f.getAttribute('data-assignment'))).toEqual(['SHVO-2025Q3-1']);
    const row = assignment('SHVO-2025Q3-1');
    expect(within(row).getByText('Redovisa en plan för avvecklingen av SAMSA it-tjänst.')).toBeTruthy();
    expect(row.textContent).toContain('Givet vid behandlingen av: Q3 2025. Ska besvaras senast i rapporten för: Q4 2025.');
    // Taking in the board's open assignments is a change the team saves.
    expect(screen.getByText('Du har osparade ändringar.')).toBeTruthy();

    fireEvent.click(button('Spara'));
    const summary = await screen.findByRole('alert', { name: /Rätta de här fälten innan du sparar \(1\)/ });
    expect(within(summary).getAllByRole('button').map((b) => b.textContent)).toEqual(['Uppdrag SHVO-2025Q3-1 – Status: Välj hur långt uppdraget har kommit.']);
    expect(repo.saves).toHaveLength(0);

    fireEvent.click(within(row).getByRole('radio', { name: 'Pågår' }));
    fireEvent.click(button('Spara'));
    await screen.findByRole('alert', { name: /Rätta de här fälten innan du sparar \(1\)/ });
    expect(within(row).getByText(/Skriv vad som har gjorts\./)).toBeTruthy();

    fireEvent.change(within(row).getByLabelText(/^Svar på uppdrag SHVO-2025Q3-1/), { target: { value: 'Planen tas fram med VVG; klar i mars.' } });
    await untilSaved(repo, () => fireEvent.click(button('Spara')));
    expect(repo.saves).toHaveLength(1);
    expect(repo.saves[0].reportingBack).toEqual([
      {
        assignmentKey: 'SHVO-2025Q3-1',
        assignment: 'Redovisa en plan för avvecklingen av SAMSA it-tjänst.',
        givenFor: { year: 2025, quarter: 3 },
        answerBy: { year: 2025, quarter: 4 },
        status: 'ongoing',
        answer: 'Planen tas fram med VVG; klar i mars.'
      }
    ]);
    expect(board.calls).toEqual(['listAssignments']);
  });

  it('keeps an answer already saved and takes the assignment’s current text', async () => {
    const saved: IStatusReport = {
      ...sampleReport(),
      reportingBack: [
        { assignmentKey: 'SHVO-2025Q3-1', assignment: 'Äldre lydelse.', givenFor: { year: 2025, quarter: 3 }, answerBy: { year: 2025, quarter: 4 }, status: 'done' as const, answer: 'Klart.' }
      ]
    };
    const repo = editorRepository(saved);
    render(<ReportEditor repository={repo} reportId={7} currentUser={GRETA} locale="sv-SE" autosaveDelayMs={10} board={boardWith()} />);
    await screen.findByRole('heading', { name: 'Återrapportering av uppdrag från ledningsrådet' });
    // The assignment's current text, the team's answer kept.
    await waitFor(() => expect(within(assignment('SHVO-2025Q3-1')).queryByText('Redovisa en plan för avvecklingen av SAMSA it-tjänst.')).toBeTruthy());
    expect((within(assignment('SHVO-2025Q3-1')).getByRole('radio', { name: 'Genomfört' }) as HTMLInputElement).checked).toBe(true);
    expect((within(assignment('SHVO-2025Q3-1')).getByLabelText(/^Svar på uppdrag/) as HTMLTextAreaElement).value).toBe('Klart.');
  });

  it('has no section when the board has nothing open for the object', async () => {
    const repo = editorRepository();
    const board = boardWith({ assignments: [] });
    render(<ReportEditor repository={repo} reportId={7} currentUser={GRETA} locale="sv-SE" autosaveDelayMs={10} board={board} />);
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(board.calls).toEqual(['listAssignments']));
    expect(screen.queryByRole('heading', { name: 'Återrapportering av uppdrag från ledningsrådet' })).toBeNull();
    expect(screen.getByText('Inga osparade ändringar.')).toBeTruthy();
  });

  it('is read only for someone who may not edit, and does not take in assignments for them', async () => {
    const saved: IStatusReport = {
      ...sampleReport(),
      reportingBack: [
        { assignmentKey: 'SHVO-2025Q3-1', assignment: 'Redovisa en plan för avvecklingen av SAMSA it-tjänst.', givenFor: { year: 2025, quarter: 3 }, answerBy: { year: 2025, quarter: 4 }, status: 'ongoing' as const, answer: 'Pågår.' }
      ]
    };
    const repo = editorRepository(saved);
    const board = boardWith();
    render(
      <ReportEditor
        repository={repo}
        reportId={7}
        currentUser={GRETA}
        locale="sv-SE"
        board={board}
        permissions={{ canRead: true, canEdit: false, canApprove: true, canManageLists: false }}
      />
    );
    await screen.findByRole('heading', { name: 'Återrapportering av uppdrag från ledningsrådet' });
    const row = assignment('SHVO-2025Q3-1');
    expect((within(row).getByLabelText(/^Svar på uppdrag/) as HTMLTextAreaElement).readOnly).toBe(true);
    expect(within(row).getAllByRole('radio').every((r) => (r as HTMLInputElement).disabled)).toBe(true);
    expect(board.calls).toEqual([]);
  });
});
