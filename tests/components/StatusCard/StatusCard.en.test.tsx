/** @jest-environment jsdom */
import * as React from 'react';
import '../support/quietIcons';
import { render, screen } from '@testing-library/react';
import { StatusCard } from '../../../src/components/StatusCard';
import { SHVO_SNAPSHOT } from '../support/shvoFixture';

function cells(key: string): string[] {
  const row = document.querySelector(`tr[data-kpi="${key}"]`) as HTMLElement;
  return Array.prototype.map.call(row.querySelectorAll('th,td'), (cell: Element) => cell.textContent) as string[];
}

describe('StatusCard (en-US formatting)', () => {
  it('formats numbers for en-US', () => {
    render(<StatusCard snapshot={SHVO_SNAPSHOT} locale="en-US" />);
    expect(cells('registered-users').slice(1, 5)).toEqual(['61,829', '52,796', '+9,033', '+17.1%']);
    expect(cells('active-share')[1]).toBe('46.6%');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Q4 2025, Oct–Dec');
  });
});


describe('StatusCard (en-US strings)', () => {
  it('uses the English headings when the UI is English', () => {
    render(<StatusCard snapshot={SHVO_SNAPSHOT} locale="en-US" />);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings.slice(0, 4)).toEqual(['Overall status: Not assessed', 'Responsible function coordinator', 'Description of the mission', 'Important events during the period']);
    expect(screen.getByTestId('staffing-change').textContent).toBe('Full-time equivalents: 6 → 4 (-2)');
  });
});
