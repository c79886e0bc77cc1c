/** npm start's server setup: provisions, seeds once through the repository, reseeds on --reset. */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { startDevServer } from '../../tools/start';
import { createNodeRepository } from '../../src/data/repository/createNodeSpfi';
import { isSampleReport } from '../../tools/seed/seedData';

describe('startDevServer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gits-start-test-'));
  const dbFile = join(dir, 'gits.db');
  const quiet = (): void => undefined;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function approvedQuarters(siteUrl: string): Promise<string[]> {
    const reader = createNodeRepository(siteUrl, { user: 'reader' });
    const history = await reader.loadKpiHistory('SHVO');
    if (history.kind !== 'ok') throw new Error(history.kind);
    const series = history.value.find((s) => s.definition.key === 'registered-users');
    return (series?.points ?? []).map((p) => `${p.period.year}Q${p.period.quarter}=${String(p.value)}`);
  }

  it('seeds a new database, keeps it on restart, and reseeds on reset', async () => {
    const first = await startDevServer({ port: 0, dbFile, log: quiet });
    try {
      expect(first.seeded).toBe(true);
      expect(first.siteUrl).toMatch(/\/sites\/gits$/);
      const quarters = await approvedQuarters(first.siteUrl);
      expect(quarters).toHaveLength(5);
      expect(quarters[0]).toBe('2024Q4=52796');
      expect(quarters[4]).toBe('2025Q4=61829');
      const reader = createNodeRepository(first.siteUrl, { user: 'reader' });
      const latest = await reader.loadApprovedReport('SHVO');
      expect(latest.kind === 'ok' && latest.value.snapshot?.report.header.period).toEqual({ year: 2025, quarter: 4 });
      const q2 = await reader.loadApprovedReport('SHVO', { year: 2025, quarter: 2 });
      expect(q2.kind === 'ok' && q2.value.snapshot && isSampleReport(q2.value.snapshot.report)).toBe(true);
    } finally {
      await first.close();
    }
    const second = await startDevServer({ port: 0, dbFile, log: quiet });
    try {
      expect(second.seeded).toBe(false);
      expect(await approvedQuarters(second.siteUrl)).toHaveLength(5);
      const reports = await createNodeRepository(second.siteUrl, { user: 'reader' }).listReports('SHVO');
      expect(reports.kind === 'ok' && reports.value.length).toBe(5);
    } finally {
      await second.close();
    }
    const third = await startDevServer({ port: 0, dbFile, reset: true, log: quiet });
    try {
      expect(third.seeded).toBe(true);
      const reports = await createNodeRepository(third.siteUrl, { user: 'reader' }).listReports('SHVO');
      expect(reports.kind === 'ok' && reports.value.length).toBe(5);
    } finally {
      await third.close();
    }
  });
});
