/** @jest-environment jsdom */
// axe's structural WCAG 2.1 A/AA rules on the editor: the form with errors shown, the conflict
// dialog, and the approval panel with its return dialog (colour contrast needs real layout).
jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../../src/webparts/statusReport/loc/sv-se.js'));
import * as React from 'react';
import '../support/quietIcons';
import { fireEvent, render, screen } from '@testing-library/react';
import axe from 'axe-core';
import ReportEditor from '../../../src/components/ReportEditor/ReportEditor';
import { ALVA, editorRepository, GRETA } from '../support/memoryRepository';

async function violations(root: HTMLElement): Promise<string[]> {
  const result = await axe.run(root, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } }
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

function button(name: string): HTMLButtonElement {
  const found = Array.from(document.querySelectorAll('button')).filter((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name);
  if (found.length !== 1) throw new Error(`${found.length} buttons named ${name}`);
  return found[0];
}

beforeEach(() => window.localStorage.clear());

describe('editor accessibility (axe)', () => {
  it('the form with inline errors and the error summary has no violations', async () => {
    const { container } = render(
      <main>
        <ReportEditor repository={editorRepository()} reportId={7} currentUser={GRETA} locale="sv-SE" onClose={jest.fn()} />
      </main>
    );
    await screen.findByRole('heading', { level: 1 });
    fireEvent.change(document.getElementById('gits-ed-header-period') as HTMLInputElement, { target: { value: 'Q5 2025' } });
    fireEvent.click(button('Spara'));
    await screen.findByText('Kvartalet måste vara 1–4.', { selector: 'span' });
    expect(await violations(container)).toEqual([]);
  });

  it('the conflict dialog has no violations', async () => {
    const repo = editorRepository();
    render(<ReportEditor repository={repo} reportId={7} currentUser={GRETA} locale="sv-SE" />);
    await screen.findByRole('heading', { level: 1 });
    repo.saveAsSomeoneElse((r) => ({ ...r, header: { ...r.header, mission: 'Deras uppdrag' } }));
    fireEvent.change(document.getElementById('gits-ed-header-mission') as HTMLTextAreaElement, { target: { value: 'Mitt uppdrag' } });
    fireEvent.click(button('Spara'));
    const dialog = await screen.findByRole('dialog');
    expect(await violations(dialog)).toEqual([]);
  });

  it('the approval panel with the return dialog has no violations', async () => {
    const repo = editorRepository();
    repo.user = ALVA;
    await repo.submitReport(7);
    repo.user = GRETA;
    render(<ReportEditor repository={repo} reportId={7} currentUser={GRETA} locale="sv-SE" />);
    await screen.findByText(/Skickad för godkännande av Alva Prov/);
    fireEvent.click(button('Skicka tillbaka'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(Array.from(dialog.querySelectorAll('button')).filter((b) => b.textContent === 'Bekräfta')[0]);
    await screen.findByText('Skriv vad som behöver ändras innan du skickar tillbaka rapporten.');
    expect(await violations(dialog)).toEqual([]);
    expect(await violations(document.querySelector('section[aria-labelledby="gits-approval-title"]') as HTMLElement)).toEqual([]);
  });
});
