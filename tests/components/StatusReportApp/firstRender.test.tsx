/** @jest-environment jsdom */
jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../../src/webparts/statusReport/loc/sv-se.js'));
jest.mock('../../../src/components/KpiTrendChart/chartSetup', () => ({
  createLineChart: jest.fn(() => ({ destroy: jest.fn() }))
}));

import '../support/quietIcons';
import { screen, waitFor } from '@testing-library/react';
import type { IReaderFirstScreen, IStatusReportRepository, RepositoryResult } from '../../../src/data/repository/IStatusReportRepository';
import { firstScreenSettled, prefetchReportView } from '../../../src/services/createReportReader';
import { summarizeReport } from '../../../src/domain/snapshot';
import { renderStatusReportApp } from '../support/renderApp';
import { SHVO_HISTORY, SHVO_Q4_SUMMARY, SHVO_SNAPSHOT } from '../support/shvoFixture';

jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);

const ANSWER: RepositoryResult<IReaderFirstScreen> = {
  kind: 'ok',
  value: {
    approved: { kind: 'ok', value: { snapshot: SHVO_SNAPSHOT, history: SHVO_HISTORY } } as IReaderFirstScreen['approved'],
    reports: {
      kind: 'ok',
      value: [SHVO_Q4_SUMMARY]
    },
    permissions: { kind: 'ok', value: { canRead: true, canEdit: false, canApprove: false, canManageLists: false } }
  }
};

/** A repository answering the first screen with `first` (the other reads must not be needed for it). */
function repository(first: () => Promise<RepositoryResult<IReaderFirstScreen>>): IStatusReportRepository {
  return {
    loadReaderFirstScreen: jest.fn(first),
    loadApprovedReport: jest.fn(() => Promise.reject(new Error('read through the first screen'))),
    listReports: jest.fn(() => Promise.reject(new Error('read through the first screen'))),
    getPermissions: jest.fn(() => Promise.reject(new Error('read through the first screen'))),
    loadApprovedSummaries: jest.fn(() => Promise.resolve({ kind: 'ok', value: [{ revision: 1, summary: summarizeReport(SHVO_SNAPSHOT.report) }] }))
  } as unknown as IStatusReportRepository;
}

describe('the report view\'s first render', () => {
  it('draws the card at once when the first screen has answered before the tree mounts', async () => {
    const repo = repository(() => Promise.resolve(ANSWER));
    prefetchReportView(repo, 'SHVO');
    await firstScreenSettled(repo, 'SHVO', 60000);
    const { container } = renderStatusReportApp({ repository: repo });
    // No promise has run since the render: the card came from the first commit, no spinner before it.
    const card = container.querySelector('article');
    expect(card).not.toBeNull();
    expect(card?.textContent).toMatch(/61\s829/);
    expect(screen.getByRole('heading', { level: 2, name: /SHVO/ })).toBeTruthy();
    expect(screen.queryByText('Laddar…')).toBeNull();
    expect(screen.getByRole('navigation', { name: 'Objektets rapporter' })).toBeTruthy();
    expect(repo.loadReaderFirstScreen).toHaveBeenCalledTimes(1);
    // The first screen's parts were taken from the answer; nothing is read twice.
    expect(repo.loadApprovedReport).not.toHaveBeenCalled();
    expect(repo.listReports).not.toHaveBeenCalled();
    expect(repo.getPermissions).not.toHaveBeenCalled();
    // The status history is read after the card, as before.
    await waitFor(() => expect(repo.loadApprovedSummaries).toHaveBeenCalledTimes(1));
  });

  it('shows the spinner while the first screen is still under way, then the card', async () => {
    let answer: (value: RepositoryResult<IReaderFirstScreen>) => void = () => undefined;
    const repo = repository(() => new Promise((resolve) => (answer = resolve)));
    prefetchReportView(repo, 'SHVO');
    const { container } = renderStatusReportApp({ repository: repo });
    expect(container.querySelector('article')).toBeNull();
    expect(screen.getByText('Laddar…')).toBeTruthy();
    answer(ANSWER);
    await waitFor(() => expect(container.querySelector('article')?.textContent).toMatch(/61\s829/));
    expect(repo.loadReaderFirstScreen).toHaveBeenCalledTimes(1);
    expect(repo.loadApprovedReport).not.toHaveBeenCalled();
  });
});
