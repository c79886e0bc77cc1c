import type { IPortfolioEntry } from '../../../src/domain/portfolio';

/** Three objects as the reader gives them: one on track, one with problems and overdue, one never approved. */
export const PORTFOLIO_ENTRIES: IPortfolioEntry[] = [
  {
    object: { key: 'SHVO', title: 'Samordnad hälsa, vård och omsorg (SHVO)' },
    latestApprovedPeriod: { year: 2025, quarter: 4 },
    approvedAt: '2026-01-20T13:00:00Z',
    assessment: 'good',
    judgements: { overall: 'good', dimensions: { delivery: 'good', economy: 'good', resources: 'attention', risks: 'notAssessed' } },
    headline: { key: 'registered-users', label: 'Registrerade användare', unit: 'st', value: 61829, previous: 52796, difference: 9033, changePercent: 17.109 },
    openProblems: 2,
    quarters: [
      { period: { year: 2025, quarter: 2 }, status: 'attention' },
      { period: { year: 2025, quarter: 3 }, status: 'good' },
      { period: { year: 2025, quarter: 4 }, status: 'good' }
    ]
  },
  {
    object: { key: 'ELAK', title: 'Elektronisk läkemedelskommunikation' },
    latestApprovedPeriod: { year: 2025, quarter: 1 },
    approvedAt: '2025-04-28T08:00:00Z',
    assessment: 'attention',
    judgements: { overall: 'problem', dimensions: { delivery: 'problem', economy: 'attention', resources: 'good', risks: 'problem' } },
    headline: { key: 'share-active-users', label: 'Andel aktiva användare', unit: '%', value: 46.6, previous: 40.8, difference: 5.8 },
    openProblems: 5,
    quarters: [{ period: { year: 2025, quarter: 1 }, status: 'problem' }]
  },
  { object: { key: 'NYTT', title: 'Nytt objekt' }, quarters: [] }
];
