/**
 * Submitting, approving and returning a report. The snapshot list has content approval:
 * a new snapshot is pending, and readers see only approved ones.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/site-users/web';
import type { ApprovalAction, IPerson, IReportSnapshot, IStatusReport } from '../../domain/model';
import type { RepositoryResult } from './IStatusReportRepository';
import { batchAll, ok } from './batch';
import { list, type IRepositoryContext } from './context';
import { guard, invalidState, notFound } from './errors';
import { loadFull } from './read/editable';
import { snapshotFrom } from './read/approved';
import { selectOf, snapshotSelect } from './rows/select';
import type { SnapshotRow, UserRow } from './rows/types';
import { MODERATION, num, personFrom } from './rows/values';
import { addItem } from './write/addItem';
import { summarizeReport } from '../../domain/snapshot';

function logRequest(b: SPFI, reportId: number, action: ApprovalAction, user: IPerson, at: string, comment: string, revision: number): Promise<unknown> {
  return addItem(b, 'approvalLog', undefined, {
    Title: `${action} r${revision}`,
    ReportId: reportId,
    Action: action,
    ActorName: user.displayName,
    ActorEmail: user.email ?? null,
    ActionAt: at,
    LogComment: comment,
    Revision: revision
  });
}

async function me(ctx: IRepositoryContext): Promise<IPerson> {
  const known = ctx.currentUser.get('me');
  if (known) return known;
  const u: UserRow = await ctx.sp.web.currentUser.select('Title', 'Email')();
  const user = personFrom(u.Title, u.Email);
  ctx.currentUser.set('me', user);
  return user;
}

export function submitReport(ctx: IRepositoryContext, reportId: number, comment?: string): Promise<RepositoryResult<IReportSnapshot>> {
  return guard(async () => {
    const loaded = await loadFull(ctx, reportId, false);
    if (loaded.kind !== 'ok') return loaded;
    const latest: SnapshotRow[] = await list(ctx.sp, 'snapshots')
      .items.filter(`ReportId eq ${reportId}`)
      .select(...selectOf('snapshots', 'Id', 'Revision', 'SnapshotJson', 'OData__ModerationStatus'))
      .orderBy('Revision', false)
      .top(1)();
    const user = await me(ctx);
    const { editable } = loaded.value;
    const report: IStatusReport = { ...editable.report, header: { ...editable.report.header, approval: 'pending' } };
    const last = latest[0];
    const lastRevision = last ? num(last.Revision) : 0;
    // A submit that stopped after writing its snapshot (the header still has the older revision):
    // finish it instead of freezing the same content again.
    if (last && lastRevision > editable.revision && num(last.OData__ModerationStatus) === MODERATION.pending) {
      const stored = JSON.parse(String(last.SnapshotJson)) as IReportSnapshot;
      if (JSON.stringify(stored.report) === JSON.stringify(report)) {
        const fin = await batchAll(ctx.sp, (b) => [
          list(b, 'reports').items.getById(reportId).update({ ApprovalState: 'pending', Revision: lastRevision }),
          logRequest(b, reportId, 'submitted', user, stored.submittedAt, stored.comment ?? '', lastRevision)
        ]);
        if (fin.kind !== 'ok') return fin;
        return ok(stored);
      }
    }
    const revision = Math.max(editable.revision, lastRevision) + 1;
    const at = ctx.now().toISOString();
    const snapshot: IReportSnapshot = {
      report,
      revision,
      submittedBy: user,
      submittedAt: at,
      approval: 'pending',
      ...(comment ? { comment } : {})
    };
    const { objectKey, period } = report.header;
    // The snapshot is written first; its RowKey (report id + revision) is unique, so it is never frozen twice.
    const r = await batchAll(ctx.sp, (b) => [
      addItem(b, 'snapshots', objectKey, {
        Title: `${objectKey} ${period.year} Q${period.quarter} r${revision}`,
        RowKey: `${reportId}/r${revision}`,
        ReportId: reportId,
        ObjectKey: objectKey,
        PeriodYear: period.year,
        PeriodQuarter: period.quarter,
        Revision: revision,
        SnapshotJson: JSON.stringify(snapshot),
        SummaryJson: JSON.stringify(summarizeReport(snapshot.report)),
        SubmittedByName: user.displayName,
        SubmittedAt: at
      }),
      list(b, 'reports').items.getById(reportId).update({ ApprovalState: 'pending', Revision: revision }),
      logRequest(b, reportId, 'submitted', user, at, comment ?? '', revision)
    ]);
    if (r.kind !== 'ok') return r;
    return ok(snapshot);
  });
}

export function decideReport(
  ctx: IRepositoryContext,
  reportId: number,
  action: 'approved' | 'returned',
  comment: string
): Promise<RepositoryResult<IReportSnapshot>> {
  return guard(async () => {
    const r = await batchAll<[SnapshotRow[], UserRow]>(ctx.sp, (b) => [
      list(b, 'snapshots')
        .items.filter(`ReportId eq ${reportId}`)
        .select(...snapshotSelect())
        .expand('Editor')
        .orderBy('Revision', false)
        .top(1)(),
      b.web.currentUser.select('Title', 'Email')()
    ]);
    if (r.kind !== 'ok') return r;
    const [snaps, me] = r.value;
    const user = personFrom(me.Title, me.Email);
    ctx.currentUser.set('me', user);
    if (snaps.length === 0) return notFound();
    const snapRow = snaps[0];
    if (num(snapRow.OData__ModerationStatus) !== MODERATION.pending) return invalidState();
    const at = ctx.now().toISOString();
    const snapshot = snapshotFrom(snapRow);
    const revision = snapshot.revision;
    const decided: IReportSnapshot = {
      ...snapshot,
      report: { ...snapshot.report, header: { ...snapshot.report.header, approval: action } },
      approval: action,
      approvedBy: user,
      approvedAt: at,
      comment
    };
    const w = await batchAll(ctx.sp, (b) => {
      const reqs: Promise<unknown>[] = [
        list(b, 'snapshots')
          .items.getById(snapRow.Id)
          .validateUpdateListItem([
            { FieldName: '_ModerationStatus', FieldValue: String(action === 'approved' ? MODERATION.approved : MODERATION.denied) },
            { FieldName: '_ModerationComments', FieldValue: comment }
          ])
          .then((res) => {
            const bad = res.find((f) => f.HasException);
            if (bad) throw Object.assign(new Error(bad.ErrorMessage ?? 'validateUpdateListItem failed'), { status: 403 });
            return res;
          }),
        list(b, 'reports').items.getById(reportId).update({ ApprovalState: action })
      ];
      // The trend reads approved snapshots; approvers have no write on the working rows.
      reqs.push(logRequest(b, reportId, action, user, at, comment, revision));
      return reqs;
    });
    if (w.kind !== 'ok') return w;
    return ok(decided);
  });
}
