/** @jest-environment jsdom */
jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../../src/webparts/statusReport/loc/sv-se.js'));

import * as fs from 'fs';
import * as path from 'path';
import * as React from 'react';
import '../support/quietIcons';
import { render, screen } from '@testing-library/react';
import { StatusCard } from '../../../src/components/StatusCard';
import { parseReportText } from '../../../src/domain/import';
import type { IReportSnapshot, IStatusReport } from '../../../src/domain/model';

const NBSP = '\u00A0';
const seed = fs.readFileSync(path.join(__dirname, '../../fixtures/statusrapport-shvo-2025.md'), 'utf8');

function seedSnapshot(): IReportSnapshot {
  const parsed = parseReportText(seed, { year: 2025, quarter: 4 });
  expect(parsed.errors).toEqual([]);
  const report = parsed.report as IStatusReport;
  return {
    report,
    revision: 1,
    submittedBy: report.header.coordinator,
    submittedAt: '2026-01-12T09:30:00Z',
    approval: 'approved',
    approvedBy: { displayName: 'Alva Prov' },
    approvedAt: '2026-01-20T13:00:00Z'
  };
}

function rowCells(key: string): string[] {
  const row = document.querySelector(`tr[data-kpi="${key}"]`) as HTMLElement;
  return Array.prototype.map.call(row.querySelectorAll('th,td'), (cell: Element) => cell.textContent) as string[];
}

describe('StatusCard from the parsed seed report', () => {
  it('shows the seed figures formatted for sv-SE', () => {
    render(<StatusCard snapshot={seedSnapshot()} locale="sv-SE" />);
    expect(rowCells('registered-users').slice(1, 5)).toEqual([`61${NBSP}829`, `52${NBSP}796`, `+9${NBSP}033`, `+17,1${NBSP}%`]);
    expect(rowCells('share-active-users').slice(1, 4)).toEqual([`46,6${NBSP}%`, `40,8${NBSP}%`, '+5,8 p.e.']);
    expect(rowCells('active-users-change')[1]).toBe(`+34${NBSP}%`);
    expect(rowCells('active-users-by-organisation').slice(1, 3)).toEqual(['Kommun: 50 %', 'Sjukhus: 45 %']);
    expect(rowCells('process-statistics-reports').slice(1, 4)).toEqual(['10 (oktober)', '12 (helår)', '–Kan inte jämföras: värdena avser olika perioder']);
    expect(screen.getByTestId('staffing-change').textContent).toBe('Årsarbetare: 6 → 4 (\u22122)');
  });

  it('shows the comment with a link tag as text, not as a link', () => {
    const { container } = render(<StatusCard snapshot={seedSnapshot()} locale="sv-SE" />);
    expect(rowCells('mailbox-cases')[5]).toBe('<a href="mailto:info.samsa@vgregion.se">info.samsa@vgregion.se</a>');
    expect(container.querySelector('a')).toBeNull();
  });

  it('keeps every section of the seed, in order', () => {
    render(<StatusCard snapshot={seedSnapshot()} locale="sv-SE" />);
    const sections = Array.prototype.map.call(document.querySelectorAll('[data-section]'), (el: Element) =>
      (el.getAttribute('data-section') as string).replace(/^sr-SHVO-2025-q4-/, '')
    );
    expect(sections).toEqual([
      'summary',
      'coordinator',
      'mission',
      'events',
      'kpis',
      'meetings',
      'problems',
      'activities',
      'economy',
      'staffing',
      'communication',
      'approval'
    ]);
    expect(screen.getByText(/Lathund för SAMSA Sysadm har reviderats/)).toBeTruthy();
    expect(screen.getByText('Samverkan under året')).toBeTruthy();
    expect(screen.getByText(/Bevakning av utvecklingen av den nya förordningen/)).toBeTruthy();
  });
});
