/** @jest-environment jsdom */
jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../../src/webparts/statusReport/loc/sv-se.js'));

import * as React from 'react';
import '../support/quietIcons';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Portfolio } from '../../../src/components/Portfolio';
import type { IPortfolioEntry } from '../../../src/services/IReportReader';

const entries: IPortfolioEntry[] = [
  {
    object: { key: 'SHVO', title: 'Samordnad hälsa, vård och omsorg (SHVO)' },
    latestApprovedPeriod: { year: 2025, quarter: 4 },
    approvedAt: '2026-01-20T13:00:00Z',
    assessment: 'good'
  },
  {
    object: { key: 'ELAK', title: 'Elektronisk läkemedelskommunikation' },
    latestApprovedPeriod: { year: 2025, quarter: 1 },
    approvedAt: '2025-04-28T08:00:00Z',
    assessment: 'attention'
  },
  { object: { key: 'NYTT', title: 'Nytt objekt' } }
];

function row(key: string): HTMLElement {
  return document.querySelector(`tr[data-object="${key}"]`) as HTMLElement;
}

describe('Portfolio', () => {
  it('lists every object sorted by name with period, approval date, assessment and reporting flag', () => {
    render(<Portfolio entries={entries} locale="sv-SE" today={new Date(2026, 1, 15)} onOpenReport={jest.fn()} />);
    const names = screen.getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(names).toEqual(['Elektronisk läkemedelskommunikation', 'Nytt objekt', 'Samordnad hälsa, vård och omsorg (SHVO)']);

    const shvo = row('SHVO').textContent ?? '';
    expect(shvo).toContain('Q4 2025, okt–dec');
    expect(shvo).toContain('20 januari 2026');
    expect(shvo).toContain('Enligt plan');
    expect(shvo).toContain('Aktuell');
    expect(row('SHVO').querySelector('[data-state="upToDate"]')).not.toBeNull();

    const elak = row('ELAK');
    const flag = elak.querySelector('[data-state="overdue"]') as HTMLElement;
    expect(flag.textContent).toBe('Försenad: ingen godkänd rapport för Q3 2025');
    expect(flag.querySelector('[data-icon-name="Flag"]')).not.toBeNull();
    expect(elak.querySelector('[data-assessment="attention"]')?.textContent).toBe('Risk för avvikelse');

    expect(row('NYTT').querySelector('[data-state="neverApproved"]')?.textContent).toBe('Ingen godkänd rapport ännu');
  });

  it('opens an object’s report from its row, by keyboard too', async () => {
    const user = userEvent.setup();
    const onOpen = jest.fn();
    render(<Portfolio entries={entries} locale="sv-SE" today={new Date(2026, 1, 15)} onOpenReport={onOpen} />);
    await user.click(row('ELAK').querySelectorAll('td')[1]);
    expect(onOpen).toHaveBeenLastCalledWith('ELAK');
    screen.getByRole('button', { name: 'Samordnad hälsa, vård och omsorg (SHVO)' }).focus();
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenLastCalledWith('SHVO');
    expect(onOpen).toHaveBeenCalledTimes(2);
  });
});
