/** @jest-environment jsdom */
jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../../src/webparts/statusReport/loc/sv-se.js'));

import * as React from 'react';
import '../support/quietIcons';
import '../DocxExport/support';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { DocxImport, DocxImportPanel } from '../../../src/components/DocxImport';
import { StatusCard } from '../../../src/components/StatusCard';
import { seedText } from '../../support/seed';
import { seedSnapshot } from '../DocxExport/support';
import { fakeRepository } from './fakeRepository';
import { findMessageBar } from '../support/messageBar';

// axe measures icon ligatures on a canvas; jsdom has none (and says so loudly).
jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);

/** axe's structural WCAG 2.1 A/AA rules; colour contrast needs real layout, which jsdom lacks. */
async function violations(container: axe.ElementContext): Promise<string[]> {
  const result = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } }
  });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('accessibility of the Word import and export (axe, structural rules)', () => {
  it('the import form with a preview that has unplaced lines and with errors has no violations', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <main>
        <DocxImport repository={fakeRepository().repository} locale="sv-SE" onCancel={() => undefined} />
      </main>
    );
    const text = `${seedText()}\n\n## Övrigt\n\nEn rad utan plats.\n`;
    await user.upload(screen.getByLabelText('Rapportfil (.docx, .md eller .txt)'), new File([text], 'rapport.md'));
    await findMessageBar('import-errors');
    expect(await violations(container)).toEqual([]);
    await user.click(screen.getByRole('combobox', { name: /Kvartal/ }));
    await user.click(screen.getByRole('option', { name: 'Q4' }));
    await screen.findByTestId('import-preview');
    expect(await violations(container)).toEqual([]);
  });

  it('the panel is a labelled dialog that opens with the form', async () => {
    const onDismiss = jest.fn();
    render(<DocxImportPanel isOpen={true} onDismiss={onDismiss} repository={fakeRepository().repository} locale="sv-SE" />);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText('Importera en rapport från Word')).toBeTruthy();
    expect(within(dialog).getByLabelText('Rapportfil (.docx, .md eller .txt)')).toBeTruthy();
    await userEvent.setup().click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(onDismiss).toHaveBeenCalled();
  });

  // One axe run per part of the card: axe over the whole card in jsdom spends most of its time
  // in getComputedStyle and ran into the timeout on a loaded machine.
  function renderCard(): HTMLElement {
    const { container } = render(
      <main>
        <StatusCard snapshot={seedSnapshot()} locale="sv-SE" wordExport={true} />
      </main>
    );
    return container.querySelector('article') as HTMLElement;
  }

  it('the status card header with the export button has no violations', async () => {
    const card = renderCard();
    const header = card.querySelector('header') as HTMLElement;
    expect(within(header).getByRole('button', { name: /Exportera till Word/ })).toBeTruthy();
    expect(await violations(header)).toEqual([]);
  });

  it('the status card summary has no violations', async () => {
    const summary = renderCard().querySelector('[data-section="summary"]') as HTMLElement;
    expect(summary.textContent).toContain('Ej bedömd');
    expect(await violations(summary)).toEqual([]);
  });

  it.each(['kpis', 'meetings'])('the status card section with the %s table has no violations', async (name) => {
    const section = renderCard().querySelector(`section[data-section$="-${name}"]`) as HTMLElement;
    expect(section.querySelector('table')).not.toBeNull();
    expect(await violations(section)).toEqual([]);
  });

  it('the rest of the status card has no violations', async () => {
    const card = renderCard();
    const checked = ['header', '[data-section="summary"]', 'section[data-section$="-kpis"]', 'section[data-section$="-meetings"]'].map(
      (selector) => card.querySelector(selector) as HTMLElement
    );
    expect(card.querySelectorAll('section').length).toBeGreaterThan(5);
    expect(await violations({ include: [card], exclude: checked })).toEqual([]);
  });
});
