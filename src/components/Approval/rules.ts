/**
 * Which approval actions the current user is offered, and why one is disabled. This is only
 * guidance in the UI: SharePoint's content approval on the snapshot list is the enforcement
 * (a refused request comes back as `forbidden`).
 */
import type { ApprovalState, IApprovalLogEntry, IPerson, IReportSnapshot } from '../../domain/model';
import type { MessageKey } from '../../messages';

export interface IApprovalContext {
  readonly state: ApprovalState;
  readonly canEdit: boolean;
  readonly canApprove: boolean;
  readonly currentUser: IPerson;
  /** Who submitted the pending snapshot, when known. */
  readonly submittedBy?: IPerson;
  /** The editor has changes not saved to SharePoint. */
  readonly dirty: boolean;
  /** The editor has fields with errors. */
  readonly hasErrors: boolean;
  /** Off by default: GITS requires four eyes. */
  readonly allowSelfApproval?: boolean;
}

export interface IActionRule {
  readonly visible: boolean;
  readonly enabled: boolean;
  /** Loc key explaining why it is disabled. */
  readonly reasonKey?: MessageKey;
}

export interface IApprovalActions {
  readonly submit: IActionRule;
  readonly approve: IActionRule;
  readonly return: IActionRule;
}

/** Same person: by e-mail when both have one (names are not unique), else by display name. */
export function samePerson(a: IPerson | undefined, b: IPerson | undefined): boolean {
  if (!a || !b) {
    return false;
  }
  if (a.email && b.email) {
    return a.email.toLowerCase() === b.email.toLowerCase();
  }
  return a.displayName.trim().toLowerCase() === b.displayName.trim().toLowerCase();
}

export function approvalActions(c: IApprovalContext): IApprovalActions {
  const submitVisible = c.canEdit && (c.state === 'draft' || c.state === 'returned' || c.state === 'approved');
  const submit: IActionRule = !submitVisible
    ? { visible: false, enabled: false }
    : c.hasErrors
      ? { visible: true, enabled: false, reasonKey: 'approval.reason.fixErrors' }
      : c.dirty
        ? { visible: true, enabled: false, reasonKey: 'approval.reason.saveFirst' }
        : { visible: true, enabled: true };
  const decideVisible = c.canApprove && c.state === 'pending';
  const own = !c.allowSelfApproval && samePerson(c.currentUser, c.submittedBy);
  const decide: IActionRule = !decideVisible
    ? { visible: false, enabled: false }
    : own
      ? { visible: true, enabled: false, reasonKey: 'approval.reason.cannotApproveOwn' }
      : { visible: true, enabled: true };
  return { submit, approve: decide, return: decide };
}

function byTime(a: IApprovalLogEntry, b: IApprovalLogEntry): number {
  return a.revision - b.revision || (a.at < b.at ? -1 : a.at > b.at ? 1 : 0);
}

/** The latest entry of the log (by revision, then time), if any. */
export function latestEntry(log: readonly IApprovalLogEntry[], action?: IApprovalLogEntry['action']): IApprovalLogEntry | undefined {
  const entries = log.filter((e) => action === undefined || e.action === action).slice().sort(byTime);
  return entries.length ? entries[entries.length - 1] : undefined;
}

/**
 * The approval state to show. The report header is updated when the web part decides, but an
 * approval made elsewhere (the Power Automate flow, or the list's own Approve/Reject) changes
 * the snapshot's content approval status: an approved snapshot of the latest revision, or a
 * newer log entry, wins over the header.
 */
export function effectiveApprovalState(
  headerState: ApprovalState,
  revision: number,
  log: readonly IApprovalLogEntry[],
  approvedSnapshot?: IReportSnapshot
): ApprovalState {
  // The log may know of a newer submission than the header that was loaded.
  const latestRevision = log.reduce((max, e) => Math.max(max, e.revision), revision);
  if (approvedSnapshot && approvedSnapshot.approval === 'approved' && latestRevision > 0 && approvedSnapshot.revision >= latestRevision) {
    return 'approved';
  }
  const last = latestEntry(log);
  if (last && last.revision >= latestRevision) {
    switch (last.action) {
      case 'submitted':
        return 'pending';
      case 'approved':
        return 'approved';
      case 'returned':
        return 'returned';
      default:
        return headerState;
    }
  }
  return headerState;
}
