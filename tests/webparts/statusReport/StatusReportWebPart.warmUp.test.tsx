/** @jest-environment jsdom */
// The first render's number and date formats are made while the first screen's request is out
// (the page's first Intl.NumberFormat costs tens of milliseconds), not after its answer.
jest.mock('../../../src/components/KpiTrendChart/chartSetup', () => ({
  createLineChart: jest.fn(() => ({ destroy: jest.fn() }))
}));
jest.mock('../../../src/data/repository/createRepositoryForSpfx', () => ({
  createRepositoryForSpfx: jest.fn()
}));

import '../../components/support/quietIcons';
import { createRepositoryForSpfx } from '../../../src/data/repository/createRepositoryForSpfx';
import { pendingFirstScreenRepository, reportProps, startWebPart, waitFor } from './webPartHarness';

jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);

describe('StatusReportWebPart while the first screen is out', () => {
  it('makes the page locale’s number and long date formats before the answer, and not again after it', async () => {
    const numberFormats = jest.spyOn(Intl, 'NumberFormat');
    const dateFormats = jest.spyOn(Intl, 'DateTimeFormat');
    const { repository, answer } = pendingFirstScreenRepository();
    (createRepositoryForSpfx as jest.Mock).mockImplementation(() => repository);
    const { element } = await startWebPart(reportProps);
    const swedish = (calls: unknown[][]): number => calls.filter((call) => call[0] === 'sv-SE').length;
    await waitFor(() => expect(swedish(numberFormats.mock.calls)).toBeGreaterThan(0));
    await waitFor(() => expect(swedish(dateFormats.mock.calls)).toBeGreaterThan(0));
    // Made while the report has not answered: nothing of the card is drawn yet.
    expect(element.querySelector('article')).toBeNull();
    expect(repository.loadReaderFirstScreen).toHaveBeenCalledTimes(1);
    const [numbersBefore, datesBefore] = [swedish(numberFormats.mock.calls), swedish(dateFormats.mock.calls)];
    answer();
    await waitFor(() => expect(element.textContent).toMatch(/61\s829/));
    // The card formats its numbers and dates with the formats made in the wait.
    expect(element.textContent).toMatch(/\d{1,2} januari 2026/);
    expect(swedish(numberFormats.mock.calls)).toBe(numbersBefore);
    expect(swedish(dateFormats.mock.calls)).toBe(datesBefore);
  });
});
