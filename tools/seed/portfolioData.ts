/**
 * Sample portfolio for tests and the benchmark: N förvaltningsobjekt (PF01…) with one approved
 * snapshot per quarter, written straight into GitsObjects and GitsSnapshots with the local
 * SharePoint's bulkInsert (as approval would leave them: SnapshotJson, SummaryJson, StatusJson,
 * ApprovedAt, content-approved). Every report is the seed report moved to the object and quarter, with
 * judgements and open problems that vary by object and quarter. Clearly sample data.
 */
import type { Assessment, IQuarter, IReportSnapshot, IStatusReport } from '../../src/domain/model';
import { addQuarters } from '../../src/domain/quarter';
import { statusJsonOf, summarizeReport } from '../../src/domain/snapshot';
import { listTitle } from '../../src/data/schema/schema';
import { SAMPLE_MARKER } from './seedData';

const STATUSES: readonly Assessment[] = ['good', 'good', 'attention', 'problem', 'notAssessed'];

export function portfolioObjectKey(i: number): string {
  return `PF${String(i + 1).padStart(2, '0')}`;
}

function statusFor(object: number, quarter: number, offset: number): Assessment {
  return STATUSES[(object * 3 + quarter + offset) % STATUSES.length];
}

/** The seed report as object `i`'s report of `period`, judged. */
export function portfolioReport(seed: IStatusReport, i: number, period: IQuarter, q: number): IStatusReport {
  const judged = (status: Assessment): { status: Assessment; comment: string } => ({ status, comment: status === 'attention' || status === 'problem' ? `${SAMPLE_MARKER}: skäl` : '' });
  const economy = statusFor(i, q, 1);
  return {
    ...seed,
    header: { ...seed.header, objectKey: portfolioObjectKey(i), objectTitle: `${SAMPLE_MARKER} förvaltningsobjekt ${i + 1}`, period },
    problems: seed.problems.map((p, k) => ({ ...p, status: k < (i + q) % 4 ? 'open' : 'closed' })),
    economy: { ...seed.economy, assessment: economy },
    judgements: {
      overall: judged(statusFor(i, q, 0)),
      dimensions: { delivery: judged(statusFor(i, q, 2)), economy: judged(economy), resources: judged(statusFor(i, q, 3)), risks: judged(statusFor(i, q, 4)) }
    }
  };
}

export interface IPortfolioRows {
  readonly objects: Record<string, unknown>[];
  readonly snapshots: Record<string, unknown>[];
}

/** Rows for `objects` objects × `quarters` quarters ending with `last`. */
export function portfolioRows(seed: IStatusReport, objects: number, quarters: number, last: IQuarter): IPortfolioRows {
  const objectRows: Record<string, unknown>[] = [];
  const snapshots: Record<string, unknown>[] = [];
  for (let i = 0; i < objects; i++) {
    objectRows.push({ Title: `${SAMPLE_MARKER} förvaltningsobjekt ${i + 1}`, ObjectKey: portfolioObjectKey(i) });
    for (let q = 0; q < quarters; q++) {
      const period = addQuarters(last, q - quarters + 1);
      const report = portfolioReport(seed, i, period, q);
      const reportId = 100000 + i * 1000 + q;
      const approvedAt = new Date(Date.UTC(period.year, period.quarter * 3, 20, 10, 0, 0)).toISOString();
      const snapshot: IReportSnapshot = {
        report: { ...report, header: { ...report.header, approval: 'approved' } },
        revision: 1,
        submittedBy: { displayName: 'Erik Editor' },
        submittedAt: approvedAt,
        approval: 'approved',
        approvedBy: { displayName: 'Anna Approver' },
        approvedAt
      };
      snapshots.push({
        Title: `${portfolioObjectKey(i)} ${period.year} Q${period.quarter} r1`,
        RowKey: `${reportId}/r1`,
        ReportId: reportId,
        ObjectKey: portfolioObjectKey(i),
        PeriodYear: period.year,
        PeriodQuarter: period.quarter,
        Revision: 1,
        SnapshotJson: JSON.stringify(snapshot),
        SummaryJson: JSON.stringify(summarizeReport(report)),
        StatusJson: statusJsonOf(report),
        SubmittedByName: 'Erik Editor',
        SubmittedAt: approvedAt,
        ApprovedAt: approvedAt,
        ApprovedByName: 'Anna Approver',
        OData__ModerationStatus: 0
      });
    }
  }
  return { objects: objectRows, snapshots };
}

/** The server's bulk insert, as startLocalSharePoint returns it. */
export type BulkInsert = (list: string, rows: Record<string, unknown>[], options: { site: string; user: string }) => number[];

/** Writes the sample portfolio into a provisioned local site. */
export function insertPortfolio(bulkInsert: BulkInsert, rows: IPortfolioRows, site: string = 'gits'): void {
  bulkInsert(listTitle('objects'), rows.objects, { site, user: 'owner' });
  bulkInsert(listTitle('snapshots'), rows.snapshots, { site, user: 'owner' });
}
