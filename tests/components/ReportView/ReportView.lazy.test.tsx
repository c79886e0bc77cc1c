/** @jest-environment jsdom */
jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../../src/webparts/statusReport/loc/sv-se.js'));
jest.mock('../../../src/components/KpiTrendChart/chartSetup', () => ({
  createLineChart: jest.fn(() => ({ destroy: jest.fn() }))
}));

/**
 * The comparison is below the fold: opening a report does not read the other quarters; opening
 * the section or printing does, and printing waits for it so the printout has every section.
 */
import * as React from 'react';
import '../support/quietIcons';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReportView } from '../../../src/components/ReportView';
import { ServicesProvider, type IServices } from '../../../src/services/ServicesContext';
import { FakeReader, snapshotFor } from '../support/fakeReader';

jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
// The chart swaps in a picture of itself before printing.
jest.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockReturnValue('data:image/png;base64,');

function fakeReader(): FakeReader {
  return new FakeReader([snapshotFor({ year: 2024, quarter: 4 }), snapshotFor({ year: 2025, quarter: 3 }), snapshotFor({ year: 2025, quarter: 4 })]);
}

function renderView(reader: FakeReader): void {
  const services: IServices = { reports: reader, locale: 'sv-SE', now: () => new Date(2026, 1, 1) };
  render(
    <ServicesProvider services={services}>
      <ReportView objectKey="SHVO" />
    </ServicesProvider>
  );
}

const comparisonReads = (reader: FakeReader): string[] => reader.calls.filter((c) => /^report:SHVO:\d{4}Q\d$/.test(c)).sort();
const PREVIOUS_HEADING = 'Jämfört med föregående kvartal (Q3 2025)';

async function opened(reader: FakeReader): Promise<void> {
  renderView(reader);
  await screen.findByRole('heading', { level: 2 });
  // Let every effect of the first screen run.
  await act(async () => undefined);
}

describe('ReportView below the fold', () => {
  let print: jest.SpyInstance;
  beforeEach(() => {
    print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
  });
  afterEach(() => print.mockRestore());

  it('does not read the comparison on open, and reads it when the section is opened', async () => {
    const reader = fakeReader();
    await opened(reader);
    expect(reader.calls).toEqual(['report:SHVO:latest', 'periods:SHVO']);
    expect(screen.queryByRole('heading', { name: PREVIOUS_HEADING })).toBeNull();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Jämförelse med tidigare rapporter' }));
    expect(await screen.findByRole('heading', { name: PREVIOUS_HEADING })).toBeTruthy();
    expect(comparisonReads(reader)).toEqual(['report:SHVO:2024Q4', 'report:SHVO:2025Q3']);
  });

  it('the print button loads the comparison first, then prints with it in the page', async () => {
    const reader = fakeReader();
    await opened(reader);
    let headingAtPrint: HTMLElement | null = null;
    print.mockImplementation(() => {
      headingAtPrint = screen.queryByRole('heading', { name: PREVIOUS_HEADING, hidden: true });
    });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Skriv ut' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(comparisonReads(reader)).toEqual(['report:SHVO:2024Q4', 'report:SHVO:2025Q3']);
    expect(headingAtPrint).not.toBeNull();
    // Collapsed on screen; the print stylesheet shows the collapsed content.
    expect(screen.getByRole('button', { name: 'Jämförelse med tidigare rapporter' }).getAttribute('aria-expanded')).toBe('false');
  });

  it('Ctrl+P waits for the comparison instead of printing without it; printing from the browser menu loads it', async () => {
    const reader = fakeReader();
    await opened(reader);
    const event = new KeyboardEvent('keydown', { key: 'p', ctrlKey: true, bubbles: true, cancelable: true });
    act(() => {
      window.dispatchEvent(event);
    });
    expect(event.defaultPrevented).toBe(true);
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(screen.getByRole('heading', { name: PREVIOUS_HEADING, hidden: true })).toBeTruthy();
    // Loaded now: Ctrl+P goes straight to the browser.
    const again = new KeyboardEvent('keydown', { key: 'p', ctrlKey: true, bubbles: true, cancelable: true });
    window.dispatchEvent(again);
    expect(again.defaultPrevented).toBe(false);

    const other = fakeReader();
    cleanup();
    await opened(other);
    act(() => {
      fireEvent(window, new Event('beforeprint'));
    });
    await waitFor(() => expect(comparisonReads(other)).toEqual(['report:SHVO:2024Q4', 'report:SHVO:2025Q3']));
  });
});
