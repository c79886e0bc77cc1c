/** @jest-environment jsdom */
jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../../src/webparts/statusReport/loc/sv-se.js'));

import * as React from 'react';
import '../support/quietIcons';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Portfolio } from '../../../src/components/Portfolio';
import { PORTFOLIO_ENTRIES as entries } from './entries';
import { withCalendarDue } from '../../../src/domain/portfolio';

const TODAY = new Date(2026, 1, 15);

function row(key: string): HTMLElement {
  return document.querySelector(`tr[data-object="${key}"]`) as HTMLElement;
}

function cell(key: string, column: string): HTMLElement {
  return row(key).querySelector(`[data-column="${column}"]`) as HTMLElement;
}

function names(): (string | null)[] {
  return screen.getAllByRole('rowheader').map((c) => c.textContent);
}

function renderPortfolio(search: string = '', onOpen: jest.Mock = jest.fn()): ReturnType<typeof render> {
  window.history.replaceState(null, '', `/sites/gits/SitePages/Ledningsrad.aspx${search}`);
  return render(<Portfolio entries={entries} locale="sv-SE" today={TODAY} onOpenReport={onOpen} />);
}

describe('Portfolio', () => {
  it('shows per object the overall status and dimensions in words, period, approval, due, headline figure and open problems', () => {
    renderPortfolio();
    expect(names()).toEqual(['Elektronisk läkemedelskommunikation', 'Nytt objekt', 'Samordnad hälsa, vård och omsorg (SHVO)']);
    expect(cell('SHVO', 'status').textContent).toBe('Enligt plan');
    expect(cell('SHVO', 'status').querySelector('[data-icon-name="CompletedSolid"]')).not.toBeNull();
    expect(cell('SHVO', 'resources').textContent).toBe('Risk för avvikelse');
    expect(cell('SHVO', 'risks').textContent).toBe('Ej bedömd');
    expect(cell('ELAK', 'status').textContent).toBe('Avvikelse');
    expect(cell('SHVO', 'period').textContent).toBe('Q4 2025, okt–dec');
    expect(cell('SHVO', 'approved').textContent).toBe('20 januari 2026');
    expect(cell('SHVO', 'due').textContent).toBe('Aktuell');
    expect(cell('ELAK', 'due').textContent).toBe('Försenad: ingen godkänd rapport för Q3 2025');
    expect(cell('NYTT', 'due').textContent).toBe('Ingen godkänd rapport ännu');
    expect(cell('SHVO', 'kpi').textContent).toBe('Registrerade användare61\u00a0829+17,1\u00a0% mot förra året');
    // A percentage figure changes in percentage points, not in per cent of itself.
    expect(cell('ELAK', 'kpi').textContent).toContain('+5,8 p.e. mot förra året');
    expect(cell('ELAK', 'problems').textContent).toBe('5');
    expect(cell('NYTT', 'status').textContent).toBe('–');
  });

  it('sorts by a column header button and says the order with aria-sort, and writes it to the URL', async () => {
    const user = userEvent.setup();
    renderPortfolio();
    const statusHeader = document.querySelector('th[data-column="status"]') as HTMLElement;
    expect(statusHeader.getAttribute('aria-sort')).toBe('none');
    expect((document.querySelector('th[data-column="title"]') as HTMLElement).getAttribute('aria-sort')).toBe('ascending');
    await user.click(within(statusHeader).getByRole('button'));
    expect(statusHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(names()).toEqual(['Samordnad hälsa, vård och omsorg (SHVO)', 'Elektronisk läkemedelskommunikation', 'Nytt objekt']);
    expect(window.location.search).toBe('?sort=status-asc');
    await user.click(within(statusHeader).getByRole('button'));
    expect(statusHeader.getAttribute('aria-sort')).toBe('descending');
    expect(names()).toEqual(['Nytt objekt', 'Elektronisk läkemedelskommunikation', 'Samordnad hälsa, vård och omsorg (SHVO)']);
    expect(window.location.search).toBe('?sort=status-desc');
    expect(window.location.pathname).toBe('/sites/gits/SitePages/Ledningsrad.aspx');
  });

  it('opens with the filters and sort a linked URL carries, keeping the parameters it does not own', () => {
    renderPortfolio('?view=portfolio&status=problem,none&sort=problems-desc&env=WebView');
    expect(names()).toEqual(['Elektronisk läkemedelskommunikation', 'Nytt objekt']);
    expect(screen.getByText('2 av 3 objekt visas.')).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'Avvikelse' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Enligt plan' }) as HTMLInputElement).checked).toBe(false);
    expect(window.location.search).toBe('?view=portfolio&status=problem,none&sort=problems-desc&env=WebView');
  });

  it('ignores values it does not understand instead of failing', () => {
    renderPortfolio('?status=awful&overdue=maybe&sort=colour-sideways&tab=chart');
    expect(names()).toHaveLength(3);
    expect(screen.getByRole('tab', { name: 'Senaste rapporten' }).getAttribute('aria-selected')).toBe('true');
  });

  it('filters by overdue and by free text, and clears the filters', async () => {
    const user = userEvent.setup();
    renderPortfolio();
    await user.click(screen.getByRole('checkbox', { name: 'Endast försenade rapporter' }));
    expect(names()).toEqual(['Elektronisk läkemedelskommunikation', 'Nytt objekt']);
    expect(window.location.search).toBe('?overdue=1');
    await user.type(screen.getByRole('searchbox', { name: 'Sök objekt' }), 'läkemedel');
    expect(names()).toEqual(['Elektronisk läkemedelskommunikation']);
    expect(new URLSearchParams(window.location.search).get('q')).toBe('läkemedel');
    await user.type(screen.getByRole('searchbox', { name: 'Sök objekt' }), 'x');
    expect(screen.getByText('Inga objekt matchar filtren.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Rensa filtren' }));
    expect(names()).toHaveLength(3);
    expect(window.location.search).toBe('');
  });

  it('shows the overall status of the last four quarters as text in every cell', async () => {
    const user = userEvent.setup();
    renderPortfolio();
    await user.click(screen.getByRole('tab', { name: 'Status per kvartal' }));
    expect(window.location.search).toBe('?tab=quarters');
    const headers = Array.from(document.querySelectorAll('table[data-view="quarters"] thead th')).map((th) => th.textContent);
    expect(headers).toEqual(['Förvaltningsobjekt', 'Q1 2025', 'Q2 2025', 'Q3 2025', 'Q4 2025', 'Samlad bedömning']);
    const shvo = Array.from(row('SHVO').querySelectorAll('td[data-quarter]')).map((td) => td.textContent);
    expect(shvo).toEqual(['Ingen godkänd rapport', 'Risk för avvikelse', 'Enligt plan', 'Enligt plan']);
    const elak = Array.from(row('ELAK').querySelectorAll('td[data-quarter]')).map((td) => td.textContent);
    expect(elak).toEqual(['Avvikelse', 'Ingen godkänd rapport', 'Ingen godkänd rapport', 'Ingen godkänd rapport']);
  });

  it('moves between the views with the arrow keys (tabs)', async () => {
    const user = userEvent.setup();
    renderPortfolio();
    screen.getByRole('tab', { name: 'Senaste rapporten' }).focus();
    await user.keyboard('{ArrowRight}');
    const quarters = screen.getByRole('tab', { name: 'Status per kvartal' });
    expect(quarters.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(quarters);
  });

  it('opens an object’s report from its row, by keyboard too', async () => {
    const user = userEvent.setup();
    const onOpen = jest.fn();
    renderPortfolio('', onOpen);
    await user.click(cell('ELAK', 'period'));
    expect(onOpen).toHaveBeenLastCalledWith('ELAK');
    screen.getByRole('button', { name: 'Samordnad hälsa, vård och omsorg (SHVO)' }).focus();
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenLastCalledWith('SHVO');
    expect(onOpen).toHaveBeenCalledTimes(2);
  });
  it('shows the due date of the board calendar in words, with an icon, when the site keeps one', () => {
    window.history.replaceState(null, '', '/sites/gits/SitePages/Ledningsrad.aspx');
    const today = new Date(2026, 1, 2);
    const calendar = { meetings: [{ date: '2026-02-12', title: 'GITS ledningsråd 2026-02-12' }], daysBefore: 14 };
    render(<Portfolio entries={withCalendarDue(entries, calendar, today)} locale="sv-SE" today={today} onOpenReport={jest.fn()} />);
    expect(cell('SHVO', 'due').textContent).toBe('Q4 2025 är inlämnad');
    expect(cell('ELAK', 'due').textContent).toBe('Q4 2025, skulle ha lämnats senast 29 januari 2026 – försenad');
    expect(cell('ELAK', 'due').querySelector('[data-due="overdue"] [data-icon-name="Warning"]')).not.toBeNull();
  });
});
