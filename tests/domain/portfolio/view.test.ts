import { applyPortfolioView, DEFAULT_PORTFOLIO_VIEW, portfolioEntries, portfolioSince, recentQuarters, statusHistoryFromSummaries } from '../../../src/domain/portfolio';
import { headlineOf, summarizeReport } from '../../../src/domain/snapshot';
import { headlineKpis } from '../../../src/domain/kpi';
import { PORTFOLIO_ENTRIES } from '../../components/Portfolio/entries';
import { SHVO_SNAPSHOT } from '../../components/support/shvoFixture';
import type { IQuarter, IStatusReport } from '../../../src/domain/model';

const TODAY = new Date(2026, 1, 15);
const keys = (view: Partial<typeof DEFAULT_PORTFOLIO_VIEW>): string[] =>
  applyPortfolioView(PORTFOLIO_ENTRIES, { ...DEFAULT_PORTFOLIO_VIEW, ...view }, TODAY, 'sv-SE').map((e) => e.object.key);

function reportIn(period: IQuarter, overall: 'good' | 'attention' | 'problem'): IStatusReport {
  const r = SHVO_SNAPSHOT.report;
  const j = { status: overall, comment: overall === 'good' ? '' : 'Skäl' };
  return {
    ...r,
    header: { ...r.header, period },
    judgements: { overall: j, dimensions: { delivery: j, economy: { status: r.economy.assessment, comment: 'x' }, resources: j, risks: j } }
  };
}

describe('portfolio view', () => {
  it('filters by status, overdue and text', () => {
    expect(keys({ status: ['problem'] })).toEqual(['ELAK']);
    expect(keys({ status: ['none', 'good'] })).toEqual(['NYTT', 'SHVO']);
    expect(keys({ overdue: true })).toEqual(['ELAK', 'NYTT']);
    expect(keys({ query: '  VÅRD ' })).toEqual(['SHVO']);
    expect(keys({ query: 'elak' })).toEqual(['ELAK']);
  });

  it('sorts by every column, ties by name, objects without a value last', () => {
    expect(keys({ sort: { key: 'status', direction: 'desc' } })).toEqual(['NYTT', 'ELAK', 'SHVO']);
    expect(keys({ sort: { key: 'period', direction: 'desc' } })).toEqual(['SHVO', 'ELAK', 'NYTT']);
    expect(keys({ sort: { key: 'period', direction: 'asc' } })).toEqual(['ELAK', 'SHVO', 'NYTT']);
    expect(keys({ sort: { key: 'approved', direction: 'asc' } })).toEqual(['ELAK', 'SHVO', 'NYTT']);
    expect(keys({ sort: { key: 'due', direction: 'desc' } })).toEqual(['NYTT', 'ELAK', 'SHVO']);
    expect(keys({ sort: { key: 'problems', direction: 'desc' } })).toEqual(['ELAK', 'SHVO', 'NYTT']);
    expect(keys({ sort: { key: 'kpi', direction: 'desc' } })).toEqual(['SHVO', 'ELAK', 'NYTT']);
    expect(keys({ sort: { key: 'title', direction: 'desc' } })).toEqual(['SHVO', 'NYTT', 'ELAK']);
  });

  it('reads a window from the first of the four quarters before today, the ones it shows', () => {
    expect(portfolioSince(TODAY)).toEqual({ year: 2025, quarter: 1 });
    expect(portfolioSince(new Date(2026, 10, 2))).toEqual({ year: 2025, quarter: 4 });
    expect(recentQuarters(TODAY)).toEqual([
      { year: 2025, quarter: 1 },
      { year: 2025, quarter: 2 },
      { year: 2025, quarter: 3 },
      { year: 2025, quarter: 4 }
    ]);
  });

  it('builds an entry per object from the highest approved revision of each quarter', () => {
    const snap = (period: IQuarter, revision: number, overall: 'good' | 'attention' | 'problem'): Parameters<typeof portfolioEntries>[0]['snapshots'][number] => ({
      objectKey: 'SHVO',
      period,
      revision,
      approvedAt: `2026-0${revision}-01T10:00:00Z`,
      summary: summarizeReport(reportIn(period, overall))
    });
    const entries = portfolioEntries({
      objects: [
        { key: 'SHVO', title: 'SHVO' },
        { key: 'NYTT', title: 'Nytt' }
      ],
      snapshots: [snap({ year: 2025, quarter: 4 }, 1, 'problem'), snap({ year: 2025, quarter: 4 }, 2, 'attention'), snap({ year: 2025, quarter: 3 }, 1, 'good')],
      since: { year: 2024, quarter: 1 }
    });
    expect(entries[0]).toEqual(
      expect.objectContaining({
        latestApprovedPeriod: { year: 2025, quarter: 4 },
        approvedAt: '2026-02-01T10:00:00Z',
        openProblems: SHVO_SNAPSHOT.report.problems.filter((p) => p.status === 'open').length,
        quarters: [
          { period: { year: 2025, quarter: 3 }, status: 'good' },
          { period: { year: 2025, quarter: 4 }, status: 'attention' }
        ]
      })
    );
    expect(entries[0].judgements?.overall).toBe('attention');
    const report = reportIn({ year: 2025, quarter: 4 }, 'attention');
    expect(entries[0].headline).toEqual(headlineOf(report, headlineKpis(report)[0].definitionKey));
    expect(entries[1]).toEqual({ object: { key: 'NYTT', title: 'Nytt' }, quarters: [] });
  });

  it('gives the status history from summaries: per quarter the highest revision, up to a quarter, the last N', () => {
    const s = (period: IQuarter, revision: number, overall: 'good' | 'attention' | 'problem'): { revision: number; summary: ReturnType<typeof summarizeReport> } => ({
      revision,
      summary: summarizeReport(reportIn(period, overall))
    });
    const history = statusHistoryFromSummaries(
      [s({ year: 2025, quarter: 2 }, 1, 'good'), s({ year: 2025, quarter: 3 }, 2, 'problem'), s({ year: 2025, quarter: 3 }, 1, 'good'), s({ year: 2025, quarter: 1 }, 1, 'attention'), s({ year: 2025, quarter: 4 }, 1, 'good')],
      { year: 2025, quarter: 3 },
      2
    );
    expect(history).toEqual([
      { period: { year: 2025, quarter: 2 }, status: 'good' },
      { period: { year: 2025, quarter: 3 }, status: 'problem' }
    ]);
  });
});
