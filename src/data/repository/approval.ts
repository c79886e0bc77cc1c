/**
 * Submitting, approving and returning a report. The snapshot list has content approval:
 * a new snapshot is pending, and readers see only approved ones.
 *
 * A decision is checked end to end: the moderation status is set, read back, and only when
 * SharePoint shows the snapshot approved or rejected are the header state and the log entry
 * written. Every step is idempotent (the log entry has a deterministic RowKey), so a decision
 * that stopped anywhere is completed by the next attempt, and the header never says
 * "approved" over a snapshot SharePoint still holds pending.
 */
import type { SPFI } from '@pnp/sp';
import { spPost } from '@pnp/sp';
import { body } from '@pnp/queryable';
import { Item } from '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import type { ApprovalAction, IPerson, IReportSnapshot, IStatusReport } from '../../domain/model';
import type { RepositoryError, RepositoryResult } from './IStatusReportRepository';
import { batchAll, batchSettled, ok } from './batch';
import { PAGE, list, type IRepositoryContext } from './context';
import { errorStatus, guard, invalidState, notFound, toRepositoryError } from './errors';
import { loadFull } from './read/editable';
import { snapshotFrom } from './read/approved';
import type { Row } from './rows/mapping';
import { selectOf, snapshotSelect } from './rows/select';
import type { ApprovalLogRow, ReportHeaderRow, SnapshotRow, UserRow } from './rows/types';
import { ITEMS_ONLY, MODERATION, num, personFrom } from './rows/values';
import { addItem, webServerRelativeUrl } from './write/addItem';
import { inObjectFolder } from '../schema/security';
import { statusJsonOf, summarizeReport } from '../../domain/snapshot';
import { validateReportingBack } from '../../domain/board/validation';

/** RowKey of a log entry: an action on a revision is logged once. */
export function logRowKey(reportId: number, revision: number, action: ApprovalAction): string {
  return `${reportId}/r${revision}/${action}`;
}

interface ILogEntry {
  readonly reportId: number;
  readonly action: ApprovalAction;
  readonly user: IPerson;
  readonly at: string;
  readonly comment: string;
  readonly revision: number;
}

/** Adds a log entry; one that exists already (same RowKey, refused as a duplicate) counts as written. */
function logRequest(b: SPFI, e: ILogEntry): Promise<unknown> {
  return addItem(b, 'approvalLog', undefined, {
    Title: `${e.action} r${e.revision}`,
    RowKey: logRowKey(e.reportId, e.revision, e.action),
    ReportId: e.reportId,
    Action: e.action,
    ActorName: e.user.displayName,
    ActorEmail: e.user.email ?? null,
    ActionAt: e.at,
    LogComment: e.comment,
    Revision: e.revision
  }).catch((error: unknown) => {
    if (toRepositoryError(error).kind !== 'alreadyExists') throw error;
    return undefined;
  });
}

/**
 * Whether the step is logged by the one who took it. Every team adds to the log, so an entry
 * counts only when SharePoint names its author (`AuthorId`, set by the server) as the user who
 * submitted the snapshot or decided it, or as the current user (who completes a step someone
 * began); an entry another team wrote for this report changes nothing. Entries written before the log had RowKeys are recognised by action and revision.
 */
function isLogged(log: readonly ApprovalLogRow[], reportId: number, revision: number, action: ApprovalAction, authors: readonly (number | undefined)[]): boolean {
  return log.some(
    (e) =>
      e.AuthorId !== undefined &&
      authors.indexOf(e.AuthorId) >= 0 &&
      (e.RowKey === logRowKey(reportId, revision, action) || (e.Action === action && num(e.Revision) === revision))
  );
}

/** Snapshot rows of `objectKey`'s report that SharePoint holds in that object's folder (or the list root), in the order read. */
function ownSnapshots<T extends SnapshotRow>(sp: SPFI, rows: readonly T[], objectKey: string): T[] {
  const web = webServerRelativeUrl(sp);
  return rows.filter((r) => String(r.ObjectKey ?? '') === objectKey && inObjectFolder(web, 'snapshots', r.FileDirRef, objectKey));
}

async function me(ctx: IRepositoryContext): Promise<IPerson> {
  const known = ctx.currentUser.get('me');
  if (known) return known;
  const u: UserRow = await ctx.sp.web.currentUser.select('Title', 'Email')();
  const user = personFrom(u.Title, u.Email);
  ctx.currentUser.set('me', user);
  return user;
}

const LOG_SELECT = (): string[] => selectOf('approvalLog', 'Id', 'RowKey', 'Action', 'Revision', 'AuthorId');

/** The snapshot item of a revision. */
function snapshotItem(reportId: number, snapshot: IReportSnapshot): Row {
  const { objectKey, period } = snapshot.report.header;
  return {
    Title: `${objectKey} ${period.year} Q${period.quarter} r${snapshot.revision}`,
    RowKey: `${reportId}/r${snapshot.revision}`,
    ReportId: reportId,
    ObjectKey: objectKey,
    PeriodYear: period.year,
    PeriodQuarter: period.quarter,
    Revision: snapshot.revision,
    SnapshotJson: JSON.stringify(snapshot),
    SummaryJson: JSON.stringify(summarizeReport(snapshot.report)),
    StatusJson: statusJsonOf(snapshot.report),
    SubmittedByName: snapshot.submittedBy.displayName,
    SubmittedAt: snapshot.submittedAt
  };
}

/**
 * Submit: the header claims the next revision first (If-Match on the version just read, so two
 * submits cannot take the same revision), then the snapshot is frozen and the step logged. A
 * submit that stopped after its claim or after its snapshot is finished by the next submit.
 */
export function submitReport(ctx: IRepositoryContext, reportId: number, comment?: string): Promise<RepositoryResult<IReportSnapshot>> {
  return guard(async () => {
    const loaded = await loadFull(ctx, reportId, false);
    if (loaded.kind !== 'ok') return loaded;
    // Every assignment the report reports back on needs an answer before the board sees it (the editor shows which).
    const stored = loaded.value.editable.report;
    if (validateReportingBack(stored.reportingBack, stored.header.period).length > 0) return invalidState();
    const read = await batchAll<[SnapshotRow[], ApprovalLogRow[], UserRow]>(ctx.sp, (b) => [
      // Every revision (a report has a few): one from another object's folder must not count as the latest.
      list(b, 'snapshots')
        .items.filter(`ReportId eq ${reportId} and ${ITEMS_ONLY}`)
        .select(...selectOf('snapshots', 'Id', 'Revision', 'SnapshotJson', 'OData__ModerationStatus', 'ObjectKey', 'FileDirRef', 'AuthorId'))
        .orderBy('Revision', false)
        .top(PAGE)(),
      list(b, 'approvalLog').items.filter(`ReportId eq ${reportId}`).select(...LOG_SELECT()).top(PAGE)(),
      b.web.currentUser.select('Id')()
    ]);
    if (read.kind !== 'ok') return read;
    const [allRevisions, log, meRow] = read.value;
    const latest = ownSnapshots(ctx.sp, allRevisions, stored.header.objectKey);
    const user = await me(ctx);
    const { editable } = loaded.value;
    const report: IStatusReport = { ...editable.report, header: { ...editable.report.header, approval: 'pending' } };
    const last = latest[0];
    const lastRevision = last ? num(last.Revision) : 0;
    const freeze = (revision: number): IReportSnapshot => ({
      report,
      revision,
      submittedBy: user,
      submittedAt: ctx.now().toISOString(),
      approval: 'pending',
      ...(comment ? { comment } : {})
    });
    const logOf = (s: IReportSnapshot): ILogEntry => ({ reportId, action: 'submitted', user: s.submittedBy, at: s.submittedAt, comment: s.comment ?? '', revision: s.revision });
    const claimed = editable.report.header.approval === 'pending' && editable.revision > 0;
    if (claimed && last && lastRevision === editable.revision && num(last.OData__ModerationStatus) === MODERATION.pending) {
      const stored = JSON.parse(String(last.SnapshotJson)) as IReportSnapshot;
      if (JSON.stringify(stored.report) === JSON.stringify(report)) {
        // Submitted already (perhaps without its log entry): the same submit again changes nothing else.
        if (!isLogged(log, reportId, lastRevision, 'submitted', [last.AuthorId, meRow.Id])) {
          const fin = await batchAll(ctx.sp, (b) => [logRequest(b, logOf(stored))]);
          if (fin.kind !== 'ok') return fin;
        }
        return ok(stored);
      }
    }
    if (claimed && lastRevision < editable.revision) {
      // The header claimed this revision but its snapshot was never written: freeze it now.
      const snapshot = freeze(editable.revision);
      const fin = await batchAll(ctx.sp, (b) => [
        addItem(b, 'snapshots', report.header.objectKey, snapshotItem(reportId, snapshot)),
        ...(isLogged(log, reportId, snapshot.revision, 'submitted', [meRow.Id]) ? [] : [logRequest(b, logOf(snapshot))])
      ]);
      if (fin.kind !== 'ok') return fin;
      return ok(snapshot);
    }
    const snapshot = freeze(Math.max(editable.revision, lastRevision) + 1);
    try {
      await list(ctx.sp, 'reports').items.getById(reportId).update({ ApprovalState: 'pending', Revision: snapshot.revision }, editable.version);
    } catch (e) {
      if (errorStatus(e) !== 412) throw e;
      const theirs = await loadFull(ctx, reportId, false);
      if (theirs.kind !== 'ok') return theirs;
      return { kind: 'conflict', messageKey: 'data.error.conflict', mine: editable.report, theirs: theirs.value.editable };
    }
    const r = await batchAll(ctx.sp, (b) => [
      addItem(b, 'snapshots', report.header.objectKey, snapshotItem(reportId, snapshot)),
      logRequest(b, logOf(snapshot))
    ]);
    if (r.kind !== 'ok') return r;
    return ok(snapshot);
  });
}

interface IFormResult {
  readonly FieldName: string;
  readonly HasException: boolean;
  readonly ErrorCode?: number;
  readonly ErrorMessage?: string;
}

/**
 * Sets the moderation status with the approver's name and time in one ValidateUpdateListItem.
 * `datesInUTC` lets the date travel as ISO 8601 rather than in the site's locale format
 * (SharePoint Online's ValidateUpdateListItem parameter, pnp/pnpjs#3336).
 */
async function setModeration(
  ctx: IRepositoryContext,
  snapshotId: number,
  action: 'approved' | 'returned',
  comment: string,
  user: IPerson,
  at: string
): Promise<RepositoryError | undefined> {
  const item = list(ctx.sp, 'snapshots').items.getById(snapshotId);
  const formValues = [
    { FieldName: '_ModerationStatus', FieldValue: String(action === 'approved' ? MODERATION.approved : MODERATION.denied) },
    { FieldName: '_ModerationComments', FieldValue: comment },
    { FieldName: 'ApprovedAt', FieldValue: at },
    { FieldName: 'ApprovedByName', FieldValue: user.displayName }
  ];
  const res: IFormResult[] = await spPost(Item(item, 'validateupdatelistitem'), body({ formValues, bNewDocumentUpdate: false, datesInUTC: true }));
  const bad = res.find((f) => f.HasException);
  if (bad) {
    return { kind: 'unexpected', messageKey: 'data.error.unexpected', detail: `${bad.FieldName}: ${String(bad.ErrorCode)} ${bad.ErrorMessage ?? ''}`.slice(0, 500) };
  }
  return undefined;
}

export function decideReport(
  ctx: IRepositoryContext,
  reportId: number,
  action: 'approved' | 'returned',
  comment: string
): Promise<RepositoryResult<IReportSnapshot>> {
  return guard(async () => {
    const r = await batchAll<[SnapshotRow[], ReportHeaderRow, ApprovalLogRow[], UserRow]>(ctx.sp, (b) => [
      // Every revision (a report has a few): one from another object's folder must not count as the newest.
      list(b, 'snapshots')
        .items.filter(`ReportId eq ${reportId} and ${ITEMS_ONLY}`)
        .select(...snapshotSelect(), 'FileDirRef', 'EditorId')
        .expand('Editor')
        .orderBy('Revision', false)
        .top(PAGE)(),
      list(b, 'reports').items.getById(reportId).select(...selectOf('reports', 'Id', 'ApprovalState', 'Revision', 'ObjectKey', 'FileDirRef'))(),
      list(b, 'approvalLog').items.filter(`ReportId eq ${reportId}`).select(...LOG_SELECT()).top(PAGE)(),
      b.web.currentUser.select('Id', 'Title', 'Email')()
    ]);
    if (r.kind !== 'ok') return r;
    const [allRevisions, header, log, meRow] = r.value;
    const user = personFrom(meRow.Title, meRow.Email);
    ctx.currentUser.set('me', user);
    // Only a header in its object's folder is that object's report, and only snapshots from that folder are its revisions.
    const objectKey = String(header.ObjectKey ?? '');
    if (!inObjectFolder(webServerRelativeUrl(ctx.sp), 'reports', header.FileDirRef, objectKey)) return notFound();
    const snaps = ownSnapshots(ctx.sp, allRevisions, objectKey);
    if (snaps.length === 0) return notFound();
    let row = snaps[0];
    const wasPending = num(row.OData__ModerationStatus) === MODERATION.pending;
    if (wasPending) {
      const failed = await setModeration(ctx, row.Id, action, comment, user, ctx.now().toISOString());
      if (failed) return failed;
      // Read back: a call answered without error is not proof that the status changed.
      const back: SnapshotRow = await list(ctx.sp, 'snapshots').items.getById(row.Id).select(...snapshotSelect(), 'FileDirRef', 'EditorId').expand('Editor')();
      row = back;
      if (num(row.OData__ModerationStatus) === MODERATION.pending) return { kind: 'approvalNotApplied', messageKey: 'data.error.approvalNotApplied' };
    }
    const status = num(row.OData__ModerationStatus);
    const decision: 'approved' | 'returned' | undefined =
      status === MODERATION.approved ? 'approved' : status === MODERATION.denied ? 'returned' : undefined;
    if (decision === undefined) return invalidState();
    const revision = num(row.Revision);
    const snapshot = snapshotFrom(row);
    const headerDone = header.ApprovalState === decision && num(header.Revision) === revision;
    // The decision's entry is the one written by whoever set it (SharePoint makes them the snapshot's Editor).
    const logged = isLogged(log, reportId, revision, decision, [row.EditorId, meRow.Id]);
    // Nothing left to finish: the same decision repeated is answered as done, another one refused.
    if (!wasPending && headerDone && logged) return decision === action ? ok(snapshot) : invalidState();
    const w = await batchSettled(ctx.sp, (b) => [
      ...(headerDone ? [] : [list(b, 'reports').items.getById(reportId).update({ ApprovalState: decision, Revision: revision })]),
      ...(logged
        ? []
        : [
            logRequest(b, {
              reportId,
              action: decision,
              user: snapshot.approvedBy ?? user,
              at: snapshot.approvedAt ?? ctx.now().toISOString(),
              comment: snapshot.comment ?? '',
              revision
            })
          ])
    ]);
    if (w.kind !== 'ok') return w;
    const failedWrite = w.value.find((s) => !s.ok);
    if (failedWrite && !failedWrite.ok) return toRepositoryError(failedWrite.error);
    // Someone else decided this revision the other way: their decision is now complete, ours is not possible.
    if (decision !== action) return invalidState();
    return ok(snapshot);
  });
}
