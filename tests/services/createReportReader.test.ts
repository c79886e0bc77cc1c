import { createReportReader, firstScreenSettled, KNOWN_REPORTS_MAX_AGE_MS, prefetchReportView, takeFirstScreen } from '../../src/services/createReportReader';
import type { IReaderFirstScreen, IStatusReportRepository, IReportSummary, RepositoryResult } from '../../src/data/repository/IStatusReportRepository';
import { SHVO_HISTORY, SHVO_SNAPSHOT } from '../components/support/shvoFixture';
import { summarizeReport } from '../../src/domain/snapshot';

function summary(year: number, quarter: 1 | 2 | 3 | 4, approval: IReportSummary['approval'], revision: number): IReportSummary {
  return {
    id: year * 10 + quarter,
    objectKey: 'SHVO',
    objectTitle: 'SHVO',
    period: { year, quarter },
    approval,
    coordinator: { displayName: 'Gisella Koutsiou' },
    revision,
    modified: '2026-01-01T00:00:00Z'
  };
}

function repository(overrides: Partial<IStatusReportRepository>): IStatusReportRepository {
  return overrides as IStatusReportRepository;
}

describe('createReportReader', () => {
  it('lists quarters that can have an approved snapshot, oldest first', async () => {
    const reader = createReportReader(
      repository({
        listReports: async () => ({
          kind: 'ok',
          value: [summary(2025, 4, 'draft', 2), summary(2025, 3, 'approved', 1), summary(2025, 2, 'draft', 0), summary(2024, 4, 'approved', 1)]
        })
      })
    );
    expect(await reader.listReportPeriods('SHVO')).toEqual([
      { year: 2024, quarter: 4 },
      { year: 2025, quarter: 3 },
      { year: 2025, quarter: 4 }
    ]);
  });

  it('keeps the report list it read for Edit while fresh, and forgets it with the object', async () => {
    const list = [summary(2025, 4, 'draft', 2), summary(2025, 3, 'approved', 1)];
    const reader = createReportReader(repository({ listReports: async () => ({ kind: 'ok', value: list }) }));
    expect(reader.knownReports!('SHVO')).toBeUndefined();
    await reader.listReportPeriods('SHVO');
    expect(reader.knownReports!('SHVO')).toEqual(list);
    expect(reader.knownReports!('EKO')).toBeUndefined();
    const now = Date.now();
    const clock = jest.spyOn(Date, 'now').mockReturnValue(now + KNOWN_REPORTS_MAX_AGE_MS + 1);
    try {
      expect(reader.knownReports!('SHVO')).toBeUndefined();
    } finally {
      clock.mockRestore();
    }
    expect(reader.knownReports!('SHVO')).toEqual(list);
    reader.forget!('SHVO');
    expect(reader.knownReports!('SHVO')).toBeUndefined();
  });

  it('keeps no report list for a reader who may not read it (the board)', async () => {
    const reader = createReportReader(repository({ listReports: async () => ({ kind: 'forbidden', messageKey: 'data.error.forbidden' }) as RepositoryResult<readonly IReportSummary[]> }));
    await expect(reader.listReportPeriods('SHVO')).rejects.toBeDefined();
    expect(reader.knownReports!('SHVO')).toBeUndefined();
  });

  it('passes the approved report through and treats notFound as "no approved report"', async () => {
    const load = jest.fn();
    load.mockResolvedValueOnce({ kind: 'ok', value: { snapshot: SHVO_SNAPSHOT, history: SHVO_HISTORY } });
    load.mockResolvedValueOnce({ kind: 'notFound', messageKey: 'data.error.notFound' });
    const reader = createReportReader(repository({ loadApprovedReport: load }));
    const found = await reader.getApprovedReport('SHVO', { year: 2025, quarter: 4 });
    expect(found.snapshot).toBe(SHVO_SNAPSHOT);
    expect(found.history).toBe(SHVO_HISTORY);
    expect(load).toHaveBeenCalledWith('SHVO', { year: 2025, quarter: 4 });
    expect(await reader.getApprovedReport('NONE')).toEqual({ snapshot: undefined, history: [] });
  });

  it('rejects with the repository message key on other errors', async () => {
    const reader = createReportReader(
      repository({ loadApprovedReport: async () => ({ kind: 'forbidden', messageKey: 'data.error.forbidden' }) })
    );
    await expect(reader.getApprovedReport('SHVO')).rejects.toMatchObject({ messageKey: 'data.error.forbidden' });
  });

  it('builds the portfolio from one portfolio read, asking for the window of `today`', async () => {
    const load = jest.fn().mockResolvedValue({
      kind: 'ok',
      value: {
        objects: [
          { key: 'SHVO', title: 'Samordnad hälsa, vård och omsorg (SHVO)' },
          { key: 'NYTT', title: 'Nytt objekt' }
        ],
        snapshots: [{ objectKey: 'SHVO', period: { year: 2025, quarter: 4 }, revision: 1, approvedAt: '2026-01-20T13:00:00Z', summary: summarizeReport(SHVO_SNAPSHOT.report) }],
        since: { year: 2025, quarter: 1 }
      }
    });
    const reader = createReportReader(repository({ loadPortfolio: load }));
    const portfolio = await reader.getPortfolio(new Date(2026, 1, 15));
    expect(load).toHaveBeenCalledWith({ year: 2025, quarter: 1 });
    expect(portfolio[0]).toEqual(
      expect.objectContaining({
        object: { key: 'SHVO', title: 'Samordnad hälsa, vård och omsorg (SHVO)' },
        latestApprovedPeriod: { year: 2025, quarter: 4 },
        approvedAt: '2026-01-20T13:00:00Z',
        assessment: SHVO_SNAPSHOT.report.economy.assessment,
        quarters: [{ period: { year: 2025, quarter: 4 }, status: summarizeReport(SHVO_SNAPSHOT.report).judgements.overall }]
      })
    );
    expect(portfolio[1]).toEqual({ object: { key: 'NYTT', title: 'Nytt objekt' }, quarters: [] });
  });

  it('reads the status history from the approved summaries in one repository call', async () => {
    const load = jest.fn().mockResolvedValue({
      kind: 'ok',
      value: [2, 3, 4].map((quarter) => ({
        revision: 1,
        summary: summarizeReport({ ...SHVO_SNAPSHOT.report, header: { ...SHVO_SNAPSHOT.report.header, period: { year: 2025, quarter: quarter as 2 | 3 | 4 } } })
      }))
    });
    const reader = createReportReader(repository({ loadApprovedSummaries: load }));
    const history = await reader.getStatusHistory?.('SHVO', { year: 2025, quarter: 3 });
    expect(load).toHaveBeenCalledTimes(1);
    expect(history?.map((p) => p.period)).toEqual([
      { year: 2025, quarter: 2 },
      { year: 2025, quarter: 3 }
    ]);
  });

  describe('prefetchReportView', () => {
    afterEach(() => {
      jest.useRealTimers();
    });

    it('starts both first reads at once and hands each result to the reader once, then reads afresh', async () => {
      const load = jest.fn().mockResolvedValue({ kind: 'ok', value: { snapshot: SHVO_SNAPSHOT, history: SHVO_HISTORY } });
      const list = jest.fn().mockResolvedValue({ kind: 'ok', value: [summary(2025, 4, 'approved', 1)] });
      const repo = repository({ loadApprovedReport: load, listReports: list });
      prefetchReportView(repo, 'SHVO');
      // The page and then the web part may both ask: one read.
      prefetchReportView(repo, 'SHVO');
      expect(load).toHaveBeenCalledTimes(1);
      expect(list).toHaveBeenCalledTimes(1);
      const reader = createReportReader(repo);
      const [approved, periods] = await Promise.all([reader.getApprovedReport('SHVO'), reader.listReportPeriods('SHVO')]);
      expect(approved.snapshot).toBe(SHVO_SNAPSHOT);
      expect(periods).toEqual([{ year: 2025, quarter: 4 }]);
      expect(load).toHaveBeenCalledTimes(1);
      expect(list).toHaveBeenCalledTimes(1);
      // A reload (or another reader) asks the repository again.
      await reader.getApprovedReport('SHVO');
      await reader.listReportPeriods('SHVO');
      expect(load).toHaveBeenCalledTimes(2);
      expect(list).toHaveBeenCalledTimes(2);
    });

    it('is used only for the newest report of the same object and repository', async () => {
      const load = jest.fn().mockResolvedValue({ kind: 'notFound', messageKey: 'data.error.notFound' });
      const list = jest.fn().mockResolvedValue({ kind: 'ok', value: [] });
      const repo = repository({ loadApprovedReport: load, listReports: list });
      prefetchReportView(repo, 'SHVO');
      const reader = createReportReader(repo);
      await reader.getApprovedReport('SHVO', { year: 2025, quarter: 3 });
      await reader.getApprovedReport('OTHER');
      expect(load.mock.calls).toEqual([['SHVO'], ['SHVO', { year: 2025, quarter: 3 }], ['OTHER', undefined]]);
      const otherRepo = repository({ loadApprovedReport: load, listReports: list });
      await createReportReader(otherRepo).getApprovedReport('SHVO');
      expect(load).toHaveBeenCalledTimes(4);
    });

    it('surfaces a failed prefetch to the reader as its error, and ignores a stale prefetch', async () => {
      const repo = repository({
        loadApprovedReport: jest.fn().mockResolvedValue({ kind: 'forbidden', messageKey: 'data.error.forbidden' }),
        listReports: jest.fn().mockResolvedValue({ kind: 'ok', value: [] })
      });
      prefetchReportView(repo, 'SHVO');
      await expect(createReportReader(repo).getApprovedReport('SHVO')).rejects.toMatchObject({ messageKey: 'data.error.forbidden' });

      jest.useFakeTimers({ now: new Date('2026-01-01T10:00:00Z') });
      const load = jest.fn().mockResolvedValue({ kind: 'notFound', messageKey: 'data.error.notFound' });
      const stale = repository({ loadApprovedReport: load, listReports: jest.fn().mockResolvedValue({ kind: 'ok', value: [] }) });
      prefetchReportView(stale, 'SHVO');
      jest.setSystemTime(new Date('2026-01-01T10:01:00Z'));
      await createReportReader(stale).getApprovedReport('SHVO');
      expect(load).toHaveBeenCalledTimes(2);
    });
  });

  describe('a first screen that has answered', () => {
    afterEach(() => {
      jest.useRealTimers();
    });
    function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
      let settle: (value: T) => void = () => undefined;
      const promise = new Promise<T>((resolve) => {
        settle = resolve;
      });
      return { promise, resolve: settle };
    }
    const answer: RepositoryResult<IReaderFirstScreen> = {
      kind: 'ok',
      value: {
        approved: { kind: 'ok', value: { snapshot: SHVO_SNAPSHOT, history: SHVO_HISTORY } } as IReaderFirstScreen['approved'],
        reports: { kind: 'ok', value: [summary(2025, 3, 'approved', 1), summary(2025, 4, 'approved', 1)] },
        permissions: { kind: 'ok', value: { canRead: true, canEdit: false, canApprove: false, canManageLists: false } }
      }
    };

    it('is handed over synchronously once it has answered, each part once, then read afresh', async () => {
      const read = deferred<RepositoryResult<IReaderFirstScreen>>();
      const first = jest.fn().mockReturnValueOnce(read.promise).mockResolvedValue(answer);
      const repo = repository({ loadReaderFirstScreen: first });
      const reader = createReportReader(repo);
      prefetchReportView(repo, 'SHVO');
      // Still under way: nothing at hand, nothing taken.
      expect(reader.settledApprovedReport?.('SHVO')).toBeUndefined();
      expect(reader.settledReportPeriods?.('SHVO')).toBeUndefined();
      read.resolve(answer);
      await firstScreenSettled(repo, 'SHVO', 60000);
      expect(reader.settledApprovedReport?.('SHVO')).toEqual({ snapshot: SHVO_SNAPSHOT, history: SHVO_HISTORY });
      expect(reader.settledReportPeriods?.('SHVO')).toEqual([
        { year: 2025, quarter: 3 },
        { year: 2025, quarter: 4 }
      ]);
      // Handed out: a second ask has nothing at hand.
      expect(reader.settledApprovedReport?.('SHVO')).toBeUndefined();
      await expect(takeFirstScreen(repo, 'SHVO', 'permissions')).resolves.toEqual(answer.kind === 'ok' ? answer.value.permissions : undefined);
      expect(first).toHaveBeenCalledTimes(1);
      // Every part taken: the next read is a new first screen.
      await reader.getApprovedReport('SHVO');
      expect(first).toHaveBeenCalledTimes(2);
    });

    it('leaves errors to the asynchronous read, which reports them', async () => {
      const repo = repository({
        loadReaderFirstScreen: jest.fn().mockResolvedValue({
          kind: 'ok',
          value: { approved: { kind: 'forbidden', messageKey: 'data.error.forbidden' }, reports: { kind: 'ok', value: [] }, permissions: { kind: 'ok', value: { canRead: true, canEdit: false, canApprove: false, canManageLists: false } } }
        })
      });
      const reader = createReportReader(repo);
      prefetchReportView(repo, 'SHVO');
      await firstScreenSettled(repo, 'SHVO', 60000);
      expect(reader.settledApprovedReport?.('SHVO')).toBeUndefined();
      await expect(reader.getApprovedReport('SHVO')).rejects.toMatchObject({ messageKey: 'data.error.forbidden' });
    });

    it('"no approved report" is an answer like any other', async () => {
      const repo = repository({
        loadReaderFirstScreen: jest.fn().mockResolvedValue({
          kind: 'ok',
          value: { approved: { kind: 'notFound', messageKey: 'data.error.notFound' }, reports: { kind: 'ok', value: [] }, permissions: { kind: 'ok', value: { canRead: true, canEdit: false, canApprove: false, canManageLists: false } } }
        })
      });
      prefetchReportView(repo, 'SHVO');
      await firstScreenSettled(repo, 'SHVO', 60000);
      expect(createReportReader(repo).settledApprovedReport?.('SHVO')).toEqual({ snapshot: undefined, history: [] });
    });

    it('is waited for no longer than the time given', async () => {
      jest.useFakeTimers();
      const read = deferred<RepositoryResult<IReaderFirstScreen>>();
      const repo = repository({ loadReaderFirstScreen: jest.fn().mockReturnValue(read.promise) });
      prefetchReportView(repo, 'SHVO');
      let waited = false;
      void firstScreenSettled(repo, 'SHVO', 250).then(() => {
        waited = true;
      });
      await jest.advanceTimersByTimeAsync(249);
      expect(waited).toBe(false);
      await jest.advanceTimersByTimeAsync(1);
      expect(waited).toBe(true);
      // Nothing under way (another object): at once.
      await expect(firstScreenSettled(repo, 'OTHER', 250)).resolves.toBeUndefined();
    });
  });
});
