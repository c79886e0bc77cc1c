/** An object's report headers and a report's approval log. */
import type { ApprovalAction, IApprovalLogEntry } from '../../../domain/model';
import { compareQuarters } from '../../../domain/quarter';
import type { IReportSummary, RepositoryResult } from '../IStatusReportRepository';
import { ok } from '../batch';
import { list, type IRepositoryContext } from '../context';
import { readAll } from './paging';
import { guard } from '../errors';
import { approvalFrom } from '../rows/mapping';
import { selectOf } from '../rows/select';
import type { ApprovalLogRow, ReportHeaderRow } from '../rows/types';
import { num, personFrom, q, quarterOf } from '../rows/values';

const SUMMARY_COLUMNS = [
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

export function listReports(ctx: IRepositoryContext, objectKey: string): Promise<RepositoryResult<readonly IReportSummary[]>> {
  return guard(async () => {
    const rows = await readAll<ReportHeaderRow>(
      list(ctx.sp, 'reports')
        .items.filter(`ObjectKey eq ${q(objectKey)}`)
        .select(...selectOf('reports', ...SUMMARY_COLUMNS))
        .top(ctx.page)
    );
    rows.forEach((r) => {
      ctx.objectOfReport.set(r.Id, String(r.ObjectKey));
    });
    const summaries = rows.map(summaryFrom);
    summaries.sort((a, b) => compareQuarters(b.period, a.period));
    return ok(summaries);
  });
}

export function loadApprovalLog(ctx: IRepositoryContext, reportId: number): Promise<RepositoryResult<readonly IApprovalLogEntry[]>> {
  return guard(async () => {
    const rows = await readAll<ApprovalLogRow>(
      list(ctx.sp, 'approvalLog')
        .items.filter(`ReportId eq ${reportId}`)
        .select(...selectOf('approvalLog', 'Action', 'ActorName', 'ActorEmail', 'ActionAt', 'LogComment', 'Revision'))
        .orderBy('ActionAt', true)
        .top(ctx.page)
    );
    return ok(
      rows.map(
        (r): IApprovalLogEntry => ({
          action: String(r.Action) as ApprovalAction,
          by: personFrom(r.ActorName, r.ActorEmail),
          at: String(r.ActionAt ?? ''),
          comment: String(r.LogComment ?? ''),
          revision: num(r.Revision)
        })
      )
    );
  });
}
