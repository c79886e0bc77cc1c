/**
 * A board meeting's pack on screen and on paper: a summary table first (object, period, overall
 * status and dimensions, what changed since the board last saw it, due or overdue), then the
 * open assignments with their answers, then each approved report in full.
 */
import * as React from 'react';
import type { IPackAssignment, IPackSummaryRow } from '../../domain/board/pack';
import type { IReportingBackItem } from '../../domain/board/model';
import { JUDGEMENT_DIMENSIONS } from '../../domain/model';
import { message } from '../../messages';
import { judgementTargetLabel } from '../Judgement/judgementLabels';
import { AssessmentBadge, assessmentLabel } from '../shared/assessment';
import { LocaleFormatter } from '../shared/format';
import { StatusCard } from '../StatusCard';
import { DueBadge } from './DueBadge';
import type { IMeetingPack } from './packData';
import { ReportingBackList } from './ReportingBackList';
import styles from './Board.module.scss';

function changeText(row: IPackSummaryRow): string {
  if (!row.report) return '–';
  if (row.report.first) return message('boardUi.pack.firstReport');
  if (row.report.changes.length === 0) return message('boardUi.pack.unchanged');
  return row.report.changes.map((c) => message('boardUi.pack.change', [judgementTargetLabel(c.target), assessmentLabel(c.from), assessmentLabel(c.to)])).join('; ');
}

/** An assignment as the pack lists it: the quarter's answer, or the assignment unanswered. */
function asItem(a: IPackAssignment): IReportingBackItem {
  return a.answer ?? { assignmentKey: a.assignment.key, assignment: a.assignment.text, givenFor: a.assignment.givenFor, answerBy: a.assignment.answerBy, answer: '' };
}

/** The pack's assignments by object, in the pack's order. */
function byObject(assignments: readonly IPackAssignment[]): { readonly objectKey: string; readonly title: string; readonly items: IReportingBackItem[] }[] {
  const groups: { objectKey: string; title: string; items: IReportingBackItem[] }[] = [];
  assignments.forEach((a) => {
    let group = groups.find((g) => g.objectKey === a.assignment.objectKey);
    if (!group) {
      group = { objectKey: a.assignment.objectKey, title: a.objectTitle, items: [] };
      groups.push(group);
    }
    group.items.push(asItem(a));
  });
  return groups;
}

export function PackView(props: { readonly pack: IMeetingPack; readonly locale: string }): JSX.Element {
  const { pack, snapshots } = props.pack;
  const formatter = React.useMemo(() => new LocaleFormatter(props.locale), [props.locale]);
  const groups = byObject(pack.assignments);
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
                <th scope="col">{judgementTargetLabel('overall')}</th>
                {JUDGEMENT_DIMENSIONS.map((d) => (
                  <th scope="col" key={d}>
                    {judgementTargetLabel(d)}
                  </th>
                ))}
                <th scope="col">{message('boardUi.pack.changed')}</th>
                <th scope="col">{message('boardUi.pack.due')}</th>
              </tr>
            </thead>
            <tbody>
              {pack.summary.map((row) => (
                <tr key={row.objectKey} data-object={row.objectKey}>
                  <th scope="row">{row.objectTitle}</th>
                  <td>{row.report ? formatter.quarter(pack.period) : message('boardUi.pack.noReport')}</td>
                  <td>{row.report ? <AssessmentBadge assessment={row.report.overall} /> : '–'}</td>
                  {JUDGEMENT_DIMENSIONS.map((d) => (
                    <td key={d}>{row.report ? <AssessmentBadge assessment={row.report.dimensions[d]} /> : '–'}</td>
                  ))}
                  <td>{changeText(row)}</td>
                  <td>
                    <DueBadge due={row.due} formatter={formatter} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="gits-pack-assignments">
        <h3 id="gits-pack-assignments" className={styles.subheading}>
          {message('boardUi.pack.assignments')}
        </h3>
        {groups.length === 0 ? <p>{message('boardUi.reportingBack.none')}</p> : undefined}
        {groups.map((g) => (
          <section key={g.objectKey} aria-label={g.title} data-object={g.objectKey}>
            <h4 className={styles.subheading}>{g.title}</h4>
            <ReportingBackList items={g.items} formatter={formatter} />
          </section>
        ))}
      </section>
      {pack.reports.map((report) => {
        const snapshot = snapshots.get(report.header.objectKey);
        return snapshot ? (
          <div key={report.header.objectKey} className={styles.packReport}>
            <StatusCard snapshot={snapshot} locale={props.locale} wordExport={false} />
          </div>
        ) : undefined;
      })}
    </article>
  );
}
