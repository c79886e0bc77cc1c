/** @jest-environment jsdom */
// The editor in English (en-US): messages in English, FTE typed with a decimal point,
// and keyboard-only use of the row buttons.
jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../../src/webparts/statusReport/loc/en-us.js'));
import * as React from 'react';
import '../support/quietIcons';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ReportEditor from '../../../src/components/ReportEditor/ReportEditor';
import { draftStorageKey } from '../../../src/components/ReportEditor/draft/storage';
import { toDraft } from '../../../src/components/ReportEditor/draft/convert';
import { untilSaved } from './untilSaved';
import { editorRepository, GRETA } from '../support/memoryRepository';

function field(label: RegExp, index: number = 0): HTMLInputElement {
  return screen.getAllByLabelText(label)[index] as HTMLInputElement;
}

function button(name: string): HTMLButtonElement {
  const found = Array.from(document.querySelectorAll('button')).filter((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name);
  if (found.length !== 1) throw new Error(`${found.length} buttons named ${name}`);
  return found[0];
}

beforeEach(() => window.localStorage.clear());

describe('ReportEditor in English', () => {
  it('takes FTE with a decimal point and shows English messages', async () => {
    const repo = editorRepository();
    render(<ReportEditor repository={repo} reportId={7} currentUser={GRETA} locale="en-US" autosaveDelayMs={10} />);
    await screen.findByRole('heading', { level: 1, name: 'Edit status report – SHVO Q4 2025' });
    const fte = field(/^Full-time equivalents at the end/);
    expect(fte.value).toBe('4');
    fireEvent.change(fte, { target: { value: '4 people' } });
    fireEvent.blur(fte);
    expect(await screen.findByText('Write only a number, without words or units.')).toBeTruthy();
    fireEvent.change(fte, { target: { value: '4,5' } });
    fireEvent.blur(fte);
    expect(await screen.findByText('Write a number, e.g. 4 or 4.5.')).toBeTruthy();
    fireEvent.change(fte, { target: { value: '3.5' } });
    await untilSaved(repo, () => fireEvent.click(button('Save')));
    expect(await screen.findByText(/^Saved /)).toBeTruthy();
    expect(repo.saves[0].staffing.fteEnd).toBe(3.5);
  });

  it('moves and removes rows with the keyboard alone, keeping focus on the moved row', async () => {
    const user = userEvent.setup();
    const repo = editorRepository();
    render(<ReportEditor repository={repo} reportId={7} currentUser={GRETA} locale="en-US" />);
    await screen.findByRole('heading', { level: 1 });
    const down = button('Move meeting 1 down');
    down.focus();
    await user.keyboard('{Enter}');
    const types = (): string[] => screen.getAllByLabelText(/^Type of meeting/).map((e) => (e as HTMLInputElement).value);
    expect(types()).toEqual(['Månadsmöten GITS', 'Arbetsmöten SHVO']);
    // The moved row is now last: focus goes to its "up" button, named for its new place.
    await waitFor(() => expect(document.activeElement).toBe(button('Move meeting 2 up')));
    await user.keyboard('{Enter}');
    expect(types()).toEqual(['Arbetsmöten SHVO', 'Månadsmöten GITS']);
    // Now first: "up" is disabled, so focus is on its "down" button.
    await waitFor(() => expect(document.activeElement).toBe(button('Move meeting 1 down')));
    await user.tab();
    expect(document.activeElement).toBe(button('Remove meeting 1'));
    await user.keyboard(' ');
    expect(types()).toEqual(['Månadsmöten GITS']);
    expect(screen.getByText('Removed meeting 1.')).toBeTruthy();
  });

  it('restores a draft based on an older version and sends it through the conflict dialog', async () => {
    const repo = editorRepository();
    const stale = toDraft(repo.stored.report, 'en-US');
    window.localStorage.setItem(
      draftStorageKey('SHVO', { year: 2025, quarter: 4 }, GRETA.email as string),
      JSON.stringify({ draft: { ...stale, header: { ...stale.header, mission: 'Typed before the crash' } }, baseVersion: '"1"', savedAt: '2025-12-01T10:00:00Z' })
    );
    repo.saveAsSomeoneElse((r) => ({ ...r, chartCaption: 'Changed by a colleague' }));
    render(<ReportEditor repository={repo} reportId={7} currentUser={GRETA} locale="en-US" />);
    await screen.findByText(/^Unsaved changes from .* were restored from this browser/, undefined, { timeout: 5000 });
    expect(field(/^Description of the mission/).value).toBe('Typed before the crash');
    fireEvent.click(button('Save'));
    const dialog = await screen.findByRole('dialog', { name: 'The report was changed by someone else' });
    expect(dialog.querySelectorAll('fieldset').length).toBe(2);
    expect(repo.saves).toHaveLength(0);
  });

  it('keeps a restored draft marked as based on the older version when it is kept locally again', async () => {
    const repo = editorRepository();
    const key = draftStorageKey('SHVO', { year: 2025, quarter: 4 }, GRETA.email as string);
    const stale = toDraft(repo.stored.report, 'en-US');
    window.localStorage.setItem(
      key,
      JSON.stringify({ draft: { ...stale, header: { ...stale.header, mission: 'Typed before the crash' } }, baseVersion: '"1"', savedAt: '2025-12-01T10:00:00Z' })
    );
    repo.saveAsSomeoneElse((r) => ({ ...r, chartCaption: 'Changed by a colleague' }));
    const first = render(<ReportEditor repository={repo} reportId={7} currentUser={GRETA} locale="en-US" autosaveDelayMs={5} />);
    await screen.findByRole('heading', { level: 1 });
    fireEvent.change(field(/^Description of the mission/), { target: { value: 'Typed after the crash' } });
    await waitFor(() => expect(JSON.parse(window.localStorage.getItem(key) as string).draft.header.mission).toBe('Typed after the crash'));
    expect(JSON.parse(window.localStorage.getItem(key) as string).baseVersion).toBe('"1"');
    first.unmount();
    render(<ReportEditor repository={repo} reportId={7} currentUser={GRETA} locale="en-US" />);
    await screen.findByRole('heading', { level: 1 });
    fireEvent.click(button('Save'));
    expect(await screen.findByRole('dialog', { name: 'The report was changed by someone else' })).toBeTruthy();
    expect(repo.saves).toHaveLength(0);
  });
});

describe('ReportEditor without edit permission', () => {
  it('shows the report read-only: no row buttons, no add buttons, fields read-only, no save', async () => {
    const repo = editorRepository();
    render(
      <ReportEditor
        repository={repo}
        reportId={7}
        currentUser={GRETA}
        locale="en-US"
        permissions={{ canRead: true, canEdit: false, canApprove: true, canManageLists: false }}
      />
    );
    await screen.findByRole('heading', { level: 1 });
    expect(field(/^Description of the mission/).readOnly).toBe(true);
    const names = Array.from(document.querySelectorAll('button')).map((b) => b.getAttribute('aria-label') ?? b.textContent?.trim());
    expect(names.filter((n) => /^(Move|Remove|Add) /.test(n ?? ''))).toEqual([]);
    expect(button('Save').disabled || button('Save').getAttribute('aria-disabled') === 'true').toBe(true);
    expect(names).not.toContain('Submit for approval');
  });
});
