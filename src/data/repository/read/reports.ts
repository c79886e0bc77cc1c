/** An object's report headers and a report's approval log. */
import type { ApprovalAction, IApprovalLogEntry } from '../../../domain/model';
import { compareQuarters } from '../../../domain/quarter';
import type { IReportSummary, RepositoryResult } from '../IStatusReportRepository';
import type { SPFI } from '@pnp/sp';
import type { IItems } from '@pnp/sp/items';
import { batchSettled, ok, type Settled } from '../batch';
import { parseSummary } from '../../../domain/snapshot';
import { NO_METADATA, list, type IRepositoryContext } from '../context';
import { errorStatus, guard, toRepositoryError } from '../errors';
import { readAll } from './paging';
import { approvalFrom } from '../rows/mapping';
import { selectOf } from '../rows/select';
import { inObjectFolder } from '../../schema/security';
import { webServerRelativeUrl } from '../write/addItem';
import type { ApprovalLogRow, ReportHeaderRow } from '../rows/types';
import { APPROVED_ITEMS, num, personFrom, q, quarterOf } from '../rows/values';

export const SUMMARY_COLUMNS = [
  'Id',
  'ObjectKey',
  'ObjectTitle',
  'PeriodYear',
  'PeriodQuarter',
  'ApprovalState',
  'CoordinatorName',
  'CoordinatorEmail',
  'Revision',
  'Modified'
];

export function summaryFrom(r: ReportHeaderRow): IReportSummary {
  return {
    id: r.Id,
    objectKey: String(r.ObjectKey),
    objectTitle: String(r.ObjectTitle ?? ''),
    period: quarterOf(r),
    approval: approvalFrom(r.ApprovalState),
    coordinator:
      typeof r.CoordinatorEmail === 'string'
        ? { displayName: String(r.CoordinatorName ?? ''), email: r.CoordinatorEmail }
        : { displayName: String(r.CoordinatorName ?? '') },
    revision: num(r.Revision),
    modified: String(r.Modified ?? '')
  };
}

/**
 * An object's report headers, newest quarter first. A board member cannot open GitsReports
 * (it answers 404, as for a list that does not exist): for them the list is the object's
 * approved quarters, read from GitsSnapshots in the same $batch.
 */
/** The object's report headers (GitsReports), for a $batch. */
export function reportHeadersRequest(ctx: IRepositoryContext, b: SPFI, objectKey: string): Promise<unknown> {
  return list(b, 'reports')
    .items.filter(`ObjectKey eq ${q(objectKey)}`)
    .select(...selectOf('reports', ...SUMMARY_COLUMNS, 'FileDirRef'))
    .top(ctx.page)();
}

/** The object's approved snapshots with what a report list and the trend need (no frozen report bodies). */
export function approvedSnapshotRowsQuery(ctx: IRepositoryContext, objectKey: string): (b: SPFI) => IItems {
  return (b) =>
    list(b, 'snapshots')
      .items.using(NO_METADATA)
      .filter(`ObjectKey eq ${q(objectKey)} and ${APPROVED_ITEMS}`)
      .select(...selectOf('snapshots', 'Id', 'ReportId', 'PeriodYear', 'PeriodQuarter', 'Revision', 'SummaryJson', 'Modified'))
      .top(ctx.page);
}

/**
 * The report list from the settled header read and the approved snapshot rows: the headers
 * when the user may open GitsReports, else (404: the board) the approved quarters.
 */
export function reportListFrom(
  ctx: IRepositoryContext,
  objectKey: string,
  headers: Settled,
  snapshots: Settled
): RepositoryResult<readonly IReportSummary[]> {
  let summaries: IReportSummary[];
  if (headers.ok) {
    // A header counts for its object only from that object's folder (docs/security.md).
    const web = webServerRelativeUrl(ctx.sp);
    const rows = (headers.value as ReportHeaderRow[]).filter((row) => inObjectFolder(web, 'reports', row.FileDirRef, String(row.ObjectKey ?? '')));
    rows.forEach((row) => {
      ctx.objectOfReport.set(row.Id, String(row.ObjectKey));
    });
    summaries = rows.map(summaryFrom);
  } else if (errorStatus(headers.error) === 404 && snapshots.ok) {
    summaries = approvedSummariesFrom(objectKey, snapshots.value as ApprovedSnapshotRow[]);
  } else {
    return toRepositoryError(headers.error);
  }
  summaries.sort((a, b) => compareQuarters(b.period, a.period));
  return ok(summaries);
}

/**
 * An object's report headers, newest quarter first. A board member cannot open GitsReports
 * (it answers 404, as for a list that does not exist): for them the list is the object's
 * approved quarters, read from GitsSnapshots in the same $batch.
 */
export function listReports(ctx: IRepositoryContext, objectKey: string): Promise<RepositoryResult<readonly IReportSummary[]>> {
  return guard(async () => {
    const r = await batchSettled(ctx.sp, (b) => [reportHeadersRequest(ctx, b, objectKey), approvedSnapshotRowsQuery(ctx, objectKey)(b)()]);
    if (r.kind !== 'ok') return r;
    const [headers, snapshots] = r.value;
    return reportListFrom(ctx, objectKey, headers, snapshots);
  });
}

export type ApprovedSnapshotRow = { Id: number; ReportId: number; PeriodYear?: number; PeriodQuarter?: number; Revision: number; SummaryJson?: string; Modified?: string };

/** One summary per approved quarter (its highest revision), as readers may know it. */
function approvedSummariesFrom(objectKey: string, rows: readonly ApprovedSnapshotRow[]): IReportSummary[] {
  const best = new Map<string, ApprovedSnapshotRow>();
  rows.forEach((row) => {
    const k = `${num(row.PeriodYear)}-${num(row.PeriodQuarter)}`;
    const cur = best.get(k);
    if (!cur || num(row.Revision) > num(cur.Revision)) best.set(k, row);
  });
  return Array.from(best.values()).map((row): IReportSummary => {
    const facts = parseSummary(row.SummaryJson);
    return {
      id: num(row.ReportId),
      objectKey,
      objectTitle: facts?.objectTitle ?? '',
      period: quarterOf(row),
      approval: 'approved',
      coordinator: facts?.coordinator ?? { displayName: '' },
      revision: num(row.Revision),
      modified: String(row.Modified ?? '')
    };
  });
}

export function loadApprovalLog(ctx: IRepositoryContext, reportId: number): Promise<RepositoryResult<readonly IApprovalLogEntry[]>> {
  return guard(async () => {
    const rows = await readAll<ApprovalLogRow>(
      list(ctx.sp, 'approvalLog')
        .items.filter(`ReportId eq ${reportId}`)
        .select(...selectOf('approvalLog', 'Action', 'ActorName', 'ActorEmail', 'ActionAt', 'LogComment', 'Revision', 'Author/Title', 'Author/EMail'))
        .expand('Author')
        .orderBy('ActionAt', true)
        .top(ctx.page)
    );
    return ok(
      rows.map(
        (r): IApprovalLogEntry => ({
          action: String(r.Action) as ApprovalAction,
          // Who SharePoint says wrote the entry: every team adds to the log, so the name typed into it is not proof.
          by: r.Author?.Title ? personFrom(r.Author.Title, r.Author.EMail) : personFrom(r.ActorName, r.ActorEmail),
          at: String(r.ActionAt ?? ''),
          comment: String(r.LogComment ?? ''),
          revision: num(r.Revision)
        })
      )
    );
  });
}
