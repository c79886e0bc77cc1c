/** @jest-environment jsdom */
jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../../src/webparts/statusReport/loc/sv-se.js'));
jest.mock('../../../src/components/KpiTrendChart/chartSetup', () => ({
  createLineChart: jest.fn()
}));

import * as React from 'react';
import '../support/quietIcons';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as chartSetup from '../../../src/components/KpiTrendChart/chartSetup';
import { KpiTrendChart } from '../../../src/components/KpiTrendChart';
import { SHVO_HISTORY } from '../support/shvoFixture';

const createLineChart = chartSetup.createLineChart as jest.MockedFunction<typeof chartSetup.createLineChart>;
const destroyed: number[] = [];

beforeEach(() => {
  destroyed.length = 0;
  let created = 0;
  createLineChart.mockReset();
  createLineChart.mockImplementation(() => {
    const id = ++created;
    return { destroy: jest.fn(() => destroyed.push(id)) };
  });
  // jsdom has no canvas.
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

describe('KpiTrendChart', () => {
  it('loads chart.js on demand and draws the users KPIs by default', async () => {
    render(<KpiTrendChart series={SHVO_HISTORY} locale="sv-SE" />);
    await waitFor(() => expect(createLineChart).toHaveBeenCalledTimes(1));
    const [canvas, config] = createLineChart.mock.calls[0];
    expect(canvas.tagName).toBe('CANVAS');
    expect(config.data.datasets.map((d) => d.label)).toEqual([
      'Totalt registrerade användare i SAMSA IT-tjänst',
      'Antal aktiva användare i SAMSA IT-tjänst'
    ]);
    expect(config.data.datasets[1].data).toEqual([21545, 23100, null, 27011, 28852]);
  });

  it('has the text summary as the canvas accessible name', async () => {
    render(<KpiTrendChart series={SHVO_HISTORY} locale="sv-SE" initialSelection={['active-users']} />);
    const image = screen.getByRole('img');
    expect(image.tagName).toBe('CANVAS');
    expect(image.getAttribute('aria-label')).toBe(
      'Antal aktiva användare i SAMSA IT-tjänst ökade från 21\u00A0545 (Q4 2024) till 28\u00A0852 (Q4 2025)'
    );
    await waitFor(() => expect(createLineChart).toHaveBeenCalled());
  });

  it('offers a data table a keyboard user can open, with gaps shown as missing', async () => {
    const user = userEvent.setup();
    render(<KpiTrendChart series={SHVO_HISTORY} locale="sv-SE" initialSelection={['active-users']} />);
    const toggle = screen.getByRole('button', { name: 'Visa som tabell' });
    const box = document.getElementById(toggle.getAttribute('aria-controls') as string) as HTMLElement;
    expect(box.hidden).toBe(true);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(box.hidden).toBe(false);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Dölj tabell');

    const rows = Array.prototype.map.call(box.querySelectorAll('tbody tr'), (row: Element) =>
      Array.prototype.map.call(row.querySelectorAll('th,td'), (cell: Element) => cell.textContent)
    );
    expect(rows).toEqual([
      ['Q4 2024', '21\u00A0545'],
      ['Q1 2025', '23\u00A0100'],
      ['Q2 2025', '–saknas'],
      ['Q3 2025', '27\u00A0011'],
      ['Q4 2025', '28\u00A0852']
    ]);
    await waitFor(() => expect(createLineChart).toHaveBeenCalled());
  });

  it('redraws when the chooser changes and destroys the old chart', async () => {
    const user = userEvent.setup();
    render(<KpiTrendChart series={SHVO_HISTORY} locale="sv-SE" />);
    await waitFor(() => expect(createLineChart).toHaveBeenCalledTimes(1));
    await user.click(screen.getByRole('checkbox', { name: 'Årsarbetare' }));
    await waitFor(() => expect(createLineChart).toHaveBeenCalledTimes(2));
    expect(destroyed).toEqual([1]);
    const config = createLineChart.mock.calls[1][1];
    expect(config.data.datasets.map((d) => d.label)).toEqual([
      'Totalt registrerade användare i SAMSA IT-tjänst',
      'Antal aktiva användare i SAMSA IT-tjänst',
      'Årsarbetare'
    ]);
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('Årsarbetare minskade från 6 (Q4 2024) till 4 (Q4 2025)');
  });

  it('destroys the chart on unmount', async () => {
    const { unmount } = render(<KpiTrendChart series={SHVO_HISTORY} locale="sv-SE" />);
    await waitFor(() => expect(createLineChart).toHaveBeenCalledTimes(1));
    expect(destroyed).toEqual([]);
    unmount();
    expect(destroyed).toEqual([1]);
  });

  it('swaps in an image of the chart before printing', async () => {
    jest.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockReturnValue('data:image/png;base64,AAAA');
    render(<KpiTrendChart series={SHVO_HISTORY} locale="sv-SE" initialSelection={['fte']} />);
    await waitFor(() => expect(createLineChart).toHaveBeenCalled());
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    const image = document.querySelector('img') as HTMLImageElement;
    expect(image.getAttribute('src')).toBe('data:image/png;base64,AAAA');
    expect(image.getAttribute('alt')).toBe('Årsarbetare minskade från 6 (Q4 2024) till 4 (Q4 2025)');
  });

  it('says so when there is no approved history', () => {
    render(<KpiTrendChart series={[]} locale="sv-SE" />);
    expect(screen.getByText('Det finns ingen godkänd historik att visa ännu.')).toBeTruthy();
    expect(createLineChart).not.toHaveBeenCalled();
  });
});
