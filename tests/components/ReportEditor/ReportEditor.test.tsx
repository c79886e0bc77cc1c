/** @jest-environment jsdom */
jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../../src/webparts/statusReport/loc/sv-se.js'));
import * as React from 'react';
import '../support/quietIcons';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import ReportEditor from '../../../src/components/ReportEditor/ReportEditor';
import type { IReportEditorProps } from '../../../src/components/ReportEditor';
import { draftStorageKey } from '../../../src/components/ReportEditor/draft/storage';
import { untilSaved } from './untilSaved';
import { editorRepository, MemoryStatusReportRepository, GRETA } from '../support/memoryRepository';
import { findMessageBar } from '../support/messageBar';

const STORAGE_KEY = draftStorageKey('SHVO', { year: 2025, quarter: 4 }, GRETA.email as string);

function renderEditor(repo: MemoryStatusReportRepository, overrides: Partial<IReportEditorProps> = {}): ReturnType<typeof render> {
  return render(
    <ReportEditor repository={repo} reportId={7} currentUser={GRETA} locale="sv-SE" autosaveDelayMs={10} {...overrides} />
  );
}

async function ready(): Promise<void> {
  await screen.findByRole('heading', { level: 1 });
}

function field(label: string | RegExp, index: number = 0): HTMLInputElement | HTMLTextAreaElement {
  return screen.getAllByLabelText(label)[index] as HTMLInputElement;
}

/** The editor section under the h2 with this text (a fast stand-in for getByRole('region')). */
function section(name: string): HTMLElement {
  const heading = Array.from(document.querySelectorAll('section > h2')).filter((h) => h.textContent === name);
  if (heading.length !== 1) throw new Error(`${heading.length} sections named ${name}`);
  return heading[0].parentElement as HTMLElement;
}

/** The one button with this accessible name (aria-label, else text); getByRole is slow on a form this size. */
function button(name: string, container: HTMLElement = document.body): HTMLButtonElement {
  const found = Array.from(container.querySelectorAll('button')).filter((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name);
  if (found.length !== 1) throw new Error(`${found.length} buttons named ${name}`);
  return found[0];
}

beforeEach(() => window.localStorage.clear());

describe('ReportEditor', () => {
  it('shows every section with the stored values', async () => {
    renderEditor(editorRepository());
    await ready();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Redigera statusrapport – SHVO Q4 2025');
    for (const name of ['Rapporthuvud', 'Viktiga händelser under perioden', 'Nyckeltal', 'Möten och samverkan', 'Aktuella problemställningar och utmaningar', 'Planerade aktiviteter', 'Ekonomisk status', 'Personalresurser', 'Kommunikationsaktiviteter']) {
      expect(screen.getAllByRole('heading', { level: 2, name }).length).toBeGreaterThan(0);
    }
    expect(field(/^Ansvarig funktionskoordinator/).value).toBe('Greta Exempel');
    expect(field(/^Kvartal/).value).toBe('Q4 2025');
    expect(field(/^I år/, 1).value).toBe('46,6 %');
    expect(field(/^Årsarbetare vid periodens slut/).value).toBe('4');
    const events = section('Viktiga händelser under perioden');
    expect((within(events).getAllByLabelText(/^Underpunkter/)[1] as HTMLTextAreaElement).value).toBe('Lathund för SAMSA Sysadm har reviderats.\nSIP-delen i utbildningen har reviderats.');
    expect((within(events).getAllByLabelText(/^Datum/)[1] as HTMLInputElement).value).toBe('2025-09-11');
  });

  it('adds, edits, reorders and removes rows with named buttons, and saves the result', async () => {
    const repo = editorRepository();
    renderEditor(repo);
    await ready();
    const problems = section('Aktuella problemställningar och utmaningar');
    fireEvent.click(button('Lägg till problem', problems));
    const texts = (): string[] => within(problems).getAllByLabelText(/^Text/).map((e) => (e as HTMLTextAreaElement).value);
    expect(texts()).toHaveLength(3);
    await waitFor(() => expect(document.activeElement).toBe(within(problems).getAllByLabelText(/^Text/)[2]));
    fireEvent.change(within(problems).getAllByLabelText(/^Text/)[2], { target: { value: 'Nytt problem om Utdata' } });
    fireEvent.click(button('Flytta upp problem 3', problems));
    expect(texts()[1]).toBe('Nytt problem om Utdata');
    expect((button('Flytta upp problem 1', problems) as HTMLButtonElement).disabled || button('Flytta upp problem 1', problems).getAttribute('aria-disabled') === 'true').toBe(true);
    expect(screen.getByText('Flyttad till plats 2 av 3.')).toBeTruthy();
    fireEvent.click(button('Ta bort problem 1', problems));
    expect(texts()).toEqual(['Nytt problem om Utdata', 'Representation saknas från 2 av 6 delregioner.']);
    expect(screen.getByText('Du har osparade ändringar.')).toBeTruthy();
    await untilSaved(repo, () => fireEvent.click(button('Spara')));
    expect(await screen.findByText(/^Sparad /)).toBeTruthy();
    expect(repo.saves).toHaveLength(1);
    expect(repo.saves[0].problems).toEqual([
      { text: 'Nytt problem om Utdata', subItems: [], status: 'open' },
      { text: 'Representation saknas från 2 av 6 delregioner.', subItems: [], status: 'open' }
    ]);
    expect(screen.getByText('Inga osparade ändringar.')).toBeTruthy();
    expect(window.localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('shows a Swedish error next to the field on blur, lists it in the summary and does not save', async () => {
    const repo = editorRepository();
    renderEditor(repo);
    await ready();
    const fte = field(/^Årsarbetare vid periodens slut/);
    fireEvent.change(fte, { target: { value: 'fyra' } });
    fireEvent.blur(fte);
    const error = await screen.findByText('Skriv ett tal, t.ex. 4 eller 4,5.');
    // Fluent puts the message in the field's description, which the input points at.
    const describedBy = (fte.getAttribute('aria-describedby') ?? '').split(' ');
    expect(describedBy.some((id) => document.getElementById(id)?.contains(error))).toBe(true);
    expect(fte.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(field(/^Kvartal/), { target: { value: 'Q5 2025' } });
    fireEvent.click(button('Spara'));
    const summary = await screen.findByRole('alert', { name: /Rätta de här fälten innan du sparar \(2\)/ });
    const links = within(summary).getAllByRole('button').map((b) => b.textContent);
    expect(links).toEqual(['Kvartal (t.ex. Q4 2025): Kvartalet måste vara 1–4.', 'Årsarbetare vid periodens slut: Skriv ett tal, t.ex. 4 eller 4,5.']);
    fireEvent.click(within(summary).getAllByRole('button')[1]);
    expect(document.activeElement).toBe(fte);
    expect(repo.saves).toHaveLength(0);
  });

  it('keeps the draft in localStorage while typing and restores it after a reload, with a notice', async () => {
    const repo = editorRepository();
    const first = renderEditor(repo);
    await ready();
    fireEvent.change(field(/^Beskrivning av uppdraget/), { target: { value: 'Nytt uppdrag, ej sparat' } });
    await waitFor(() => expect(window.localStorage.getItem(STORAGE_KEY)).not.toBeNull());
    const kept = JSON.parse(window.localStorage.getItem(STORAGE_KEY) as string);
    expect(kept.draft.header.mission).toBe('Nytt uppdrag, ej sparat');
    expect(kept.baseVersion).toBe('"1"');
    first.unmount();

    renderEditor(repo);
    await ready();
    expect(field(/^Beskrivning av uppdraget/).value).toBe('Nytt uppdrag, ej sparat');
    expect(screen.getByText(/^Osparade ändringar från .* har återställts från den här webbläsaren/)).toBeTruthy();
    expect(repo.saves).toHaveLength(0);
    fireEvent.click(button('Släng de återställda ändringarna'));
    expect(field(/^Beskrivning av uppdraget/).value).toBe(repo.stored.report.header.mission);
    expect(window.localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('writes the draft at once when the page is left and asks the browser to confirm', async () => {
    renderEditor(editorRepository(), { autosaveDelayMs: 60000 });
    await ready();
    fireEvent.change(field(/^Ansvarig funktionskoordinator/), { target: { value: 'Alva Prov' } });
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(JSON.parse(window.localStorage.getItem(STORAGE_KEY) as string).draft.header.coordinator).toBe('Alva Prov');
  });

  it('asks before closing with unsaved changes', async () => {
    const onClose = jest.fn();
    renderEditor(editorRepository(), { onClose });
    await ready();
    fireEvent.click(button('Stäng redigeringen'));
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.change(field(/^Beskrivning av uppdraget/), { target: { value: 'Ändrat' } });
    fireEvent.click(button('Stäng redigeringen'));
    const dialog = await screen.findByRole('dialog', { name: 'Lämna utan att spara?' });
    fireEvent.click(button('Fortsätt redigera', dialog));
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.click(button('Stäng redigeringen'));
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Lämna utan att spara?' })).getByRole('button', { name: 'Lämna' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('on a conflict shows both versions per field and saves the per-field merge', async () => {
    const repo = editorRepository();
    renderEditor(repo);
    await ready();
    repo.saveAsSomeoneElse((r) => ({ ...r, header: { ...r.header, mission: 'Deras uppdrag' }, economy: { ...r.economy, assessment: 'attention' } }));
    fireEvent.change(field(/^I år/, 0), { target: { value: '62 000' } });
    fireEvent.change(field(/^Beskrivning av uppdraget/), { target: { value: 'Mitt uppdrag' } });
    fireEvent.click(button('Spara'));
    const dialog = await screen.findByRole('dialog', { name: 'Rapporten har ändrats av någon annan' });
    expect(repo.saves).toHaveLength(0);
    const mission = within(dialog).getByRole('group', { name: 'Beskrivning av uppdraget' });
    expect(within(mission).getByText('Mitt uppdrag')).toBeTruthy();
    expect(within(mission).getByText('Deras uppdrag')).toBeTruthy();
    const assessment = within(dialog).getByRole('group', { name: 'Bedömning av ekonomisk status' });
    expect(within(assessment).getByText('Enligt plan')).toBeTruthy();
    expect(within(assessment).getByText('Risk för avvikelse')).toBeTruthy();
    const kpi = within(dialog).getByRole('group', { name: 'Nyckeltal: Totalt registrerade användare i SAMSA IT-tjänst' });
    expect(within(kpi).getByText('62 000 | 52 796')).toBeTruthy();
    fireEvent.click(within(mission).getByRole('radio', { name: 'Sparad version' }));
    await untilSaved(repo, () => fireEvent.click(button('Spara mina val', dialog)));
    expect(await screen.findByText(/^Sparad /)).toBeTruthy();
    expect(repo.saves).toHaveLength(1);
    expect(repo.saves[0].header.mission).toBe('Deras uppdrag');
    expect(repo.saves[0].kpis[0].current).toEqual({ text: '62 000', number: 62000 });
    expect(repo.saves[0].economy.assessment).toBe('good');
    expect(field(/^Beskrivning av uppdraget/).value).toBe('Deras uppdrag');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('on a conflict can take their version without saving anything', async () => {
    const repo = editorRepository();
    renderEditor(repo);
    await ready();
    repo.saveAsSomeoneElse((r) => ({ ...r, header: { ...r.header, mission: 'Deras uppdrag' } }));
    fireEvent.change(field(/^Beskrivning av uppdraget/), { target: { value: 'Mitt uppdrag' } });
    fireEvent.click(button('Spara'));
    const dialog = await screen.findByRole('dialog', { name: 'Rapporten har ändrats av någon annan' });
    fireEvent.click(button('Ta deras', dialog));
    expect(field(/^Beskrivning av uppdraget/).value).toBe('Deras uppdrag');
    expect(repo.saves).toHaveLength(0);
    expect(screen.getByText('Inga osparade ändringar.')).toBeTruthy();
  });

  it('can close the conflict dialog without writing, and compares again on the next save', async () => {
    const repo = editorRepository();
    renderEditor(repo);
    await ready();
    repo.saveAsSomeoneElse((r) => ({ ...r, header: { ...r.header, mission: 'Deras uppdrag' } }));
    fireEvent.change(field(/^Beskrivning av uppdraget/), { target: { value: 'Mitt uppdrag' } });
    fireEvent.click(button('Spara'));
    fireEvent.click(button('Avbryt', await screen.findByRole('dialog')));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(field(/^Beskrivning av uppdraget/).value).toBe('Mitt uppdrag');
    expect(repo.saves).toHaveLength(0);
    fireEvent.click(button('Spara'));
    expect(await screen.findByRole('dialog', { name: 'Rapporten har ändrats av någon annan' })).toBeTruthy();
    expect(repo.saves).toHaveLength(0);
  });

  it('compares afresh when someone saves again while the conflict dialog is open', async () => {
    const repo = editorRepository();
    renderEditor(repo);
    await ready();
    repo.saveAsSomeoneElse((r) => ({ ...r, header: { ...r.header, mission: 'Deras uppdrag' } }));
    fireEvent.change(field(/^Beskrivning av uppdraget/), { target: { value: 'Mitt uppdrag' } });
    fireEvent.click(button('Spara'));
    const first = await screen.findByRole('dialog');
    expect(first.querySelectorAll('fieldset')).toHaveLength(1);
    repo.saveAsSomeoneElse((r) => ({ ...r, chartCaption: 'Ännu en ändring' }));
    fireEvent.click(button('Spara mina val', first));
    await waitFor(() => expect(screen.getByRole('dialog').querySelectorAll('fieldset')).toHaveLength(2));
    const again = screen.getByRole('dialog');
    expect(within(again).getByText('Ännu en ändring')).toBeTruthy();
    expect(repo.saves).toHaveLength(0);
    await untilSaved(repo, () => fireEvent.click(button('Spara mina val', again)));
    expect(await screen.findByText(/^Sparad /)).toBeTruthy();
    expect(repo.saves[0].header.mission).toBe('Mitt uppdrag');
    expect(repo.saves[0].chartCaption).toBe('Diagram över utvecklingen av antalet användare i SAMSA IT-tjänst.');
  });

  it('keeps mine over theirs only when asked, saving against their new version', async () => {
    const repo = editorRepository();
    renderEditor(repo);
    await ready();
    repo.saveAsSomeoneElse((r) => ({ ...r, header: { ...r.header, mission: 'Deras uppdrag' } }));
    fireEvent.change(field(/^Beskrivning av uppdraget/), { target: { value: 'Mitt uppdrag' } });
    fireEvent.click(button('Spara'));
    const keepMine = within(await screen.findByRole('dialog')).getByRole('button', { name: 'Behåll mina' });
    await untilSaved(repo, () => fireEvent.click(keepMine));
    expect(await screen.findByText(/^Sparad /)).toBeTruthy();
    expect(repo.saves.map((r) => r.header.mission)).toEqual(['Mitt uppdrag']);
  });

  it('shows a localized message when saving fails and keeps the changes', async () => {
    const repo = editorRepository();
    repo.nextSaveError = { kind: 'network', messageKey: 'data.error.network' };
    renderEditor(repo);
    await ready();
    fireEvent.change(field(/^Beskrivning av uppdraget/), { target: { value: 'Mitt uppdrag' } });
    fireEvent.click(button('Spara'));
    await screen.findByText('Ingen anslutning till SharePoint. Kontrollera nätverket och försök igen.');
    expect(field(/^Beskrivning av uppdraget/).value).toBe('Mitt uppdrag');
    expect(screen.getByText('Du har osparade ändringar.')).toBeTruthy();
  });

  it('creates a KPI definition from a row and stores values typed as Swedish numbers', async () => {
    const repo = editorRepository();
    renderEditor(repo);
    await ready();
    const kpis = section('Nyckeltal');
    fireEvent.click(button('Lägg till nyckeltal', kpis));
    const dropdowns = within(kpis).getAllByRole('combobox');
    fireEvent.click(dropdowns[dropdowns.length - 1]);
    fireEvent.click(await screen.findByRole('option', { name: 'Nytt nyckeltal…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nytt nyckeltal' });
    fireEvent.change(within(dialog).getByLabelText(/^Nyckeltalets namn/), { target: { value: 'Ärenden i funktionsbrevlådan' } });
    fireEvent.change(within(dialog).getByLabelText(/^Enhet/), { target: { value: 'st' } });
    fireEvent.click(button('Skapa nyckeltal', dialog));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const current = within(kpis).getAllByLabelText(/^I år/);
    fireEvent.change(current[current.length - 1], { target: { value: '64 ärenden (vecka 39–44)' } });
    await untilSaved(repo, () => fireEvent.click(button('Spara')));
    expect(await screen.findByText(/^Sparad /)).toBeTruthy();
    const saved = repo.saves[0];
    expect(saved.kpiDefinitions[3]).toEqual({ key: 'arenden-i-funktionsbrevladan', label: 'Ärenden i funktionsbrevlådan', unit: 'st', category: 'other' });
    expect(saved.kpis[3]).toEqual({
      definitionKey: 'arenden-i-funktionsbrevladan',
      current: { text: '64 ärenden (vecka 39–44)', number: 64, qualifier: 'ärenden (vecka 39–44)' },
      comment: ''
    });
  });

  it('offers KPI definitions from the object’s history for a new row', async () => {
    const repo = editorRepository();
    repo.history = [
      {
        definition: { key: 'mailbox-cases', label: 'Ärenden i funktionsbrevlådan', unit: 'st', category: 'support' },
        points: [{ period: { year: 2025, quarter: 3 }, value: 58 }]
      }
    ];
    renderEditor(repo);
    await ready();
    const kpis = section('Nyckeltal');
    fireEvent.click(button('Lägg till nyckeltal', kpis));
    const dropdowns = within(kpis).getAllByRole('combobox');
    fireEvent.click(dropdowns[dropdowns.length - 1]);
    fireEvent.click(await screen.findByRole('option', { name: 'Ärenden i funktionsbrevlådan (st)' }));
    const current = within(kpis).getAllByLabelText(/^I år/);
    fireEvent.change(current[current.length - 1], { target: { value: '64' } });
    await untilSaved(repo, () => fireEvent.click(button('Spara')));
    expect(await screen.findByText(/^Sparad /)).toBeTruthy();
    expect(repo.saves[0].kpiDefinitions.map((d) => d.key)).toEqual(['registered-users', 'share-active-users', 'attached-files', 'mailbox-cases']);
    expect(repo.saves[0].kpis[3]).toEqual({ definitionKey: 'mailbox-cases', current: { text: '64', number: 64 }, comment: '' });
  });

  it('after submitting, saves again without a false conflict (the header changed in SharePoint)', async () => {
    const repo = editorRepository();
    renderEditor(repo);
    await ready();
    fireEvent.click(button('Skicka för godkännande'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(button('Bekräfta', dialog));
    await screen.findByText('Rapporten har skickats för godkännande.');
    await waitFor(() => expect(document.querySelector('[data-state]')?.getAttribute('data-state')).toBe('pending'));
    fireEvent.change(field(/^Beskrivning av uppdraget/), { target: { value: 'Rättat efter inskick' } });
    await untilSaved(repo, () => fireEvent.click(button('Spara')));
    expect(await screen.findByText(/^Sparad /)).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(repo.saves.map((r) => r.header.mission)).toEqual(['Rättat efter inskick']);
  });

  it('shows the return comment of a returned report', async () => {
    const repo = editorRepository();
    repo.user = { displayName: 'Alva Prov', email: 'alva.prov@example.org' };
    await repo.submitReport(7);
    await repo.returnReport(7, 'Komplettera ekonomin.');
    renderEditor(repo);
    await ready();
    expect((await findMessageBar('returned-notice')).textContent).toMatch(/Återskickad av Alva Prov den .*: Komplettera ekonomin\./);
  });
});

describe('LazyReportEditor', () => {
  it('loads the editor on demand behind Suspense', async () => {
    const { LazyReportEditor } = await import('../../../src/components/ReportEditor');
    await act(async () => {
      render(
        <React.Suspense fallback={<p>laddar</p>}>
          <LazyReportEditor repository={editorRepository()} reportId={7} currentUser={GRETA} locale="sv-SE" />
        </React.Suspense>
      );
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Redigera statusrapport – SHVO Q4 2025' })).toBeTruthy();
  });
});
