/**
 * A board meeting's pack on screen and on paper: a summary table first (object, period, overall
 * status and dimensions, what changed since the board last saw it, due or overdue), then the
 * open assignments with their answers, then each approved report in full.
 */
import * as React from 'react';
import { JUDGEMENT_TARGETS, judgementOf, judgementsOf } from '../../domain/judgement';
import { message } from '../../messages';
import { judgementTargetLabel } from '../Judgement/judgementLabels';
import { AssessmentBadge, assessmentLabel } from '../shared/assessment';
import { LocaleFormatter } from '../shared/format';
import { StatusCard } from '../StatusCard';
import { DueBadge } from './DueBadge';
import type { IMeetingPack, IPackEntry } from './packData';
import { ReportingBackList } from './ReportingBackList';
import styles from './Board.module.scss';

function changeText(entry: IPackEntry): string {
  if (!entry.snapshot) return '–';
  if (!entry.hasPrevious) return message('boardUi.pack.firstReport');
  if (entry.changes.length === 0) return message('boardUi.pack.unchanged');
  return entry.changes.map((c) => message('boardUi.pack.change', [judgementTargetLabel(c.target), assessmentLabel(c.from), assessmentLabel(c.to)])).join('; ');
}

export function PackView(props: { readonly pack: IMeetingPack; readonly locale: string }): JSX.Element {
  const { pack } = props;
  const formatter = React.useMemo(() => new LocaleFormatter(props.locale), [props.locale]);
  const withAnswers = pack.entries.filter((e) => e.snapshot && (e.snapshot.report.reportingBack ?? []).length > 0);
  const title = pack.meeting
    ? message('boardUi.pack.titleMeeting', [formatter.quarter(pack.period), pack.meeting.title, formatter.date(pack.meeting.date)])
    : message('boardUi.pack.title', [formatter.quarter(pack.period)]);
  return (
    <article className={styles.pack} aria-labelledby="gits-pack-title" data-testid="meeting-pack">
      <h2 id="gits-pack-title" className={styles.heading}>
        {title}
      </h2>
      <section aria-labelledby="gits-pack-summary">
        <h3 id="gits-pack-summary" className={styles.subheading}>
          {message('boardUi.pack.summary')}
        </h3>
        <div className={styles.tableScroller}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{message('report.field.object')}</th>
                <th scope="col">{message('portfolio.column.period')}</th>
                {JUDGEMENT_TARGETS.map((t) => (
                  <th scope="col" key={t}>
                    {judgementTargetLabel(t)}
                  </th>
                ))}
                <th scope="col">{message('boardUi.pack.changed')}</th>
                <th scope="col">{message('boardUi.pack.due')}</th>
              </tr>
            </thead>
            <tbody>
              {pack.entries.map((e) => {
                const judgements = e.snapshot ? judgementsOf(e.snapshot.report) : undefined;
                return (
                  <tr key={e.object.key} data-object={e.object.key}>
                    <th scope="row">{e.object.title}</th>
                    <td>{e.snapshot ? formatter.quarter(e.snapshot.report.header.period) : message('boardUi.pack.noReport')}</td>
                    {JUDGEMENT_TARGETS.map((t) => (
                      <td key={t}>{judgements ? <AssessmentBadge assessment={judgementOf(judgements, t).status} /> : '–'}</td>
                    ))}
                    <td>{changeText(e)}</td>
                    <td>
                      <DueBadge due={e.due} formatter={formatter} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="gits-pack-assignments">
        <h3 id="gits-pack-assignments" className={styles.subheading}>
          {message('boardUi.pack.assignments')}
        </h3>
        {withAnswers.length === 0 ? <p>{message('boardUi.reportingBack.none')}</p> : undefined}
        {withAnswers.map((e) => (
          <section key={e.object.key} aria-label={e.object.title} data-object={e.object.key}>
            <h4 className={styles.subheading}>{e.object.title}</h4>
            <ReportingBackList items={e.snapshot?.report.reportingBack ?? []} formatter={formatter} />
          </section>
        ))}
      </section>
      {pack.entries.map((e) =>
        e.snapshot ? (
          <div key={e.object.key} className={styles.packReport}>
            <StatusCard snapshot={e.snapshot} locale={props.locale} wordExport={false} />
          </div>
        ) : undefined
      )}
    </article>
  );
}
