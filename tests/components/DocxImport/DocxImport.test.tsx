/** @jest-environment jsdom */
jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../../src/webparts/statusReport/loc/sv-se.js'));

import * as React from 'react';
import '../support/quietIcons';
import '../DocxExport/support';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { exportReportToDocx } from '../../../src/docx';
import { DocxImport } from '../../../src/components/DocxImport';
import type { ITextItem } from '../../../src/domain/model';
import { seedReport, seedText } from '../../support/seed';
import { fakeRepository } from './fakeRepository';
import { findMessageBar } from '../support/messageBar';

const FILE_LABEL = 'Rapportfil (.docx, .md eller .txt)';
const CONFIRM = 'Importera som utkast';

async function seedDocx(): Promise<File> {
  const bytes = await exportReportToDocx(seedReport(), { locale: 'sv-SE' });
  return new File([bytes], 'Statusrapport SHVO Q4 2025.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
}

function textFile(text: string, name: string = 'statusrapport-shvo-2025.md'): File {
  return new File([text], name, { type: 'text/markdown' });
}

function section(id: string): HTMLElement {
  const found = document.querySelector(`[data-preview-section="${id}"]`);
  if (!found) throw new Error(`no preview section ${id}`);
  return found as HTMLElement;
}

function expectItems(id: string, heading: string, items: readonly ITextItem[]): void {
  const part = section(id);
  expect(within(part).getByRole('heading', { level: 4 }).textContent).toBe(`${heading}${items.length} punkter`);
  const lines = within(part)
    .getAllByRole('listitem')
    .map((li) => li.textContent);
  expect(lines[0]).toBe(items[0].text.length > 160 ? `${items[0].text.slice(0, 159)}…` : items[0].text);
  expect(lines).toHaveLength(Math.min(items.length, 3) + (items.length > 3 ? 1 : 0));
  if (items.length > 3) expect(lines[3]).toBe(`… och ${items.length - 3} till`);
}

/** Renders and lets the object list load (a state update after the first render). */
async function renderImport(element: React.ReactElement): Promise<void> {
  render(element);
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

function confirmButton(): HTMLElement {
  return screen.getByRole('button', { name: CONFIRM });
}

describe('Import panel (sv-SE)', () => {
  it('previews a .docx built from the seed: every section in place, the KPI and meeting rows, nothing unplaced, object and quarter from the document', async () => {
    const user = userEvent.setup();
    const fake = fakeRepository();
    await renderImport(<DocxImport repository={fake.repository} locale="sv-SE" />);
    await user.upload(screen.getByLabelText(FILE_LABEL), await seedDocx());
    await screen.findByTestId('import-preview');
    const seed = seedReport();

    const header = section('header');
    expect(header.textContent).toContain(`${seed.header.objectTitle} (SHVO)`);
    expect(header.textContent).toContain('Q4 2025');
    expect(header.textContent).toContain('Gisella Koutsiou');
    expectItems('events', 'Viktiga händelser under perioden', seed.events);
    expectItems('problems', 'Aktuella problemställningar och utmaningar', seed.problems);
    expectItems('activities', 'Planerade aktiviteter', seed.activities);
    expectItems('communication', 'Kommunikationsaktiviteter', seed.communication);
    expect(section('economy').textContent).toContain(`Ekonomisk bedömning: ${seed.economy.assessment === 'good' ? 'Enligt plan' : 'Ej bedömd'}`);

    const kpiRows = section('kpis').querySelectorAll('tbody tr');
    expect(kpiRows).toHaveLength(seed.kpis.length);
    expect(Array.prototype.map.call(kpiRows, (row: Element) => row.querySelector('th')?.textContent)).toEqual(
      seed.kpis.map((entry) => seed.kpiDefinitions.filter((d) => d.key === entry.definitionKey)[0].label)
    );
    expect(within(section('kpis')).getByText('61 829')).toBeTruthy();
    const meetingRows = section('meetings').querySelectorAll('tbody tr');
    expect(Array.prototype.map.call(meetingRows, (row: Element) => row.querySelector('th')?.textContent)).toEqual(seed.meetings.map((m) => m.type));

    expect(within(section('unplaced')).getByRole('heading').textContent).toBe('Text som inte kunde placeras (0)');
    expect(section('unplaced').textContent).toContain('All text i dokumentet har en plats i rapporten.');
    expect(screen.queryByTestId('import-errors')).toBeNull();

    // Prefilled from the document; the settled quarter and year cannot be changed here.
    expect((screen.getByRole('textbox', { name: /År/ }) as HTMLInputElement).value).toBe('2025');
    expect((screen.getByRole('textbox', { name: /År/ }) as HTMLInputElement).readOnly).toBe(true);
    const quarter = screen.getByRole('combobox', { name: /Kvartal/ });
    expect(quarter.textContent).toBe('Q4');
    expect(quarter.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('combobox', { name: /Förvaltningsobjekt/ }).textContent).toBe('Samordnad hälsa, vård och omsorg (SHVO)');

    expect(confirmButton().getAttribute('aria-disabled')).toBeNull();
    for (const write of fake.writes) expect(write).not.toHaveBeenCalled();
  });

  it('writes only on confirm: createReport once with the parsed report, then offers to open the draft', async () => {
    const user = userEvent.setup();
    const fake = fakeRepository();
    const onOpenReport = jest.fn();
    await renderImport(<DocxImport repository={fake.repository} locale="sv-SE" onOpenReport={onOpenReport} />);
    await user.upload(screen.getByLabelText(FILE_LABEL), await seedDocx());
    await screen.findByTestId('import-preview');
    expect(fake.createReport).not.toHaveBeenCalled();

    await user.click(confirmButton());
    const done = await screen.findByText(/Utkastet för .* Q4 2025 har skapats\./);
    expect(done).toBeTruthy();
    expect(fake.createReport).toHaveBeenCalledTimes(1);
    expect(fake.createReport.mock.calls[0][0]).toEqual(seedReport());
    // No second write from a second click.
    expect(confirmButton().getAttribute('aria-disabled')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Öppna utkastet' }));
    expect(onOpenReport).toHaveBeenCalledWith(41, 'SHVO');
  });

  it('when the quarter already has a report: creates nothing more and offers the existing one', async () => {
    const user = userEvent.setup();
    const fake = fakeRepository({ kind: 'alreadyExists', messageKey: 'data.error.alreadyExists' }, [
      { id: 6, objectKey: 'SHVO', objectTitle: 'SHVO', period: { year: 2025, quarter: 3 }, approval: 'approved', coordinator: { displayName: 'G' }, revision: 1, modified: '' },
      { id: 7, objectKey: 'SHVO', objectTitle: 'SHVO', period: { year: 2025, quarter: 4 }, approval: 'draft', coordinator: { displayName: 'G' }, revision: 0, modified: '' }
    ]);
    const onOpenReport = jest.fn();
    await renderImport(<DocxImport repository={fake.repository} locale="sv-SE" onOpenReport={onOpenReport} />);
    await user.upload(screen.getByLabelText(FILE_LABEL), await seedDocx());
    await screen.findByTestId('import-preview');
    await user.click(confirmButton());

    expect(await screen.findByText(/har redan en rapport för Q4 2025\. Ingen ny rapport skapades\./)).toBeTruthy();
    expect(fake.listReports).toHaveBeenCalledWith('SHVO');
    await user.click(screen.getByRole('button', { name: 'Öppna den befintliga rapporten' }));
    expect(onOpenReport).toHaveBeenCalledWith(7, 'SHVO');
    expect(fake.createReport).toHaveBeenCalledTimes(1);
    for (const write of fake.writes.filter((w) => w !== fake.createReport)) expect(write).not.toHaveBeenCalled();
  });

  it('a refused write is explained in Swedish and can be tried again', async () => {
    const user = userEvent.setup();
    const fake = fakeRepository({ kind: 'forbidden', messageKey: 'data.error.forbidden' });
    await renderImport(<DocxImport repository={fake.repository} locale="sv-SE" />);
    await user.upload(screen.getByLabelText(FILE_LABEL), await seedDocx());
    await screen.findByTestId('import-preview');
    await user.click(confirmButton());
    expect(await screen.findByText('Rapporten importerades inte: Du saknar behörighet för detta. Be webbplatsens ägare om åtkomst.')).toBeTruthy();
    expect(fake.listReports).not.toHaveBeenCalled();
    expect(confirmButton().getAttribute('aria-disabled')).toBeNull();
  });

  it('a corrupt .docx shows the localized error, no preview, and writes nothing', async () => {
    const user = userEvent.setup();
    const fake = fakeRepository();
    await renderImport(<DocxImport repository={fake.repository} locale="sv-SE" />);
    await user.upload(screen.getByLabelText(FILE_LABEL), new File(['PK\u0003\u0004 this is not really a zip'], 'gammal rapport.docx'));
    const errors = await findMessageBar('import-errors');
    expect(errors.textContent).toContain('Rapporten kan inte importeras');
    expect(errors.textContent).toContain('Filen är inget Word-dokument eller så är den skadad. Öppna den i Word och spara den igen som .docx.');
    expect(errors.textContent).not.toContain('docx.error');
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect(confirmButton().getAttribute('aria-disabled')).toBe('true');
    await user.click(confirmButton());
    for (const write of fake.writes) expect(write).not.toHaveBeenCalled();
  });

  it('reads the seed text format: asks for the quarter the text does not tick, takes the year from the KPI table, then imports', async () => {
    const user = userEvent.setup();
    const fake = fakeRepository();
    await renderImport(<DocxImport repository={fake.repository} locale="sv-SE" />);
    await user.upload(screen.getByLabelText(FILE_LABEL), textFile(seedText()));
    const errors = await findMessageBar('import-errors');
    expect(errors.textContent).toContain('Inget kvartal är ikryssat i dokumentet. Välj kvartalet.');
    expect(confirmButton().getAttribute('aria-disabled')).toBe('true');
    expect((screen.getByRole('textbox', { name: /År/ }) as HTMLInputElement).value).toBe('2025');

    await user.click(screen.getByRole('combobox', { name: /Kvartal/ }));
    await user.click(screen.getByRole('option', { name: 'Q4' }));
    await screen.findByTestId('import-preview');
    await waitFor(() => expect(screen.queryByTestId('import-errors')).toBeNull());
    await user.click(confirmButton());
    await screen.findByText(/har skapats/);
    expect(fake.createReport).toHaveBeenCalledTimes(1);
    expect(fake.createReport.mock.calls[0][0]).toEqual(seedReport());
  });

  it('lists each line it cannot place with where it is and why', async () => {
    const user = userEvent.setup();
    await renderImport(<DocxImport repository={fakeRepository().repository} locale="sv-SE" />);
    const text = `${seedText().replace(/\s+$/, '')}\n\n## Övrigt\n\nEn rad som mallen inte har plats för.\n`;
    const extraLine = text.split('\n').indexOf('En rad som mallen inte har plats för.') + 1;
    await user.upload(screen.getByLabelText(FILE_LABEL), textFile(text, 'rapport.txt'));
    await user.click(await screen.findByRole('combobox', { name: /Kvartal/ }));
    await user.click(screen.getByRole('option', { name: 'Q4' }));
    await screen.findByTestId('import-preview');
    await waitFor(() => expect(within(section('unplaced')).getByRole('heading').textContent).toBe('Text som inte kunde placeras (2)'));
    const notes = within(section('unplaced'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(notes).toEqual([
      `Rad ${extraLine - 2}: ## ÖvrigtOkänd rubrik; texten under den placerades inte.`,
      `Rad ${extraLine}: En rad som mallen inte har plats för.Okänd rubrik; texten under den placerades inte.`
    ]);
    // Unplaced text does not stop the import.
    expect(confirmButton().getAttribute('aria-disabled')).toBeNull();
  });

  it('a document that names no object gets the default object, and its title from the object list', async () => {
    const user = userEvent.setup();
    const fake = fakeRepository();
    await renderImport(<DocxImport repository={fake.repository} locale="sv-SE" defaultObjectKey="SHVO" />);
    const text = seedText().replace(/\*\*Förvaltningsobjekt:\*\*[^\n]*\n/, '');
    await user.upload(screen.getByLabelText(FILE_LABEL), textFile(text));
    await waitFor(() => expect(screen.getByRole('combobox', { name: /Förvaltningsobjekt/ }).textContent).toBe('Samordnad hälsa, vård och omsorg (SHVO)'));
    await user.click(screen.getByRole('combobox', { name: /Kvartal/ }));
    await user.click(screen.getByRole('option', { name: 'Q4' }));
    await waitFor(() => expect(screen.queryByTestId('import-errors')).toBeNull());
    await user.click(confirmButton());
    await screen.findByText(/har skapats/);
    const created = fake.createReport.mock.calls[0][0];
    expect(created.header.objectKey).toBe('SHVO');
    expect(created.header.objectTitle).toBe('Samordnad hälsa, vård och omsorg');
  });

  it('the object chosen in the list replaces the one the document names', async () => {
    const user = userEvent.setup();
    const fake = fakeRepository();
    await renderImport(<DocxImport repository={fake.repository} locale="sv-SE" defaultObjectKey="ALFA" />);
    await user.upload(screen.getByLabelText(FILE_LABEL), await seedDocx());
    await screen.findByTestId('import-preview');
    // The document names SHVO: the default does not override it.
    expect(screen.getByRole('combobox', { name: /Förvaltningsobjekt/ }).textContent).toBe('Samordnad hälsa, vård och omsorg (SHVO)');
    await user.click(screen.getByRole('combobox', { name: /Förvaltningsobjekt/ }));
    await user.click(screen.getByRole('option', { name: 'Alfa-tjänsten (ALFA)' }));
    await waitFor(() => expect(section('header').textContent).toContain('(ALFA)'));
    await user.click(confirmButton());
    await screen.findByText(/har skapats/);
    expect(fake.createReport.mock.calls[0][0].header.objectKey).toBe('ALFA');
  });

  it('a document that settles nothing: the user types the year and picks quarter and object, then imports', async () => {
    const user = userEvent.setup();
    const fake = fakeRepository();
    await renderImport(<DocxImport repository={fake.repository} locale="sv-SE" />);
    const text = seedText()
      .replace(/\*\*Förvaltningsobjekt:\*\*[^\n]*\n/, '')
      .replace(/20(24|25)/g, '');
    await user.upload(screen.getByLabelText(FILE_LABEL), textFile(text));
    const errors = await findMessageBar('import-errors');
    expect(errors.textContent).toContain('Dokumentet anger inget år. Ange året.');
    expect(errors.textContent).toContain('Inget kvartal är ikryssat i dokumentet. Välj kvartalet.');
    expect(errors.textContent).toContain('Dokumentet anger inte sitt förvaltningsobjekt. Välj det.');
    const yearField = screen.getByRole('textbox', { name: /År/ }) as HTMLInputElement;
    expect(yearField.readOnly).toBe(false);
    await user.type(yearField, '2023');
    await user.click(screen.getByRole('combobox', { name: /Kvartal/ }));
    await user.click(screen.getByRole('option', { name: 'Q2' }));
    await user.click(screen.getByRole('combobox', { name: /Förvaltningsobjekt/ }));
    await user.click(screen.getByRole('option', { name: 'Alfa-tjänsten (ALFA)' }));
    await waitFor(() => expect(screen.queryByTestId('import-errors')).toBeNull());
    expect(section('header').textContent).toContain('Q2 2023');
    await user.click(confirmButton());
    await screen.findByText(/har skapats/);
    expect(fake.createReport).toHaveBeenCalledTimes(1);
    const created = fake.createReport.mock.calls[0][0];
    expect(created.header.period).toEqual({ year: 2023, quarter: 2 });
    expect(created.header.objectKey).toBe('ALFA');
    expect(created.header.objectTitle).toBe('Alfa-tjänsten');
  });

  it('refuses file types it cannot read and files over the limit before reading them', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const fake = fakeRepository();
    await renderImport(<DocxImport repository={fake.repository} locale="sv-SE" />);
    await user.upload(screen.getByLabelText(FILE_LABEL), new File(['%PDF-1.7'], 'rapport.pdf'));
    expect((await findMessageBar('import-file-error')).textContent).toBe(
      'Den här filtypen kan inte importeras. Välj ett Word-dokument (.docx) eller en textfil (.md, .txt).'
    );
    const big = new File(['x'], 'stor.docx');
    Object.defineProperty(big, 'size', { value: 12 * 1024 * 1024 });
    await user.upload(screen.getByLabelText(FILE_LABEL), big);
    await waitFor(() => expect(screen.getByTestId('import-file-error').textContent).toBe('Filen är 12 MB; dokument på högst 10 MB kan importeras.'));
    expect(screen.queryByTestId('import-preview')).toBeNull();
    for (const write of fake.writes) expect(write).not.toHaveBeenCalled();
  });

  it('the file input is a real, labelled, keyboard-reachable control', async () => {
    const user = userEvent.setup();
    await renderImport(<DocxImport repository={fakeRepository().repository} locale="sv-SE" />);
    const input = screen.getByLabelText(FILE_LABEL) as HTMLInputElement;
    expect(input.tagName).toBe('INPUT');
    expect(input.type).toBe('file');
    expect(input.accept).toContain('.docx');
    await user.tab();
    expect(document.activeElement).toBe(input);
  });
});

