import * as React from 'react';
import type { ApprovalAction, IApprovalLogEntry } from '../../domain/model';
import styles from './Approval.module.scss';
import { message } from '../../messages';

const ACTION_LABEL: Record<ApprovalAction, () => string> = {
  submitted: () => message('approval.log.submitted'),
  approved: () => message('approval.state.approved'),
  returned: () => message('approval.log.returned'),
  reopened: () => message('approval.log.reopened')
};

/** "26 nov. 2026 14:05" in the UI locale; a text that is not a timestamp is shown as is. */
export function formatTimestamp(iso: string, locale: string): string {
  const time = Date.parse(iso);
  if (isNaN(time)) {
    return iso;
  }
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(
    new Date(time)
  );
}

export interface IApprovalHistoryProps {
  readonly log: readonly IApprovalLogEntry[];
  readonly locale: string;
}

/** The approval log, newest first: what, who, when, which version, and the comment. */
export function ApprovalHistory(props: IApprovalHistoryProps): JSX.Element {
  const entries = props.log.slice().reverse();
  return (
    <section aria-labelledby="gits-approval-history-title" className={styles.history}>
      <h3 id="gits-approval-history-title">{message('approval.log.title')}</h3>
      {entries.length === 0 ? (
        <p>{message('approval.log.empty')}</p>
      ) : (
        <ol reversed>
          {entries.map((entry, i) => (
            <li key={`${entry.at}-${i}`} data-action={entry.action}>
              <strong>{message('approval.log.entryBy', [ACTION_LABEL[entry.action](), entry.by.displayName])}</strong>
              {', '}
              <time dateTime={entry.at}>{formatTimestamp(entry.at, props.locale)}</time>
              {entry.revision > 0 ? `, ${message('approval.log.revision', [entry.revision])}` : ''}
              {entry.comment ? <blockquote>{entry.comment}</blockquote> : undefined}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
