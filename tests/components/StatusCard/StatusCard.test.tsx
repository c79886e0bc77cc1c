/** @jest-environment jsdom */
// The UI in Swedish: SPFx would load sv-se.js for a Swedish page; jest maps the module to en-us.js.
jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../../src/webparts/statusReport/loc/sv-se.js'));

import * as React from 'react';
import '../support/quietIcons';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StatusCard, staffingChange } from '../../../src/components/StatusCard';
import { kpiRowView } from '../../../src/components/StatusCard/kpiRows';
import { LocaleFormatter } from '../../../src/components/shared/format';
import { SHVO_REPORT, SHVO_SNAPSHOT } from '../support/shvoFixture';

const NBSP = '\u00A0';

function kpiRow(key: string): HTMLElement {
  const row = document.querySelector(`tr[data-kpi="${key}"]`);
  if (!row) throw new Error(`no row ${key}`);
  return row as HTMLElement;
}

function cells(row: HTMLElement): string[] {
  return Array.prototype.map.call(row.querySelectorAll('th,td'), (cell: Element) => cell.textContent) as string[];
}

describe('StatusCard (sv-SE)', () => {
  it('shows the object and the period with its months', () => {
    render(<StatusCard snapshot={SHVO_SNAPSHOT} locale="sv-SE" />);
    const title = screen.getByRole('heading', { level: 2 });
    expect(title.textContent).toContain('Samordnad hälsa, vård och omsorg (SHVO)');
    expect(title.textContent).toContain('Q4 2025, okt–dec');
  });

  it('formats the seed figures for sv-SE with differences and changes', () => {
    render(<StatusCard snapshot={SHVO_SNAPSHOT} locale="sv-SE" />);
    const registered = cells(kpiRow('registered-users'));
    expect(registered).toEqual([
      'Totalt registrerade användare i SAMSA IT-tjänst',
      `61${NBSP}829`,
      `52${NBSP}796`,
      `+9${NBSP}033`,
      `+17,1${NBSP}%`,
      ''
    ]);
    const active = cells(kpiRow('active-users'));
    expect(active.slice(1, 5)).toEqual([`28${NBSP}852`, `21${NBSP}545`, `+7${NBSP}307`, `+33,9${NBSP}%`]);
    // A percentage KPI: difference in percentage points, no relative change.
    const share = cells(kpiRow('active-share'));
    expect(share[1]).toBe(`46,6${NBSP}%`);
    expect(share[2]).toBe(`40,8${NBSP}%`);
    expect(share[3]).toBe('+5,8 p.e.');
    expect(share[4]).toContain('–');
  });

  it('keeps the period qualifier and does not compare values of different periods', () => {
    render(<StatusCard snapshot={SHVO_SNAPSHOT} locale="sv-SE" />);
    const files = cells(kpiRow('attached-files'));
    expect(files[1]).toBe(`32${NBSP}803 jan–april`);
    expect(files[2]).toBe(`1${NBSP}520 jan–maj`);
    expect(files[3]).toContain('Kan inte jämföras: värdena avser olika perioder');
  });

  it('shows text values as text', () => {
    render(<StatusCard snapshot={SHVO_SNAPSHOT} locale="sv-SE" />);
    expect(cells(kpiRow('alfresco-cleanup'))[1]).toBe('Slutfört nov');
  });

  it('shows the staffing change 6 → 4 and the economy assessment as icon and words', () => {
    render(<StatusCard snapshot={SHVO_SNAPSHOT} locale="sv-SE" />);
    expect(screen.getByTestId('staffing-change').textContent).toBe('Årsarbetare: 6 → 4 (\u22122)');
    const badges = document.querySelectorAll('[data-assessment="good"]');
    expect(badges.length).toBeGreaterThan(0);
    badges.forEach((badge) => {
      expect(badge.textContent).toBe('Bra');
      expect(badge.querySelector('[data-icon-name="CompletedSolid"]')).not.toBeNull();
    });
  });

  it('renders the sections in the Word report order with Swedish headings', () => {
    render(<StatusCard snapshot={SHVO_SNAPSHOT} locale="sv-SE" />);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Ansvarig funktionskoordinator',
      'Beskrivning av uppdraget',
      'Viktiga händelser under perioden',
      'Nyckeltal',
      'Möten och samverkan',
      'Aktuella problemställningar och utmaningar',
      'Planerade aktiviteter',
      'Ekonomisk status',
      'Personalresurser',
      'Kommunikationsaktiviteter',
      'Godkännande'
    ]);
  });

  it('puts a summary with key figures, assessment and approval on top', () => {
    render(<StatusCard snapshot={SHVO_SNAPSHOT} locale="sv-SE" />);
    const summary = document.querySelector('[data-section="summary"]') as HTMLElement;
    const firstSection = document.querySelector('section[data-section]:not([data-section="summary"])') as HTMLElement;
    // The summary comes before every section in document order.
    expect(summary.compareDocumentPosition(firstSection) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const text = summary.textContent ?? '';
    expect(text).toContain(`61${NBSP}829`);
    expect(text).toContain(`28${NBSP}852`);
    expect(text).toContain(`46,6${NBSP}%`);
    expect(text).toContain(`+17,1${NBSP}% sedan förra året`);
    expect(text).toContain('Bra');
    expect(text).toContain('Godkänd av Alva Prov den 20 januari 2026');
  });

  it('shows events with their sub-points and who approved the report', () => {
    render(<StatusCard snapshot={SHVO_SNAPSHOT} locale="sv-SE" />);
    const event = screen.getByText(/VVG har under året tagit beslut/);
    expect(within(event).getByText('SIP-delen i ovan nämnda utbildning har reviderats.')).toBeTruthy();
    const footer = document.querySelector('[data-section="approval"]') as HTMLElement;
    expect(footer.textContent).toContain('Godkänd av Alva Prov den 20 januari 2026');
    expect(footer.textContent).toContain('Inskickad av Gisella Koutsiou den 12 januari 2026 (version 2)');
  });

  it('never interprets report text as HTML', () => {
    const { container } = render(<StatusCard snapshot={SHVO_SNAPSHOT} locale="sv-SE" />);
    expect(screen.getByText('<a href="mailto:info.samsa@vgregion.se">info.samsa@vgregion.se</a>')).toBeTruthy();
    expect(container.querySelector('a')).toBeNull();
  });

  it('collapses and expands a section from the keyboard', async () => {
    const user = userEvent.setup();
    render(<StatusCard snapshot={SHVO_SNAPSHOT} locale="sv-SE" />);
    const toggle = screen.getByRole('button', { name: 'Aktuella problemställningar och utmaningar' });
    const content = document.getElementById(toggle.getAttribute('aria-controls') as string) as HTMLElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(content.hidden).toBe(false);

    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(content.hidden).toBe(true);

    await user.keyboard(' ');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(content.hidden).toBe(false);
  });

  it('reaches the section toggles with Tab', async () => {
    const user = userEvent.setup();
    render(<StatusCard snapshot={SHVO_SNAPSHOT} locale="sv-SE" />);
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Ansvarig funktionskoordinator');
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Beskrivning av uppdraget');
  });
});

describe('kpiRowView and staffingChange', () => {
  const sv = new LocaleFormatter('sv-SE');
  it('leaves difference and change empty when a value is text or missing', () => {
    const row = kpiRowView(SHVO_REPORT, SHVO_REPORT.kpis[2], sv);
    expect(row.difference).toBeUndefined();
    expect(row.change).toBeUndefined();
    expect(row.periodsDiffer).toBe(false);
  });
  it('formats a staffing change and an unchanged staffing', () => {
    expect(staffingChange(6, 4, sv)).toBe('6 → 4 (\u22122)');
    expect(staffingChange(3.5, 4, sv)).toBe('3,5 → 4 (+0,5)');
    expect(staffingChange(4, 4, sv)).toBe('4 → 4');
    expect(staffingChange(undefined, 4, sv)).toBe('4');
  });
});
