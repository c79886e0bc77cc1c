/** @jest-environment jsdom */
// axe's structural WCAG 2.1 A/AA rules on the editor: the form with errors shown, the conflict
// dialog, and the approval panel with its return dialog (colour contrast needs real layout).
// The form is checked one region per test: axe's cost grows with the nodes it visits times
// jsdom's getComputedStyle, which rescans every injected Fluent UI rule (docs/decisions/testing.md).
jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../../src/webparts/statusReport/loc/sv-se.js'));
import * as React from 'react';
import '../support/quietIcons';
import { fireEvent, render, screen } from '@testing-library/react';
import axe from 'axe-core';
import ReportEditor from '../../../src/components/ReportEditor/ReportEditor';
import { ALVA, editorRepository, GRETA } from '../support/memoryRepository';

async function violations(root: HTMLElement | axe.ContextObject): Promise<string[]> {
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
  // Every section of the form, in order; a new section must be added here to be checked.
  const SECTIONS = ['header', 'judgements', 'events', 'kpis', 'meetings', 'problems', 'activities', 'economy', 'staffing', 'communication'];

  /** The editor after a save with an invalid period: inline error and error summary shown. */
  async function renderWithErrors(): Promise<HTMLElement> {
    const { container } = render(
      <main>
        <ReportEditor repository={editorRepository()} reportId={7} currentUser={GRETA} locale="sv-SE" onClose={jest.fn()} />
      </main>
    );
    await screen.findByRole('heading', { level: 1 });
    fireEvent.change(document.getElementById('gits-ed-header-period') as HTMLInputElement, { target: { value: 'Q5 2025' } });
    fireEvent.click(button('Spara'));
    await screen.findByText('Kvartalet måste vara 1–4.', { selector: 'span' });
    return container;
  }

  function section(container: HTMLElement, name: string): HTMLElement {
    const found = container.querySelector(`form section[aria-labelledby="gits-ed-section-${name}"]`);
    if (!found) throw new Error(`no section ${name}`);
    return found as HTMLElement;
  }

  it('the form with inline errors consists of the sections checked below', async () => {
    const container = await renderWithErrors();
    const names = Array.from(container.querySelectorAll('form > section')).map((s) => (s.getAttribute('aria-labelledby') ?? '').replace('gits-ed-section-', ''));
    expect(names).toEqual(SECTIONS);
    expect(section(container, 'header').textContent).toContain('Kvartalet måste vara 1–4.');
    // duplicate-id-aria across regions, which the per-region runs below cannot see.
    const referenced = Array.from(container.querySelectorAll('[aria-describedby], [aria-labelledby], [aria-controls]')).flatMap((e) =>
      ['aria-describedby', 'aria-labelledby', 'aria-controls'].flatMap((a) => (e.getAttribute(a) ?? '').split(/\s+/).filter(Boolean))
    );
    expect([...new Set(referenced)].filter((id) => container.querySelectorAll(`[id="${id}"]`).length > 1)).toEqual([]);
  });

  it('the error summary has no violations', async () => {
    const container = await renderWithErrors();
    const summary = container.querySelector('[role="alert"]') as HTMLElement;
    expect(summary.textContent).toContain('Kvartalet måste vara 1–4.');
    expect(await violations(summary)).toEqual([]);
  });

  it.each(SECTIONS)('the form section %s with inline errors shown has no violations', async (name) => {
    const container = await renderWithErrors();
    expect(await violations(section(container, name))).toEqual([]);
  });

  it('the rest of the editor with inline errors shown (heading, approval, save bar) has no violations', async () => {
    const container = await renderWithErrors();
    const checked = [container.querySelector('[role="alert"]') as HTMLElement, ...SECTIONS.map((name) => section(container, name))];
    expect(await violations({ include: [container], exclude: checked })).toEqual([]);
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
