import type { IKpiSeries, IQuarter, IReportSnapshot, IStatusReport } from '../../../src/domain/model';
import type { IApprovedReport, IPortfolioEntry, IReportReader } from '../../../src/services/IReportReader';
import { SHVO_HISTORY, SHVO_SNAPSHOT } from './shvoFixture';

/** The seed snapshot moved to another quarter, with some values and problems changed. */
export function snapshotFor(period: IQuarter, change: (report: IStatusReport) => IStatusReport = (r) => r): IReportSnapshot {
  const report = change({ ...SHVO_SNAPSHOT.report, header: { ...SHVO_SNAPSHOT.report.header, period } });
  return { ...SHVO_SNAPSHOT, report };
}

const same = (a: IQuarter, b: IQuarter): boolean => a.year === b.year && a.quarter === b.quarter;

/** An in-memory reader over a few approved snapshots of SHVO. */
export class FakeReader implements IReportReader {
  public calls: string[] = [];
  public constructor(
    public snapshots: IReportSnapshot[],
    public history: readonly IKpiSeries[] = SHVO_HISTORY,
    public portfolio: readonly IPortfolioEntry[] = []
  ) {}

  public async listReportPeriods(objectKey: string): Promise<readonly IQuarter[]> {
    this.calls.push(`periods:${objectKey}`);
    return this.snapshots.filter((s) => s.report.header.objectKey === objectKey).map((s) => s.report.header.period);
  }

  public async getApprovedReport(objectKey: string, period?: IQuarter): Promise<IApprovedReport> {
    this.calls.push(`report:${objectKey}:${period ? `${period.year}Q${period.quarter}` : 'latest'}`);
    const own = this.snapshots.filter((s) => s.report.header.objectKey === objectKey);
    const snapshot = period ? own.filter((s) => same(s.report.header.period, period))[0] : own[own.length - 1];
    return { snapshot, history: snapshot ? this.history : [] };
  }

  public async getPortfolio(): Promise<readonly IPortfolioEntry[]> {
    this.calls.push('portfolio');
    return this.portfolio;
  }
}
