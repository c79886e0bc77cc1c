import { MemoryStatusReportRepository } from '../../../workbench/src/memoryRepository';
import { sampleReport } from '../ReportEditor/sampleReport';

describe('MemoryStatusReportRepository', () => {
  it('lists the stored report as the object report summary and nothing for another object', async () => {
    const repo = new MemoryStatusReportRepository(sampleReport());
    const listed = await repo.listReports('SHVO');
    expect(listed.kind === 'ok' && listed.value.map((s) => [s.id, s.period, s.approval])).toEqual([[7, { year: 2025, quarter: 4 }, 'draft']]);
    expect(await repo.listReports('ALFA')).toEqual({ kind: 'ok', value: [] });
    expect(repo.calls).toEqual(['list:SHVO', 'list:ALFA']);
  });

  it('answers a one-off failure once, then as before', async () => {
    const repo = new MemoryStatusReportRepository(sampleReport());
    repo.failNext('loadReportForEditing', { kind: 'network', messageKey: 'data.error.network' });
    expect((await repo.loadReportForEditing(7)).kind).toBe('network');
    expect((await repo.loadReportForEditing(7)).kind).toBe('ok');
    expect((await repo.loadReportForEditing(8)).kind).toBe('notFound');
  });

  it('refuses a second report for the same quarter and stores one for another quarter', async () => {
    const report = sampleReport();
    const repo = new MemoryStatusReportRepository(report);
    expect((await repo.createReport(report)).kind).toBe('alreadyExists');
    const next = { ...report, header: { ...report.header, period: { year: 2026, quarter: 1 as const } } };
    const created = await repo.createReport(next);
    expect(created.kind === 'ok' && [created.value.id, created.value.version]).toEqual([8, '"1"']);
  });

  it('serves the approved snapshot only for its object and quarter', async () => {
    const report = sampleReport();
    const snapshot = { report: { ...report, header: { ...report.header, approval: 'approved' as const } }, revision: 1, submittedBy: report.header.coordinator, submittedAt: '2025-12-02T09:00:00Z', approval: 'approved' as const };
    const repo = new MemoryStatusReportRepository(report, { approvedSnapshot: snapshot, approvedHistory: [] });
    const latest = await repo.loadApprovedReport('SHVO');
    expect(latest.kind === 'ok' && latest.value.snapshot).toBe(snapshot);
    expect((await repo.loadApprovedReport('SHVO', { year: 2025, quarter: 3 })).kind).toBe('notFound');
    expect((await repo.loadApprovedReport('ALFA')).kind).toBe('notFound');
  });

  it('waits the configured delay before answering', async () => {
    jest.useFakeTimers();
    try {
      const repo = new MemoryStatusReportRepository(sampleReport(), { delayMs: 500 });
      let answered = false;
      const pending = repo.getPermissions().then(() => {
        answered = true;
      });
      await jest.advanceTimersByTimeAsync(499);
      expect(answered).toBe(false);
      await jest.advanceTimersByTimeAsync(1);
      await pending;
      expect(answered).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });
});
