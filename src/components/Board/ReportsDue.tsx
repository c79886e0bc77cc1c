/**
 * The reports the user's team has to hand in, with when each is due (the Teams personal app:
 * "what do I have to do"). Status as icon and words.
 */
import * as React from 'react';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { message } from '../../messages';
import { useReportsDueForEditor, type IObjectDue } from '../../services/reportsDueHooks';
import { useServices } from '../../services/ServicesContext';
import { LightButton, LightMessage } from '../ReportView/lightControls';
import { LocaleFormatter } from '../shared/format';
import { DueBadge } from './DueBadge';
import styles from './Board.module.scss';

export interface IReportsDueListProps {
  readonly dues: readonly IObjectDue[];
  readonly locale: string;
  readonly onOpenReport: (objectKey: string) => void;
}

export function ReportsDueList(props: IReportsDueListProps): JSX.Element {
  const formatter = React.useMemo(() => new LocaleFormatter(props.locale), [props.locale]);
  if (props.dues.length === 0) return <></>;
  return (
    <section className={styles.board} aria-labelledby="gits-reports-due-heading" data-testid="reports-due">
      <h2 id="gits-reports-due-heading" className={styles.heading}>
        {message('boardUi.due.yourReports')}
      </h2>
      <ul className={styles.items}>
        {props.dues.map((d) => (
          <li key={d.objectKey} data-object={d.objectKey}>
            <p className={styles.assignmentText}>
              <button type="button" className={styles.linkButton} onClick={() => props.onOpenReport(d.objectKey)}>
                {d.objectTitle}
              </button>
            </p>
            <DueBadge due={d.due} formatter={formatter} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The list for the signed-in user, read from SharePoint (nothing for someone who edits no object). */
export function ReportsDue(props: { readonly onOpenReport: (objectKey: string) => void }): JSX.Element {
  const { locale } = useServices();
  const dues = useReportsDueForEditor();
  if (dues.status === 'loading') return <Spinner label={message('common.loading')} />;
  if (dues.status === 'error') {
    return (
      <LightMessage kind="error" actions={<LightButton onClick={dues.reload} text={message('common.retry')} />}>
        {dues.errorMessage}
      </LightMessage>
    );
  }
  return <ReportsDueList dues={dues.data} locale={locale} onOpenReport={props.onOpenReport} />;
}
