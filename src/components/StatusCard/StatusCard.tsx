import * as React from 'react';
import type { IKpiSeries, IReportSnapshot, ITextItem } from '../../domain/model';
import { CollapsibleSection } from '../CollapsibleSection';
import { ExportToWordButton } from '../DocxExport/ExportToWordButton';
import { AssessmentBadge } from '../shared/assessment';
import { JudgementSummary, StatusHistory } from '../Judgement';
import { judgementsOf, type IStatusHistoryPoint } from '../../domain/judgement';
import { LocaleFormatter } from '../shared/format';
import { LinkedText } from '../shared/LinkedText';
import { ReportingBackList } from '../Board/ReportingBackList';
import type { IReportDue, IReportingBackItem } from '../../domain/board/model';
import { DueBadge } from '../Board/DueBadge';
import sharedStyles from '../shared/shared.module.scss';
import { definitionFor, formatKpiValue, keyFigures, kpiRowView, unitOf } from './kpiRows';
import styles from './StatusCard.module.scss';
import { message } from '../../messages';

export interface IStatusCardProps {
  readonly snapshot: IReportSnapshot;
  readonly locale: string;
  /** The KPI trend chart, placed where the Word report has its diagram (after the tables). */
  readonly chart?: React.ReactNode;
  /** Navigation/comparison controls shown under the title (hidden in print). */
  readonly toolbar?: React.ReactNode;
  /**
   * The series the trend chart draws, written as the chart's data table in the Word export.
   * When omitted, the `series` prop of the `chart` element is used (a KpiTrendChart).
   */
  readonly chartSeries?: readonly IKpiSeries[];
  /** The overall status of the object's last approved quarters (this one last), shown under the judgement. */
  readonly statusHistory?: readonly IStatusHistoryPoint[];
  /** Offer "Exportera till Word" in the toolbar; by default when the card has a toolbar (the report view's). */
  readonly wordExport?: boolean;
  /** When the object's next report is due (from the governance calendar); not shown when absent. */
  readonly nextReportDue?: IReportDue;
  /** Shown under each reported-back assignment (its answers quarter by quarter). */
  readonly renderAssignmentHistory?: (item: IReportingBackItem) => React.ReactNode;
}

/** The `series` the chart element was given, when it is an element with such a prop (KpiTrendChart). */
export function seriesOfChart(chart: React.ReactNode): readonly IKpiSeries[] | undefined {
  if (!React.isValidElement(chart)) return undefined;
  const series = (chart.props as { series?: unknown }).series;
  return Array.isArray(series) ? (series as readonly IKpiSeries[]) : undefined;
}

/** Bullet points with sub-points, rendered as text (React escapes; nothing is parsed as HTML). */
export function TextItemList(props: { readonly items: readonly ITextItem[] }): JSX.Element {
  if (!props.items.length) return <p className={styles.empty}>{message('common.nothingReported')}</p>;
  return (
    <ul className={styles.list}>
      {props.items.map((item, index) => (
        <li key={index}>
          <LinkedText text={item.text} />
          {item.subItems.length > 0 && (
            <ul>
              {item.subItems.map((sub, subIndex) => (
                <li key={subIndex}>
                  <LinkedText text={sub} />
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * The status card: the latest approved report in the Word report's order and headings,
 * with a summary on top. Every text is the author's, rendered as text.
 */
export function StatusCard(props: IStatusCardProps): JSX.Element {
  const { snapshot } = props;
  const report = snapshot.report;
  const header = report.header;
  const formatter = React.useMemo(() => new LocaleFormatter(props.locale), [props.locale]);
  const idBase = `sr-${header.objectKey}-${header.period.year}-q${header.period.quarter}`;
  // Formatted once per snapshot and locale, not on every render (toolbar state, chart toggles).
  const rows = React.useMemo(() => report.kpis.map((entry) => kpiRowView(report, entry, formatter)), [report, formatter]);
  const staffing = report.staffing;
  const thisYear = String(header.period.year);
  const lastYear = String(header.period.year - 1);
  const figureRef = React.useRef<HTMLElement>(null);
  const wordExport = props.wordExport ?? props.toolbar !== undefined;
  const judgements = React.useMemo(() => judgementsOf(report), [report]);

  return (
    <article className={styles.card} aria-labelledby={`${idBase}-title`}>
      <header className={styles.header}>
        <h2 id={`${idBase}-title`} className={styles.title}>
          <span className={styles.objectTitle}>{header.objectTitle}</span>
          <span className={styles.period}>{formatter.period(header.period)}</span>
        </h2>
        {(props.toolbar || wordExport) && (
          <div className={styles.toolbar}>
            {props.toolbar}
            {wordExport && (
              <ExportToWordButton
                report={report}
                locale={props.locale}
                chartSeries={props.chartSeries ?? seriesOfChart(props.chart)}
                findChartCanvas={() => figureRef.current?.querySelector('canvas') ?? undefined}
              />
            )}
          </div>
        )}
      </header>

      <section className={styles.summary} aria-label={message('card.summary')} data-section="summary">
        <JudgementSummary judgements={judgements} idBase={idBase} />
        <dl className={styles.keyFigures}>
          {keyFigures(report).map((entry) => {
            const definition = definitionFor(report, entry.definitionKey);
            const row = kpiRowView(report, entry, formatter);
            return (
              <div key={entry.definitionKey} className={styles.keyFigure}>
                <dt>{definition.label}</dt>
                <dd>
                  <span className={styles.keyValue}>{formatKpiValue(entry.current, unitOf(definition, entry.current), formatter)}</span>
                  {row.difference && (
                    <span className={styles.keyChange}>
                      {message('card.changeSinceLastYear', [row.change ?? row.difference])}
                    </span>
                  )}
                </dd>
              </div>
            );
          })}
          <div className={styles.keyFigure}>
            <dt>{message('approval.heading')}</dt>
            <dd>{approvalText(snapshot, formatter)}</dd>
          </div>
          {props.nextReportDue ? (
            <div className={styles.keyFigure} data-testid="next-report-due">
              <dt>{message('boardUi.due.nextReport')}</dt>
              <dd>
                <DueBadge due={props.nextReportDue} formatter={formatter} />
              </dd>
            </div>
          ) : undefined}
        </dl>
        {props.statusHistory ? <StatusHistory points={props.statusHistory} formatter={formatter} idBase={idBase} /> : undefined}
      </section>

      <CollapsibleSection id={`${idBase}-coordinator`} title={message('report.section.coordinator')}>
        <p>{header.coordinator.displayName}</p>
      </CollapsibleSection>

      <CollapsibleSection id={`${idBase}-mission`} title={message('report.section.mission')}>
        <p className={styles.prose}>
          <LinkedText text={header.mission} />
        </p>
      </CollapsibleSection>

      <CollapsibleSection id={`${idBase}-events`} title={message('report.section.events')}>
        <TextItemList items={report.events} />
      </CollapsibleSection>

      <CollapsibleSection id={`${idBase}-kpis`} title={message('report.section.kpis')}>
        <div className={styles.tableScroller}>
          <table className={styles.table}>
            {report.kpiSectionTitle && <caption>{report.kpiSectionTitle}</caption>}
            <thead>
              <tr>
                <th scope="col">{message('report.kpi.area')}</th>
                <th scope="col">{thisYear}</th>
                <th scope="col">{lastYear}</th>
                <th scope="col">{message('report.kpi.difference')}</th>
                <th scope="col">{message('report.kpi.change')}</th>
                <th scope="col">{message('report.kpi.comment')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} data-kpi={row.key}>
                  <th scope="row">{row.label}</th>
                  <td className={styles.value}>{row.current}</td>
                  <td className={styles.value}>{row.previous}</td>
                  <td className={styles.value}>
                    {row.difference ?? <NotComparable periodsDiffer={row.periodsDiffer} />}
                  </td>
                  <td className={styles.value}>{row.change ?? <NotComparable periodsDiffer={row.periodsDiffer} />}</td>
                  <td>
                    <LinkedText text={row.comment} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </CollapsibleSection>

      <CollapsibleSection id={`${idBase}-meetings`} title={message('report.section.meetings')}>
        <div className={styles.tableScroller}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{message('report.meeting.type')}</th>
                <th scope="col">{message('report.meeting.frequency', [thisYear])}</th>
                <th scope="col">{message('report.meeting.frequency', [lastYear])}</th>
                <th scope="col">{message('report.meeting.purpose')}</th>
              </tr>
            </thead>
            <tbody>
              {report.meetings.map((meeting, index) => (
                <tr key={index}>
                  <th scope="row">{meeting.type}</th>
                  <td>{meeting.current}</td>
                  <td>{meeting.previous}</td>
                  <td>
                    <LinkedText text={meeting.purpose} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {(props.chart || report.chartCaption) && (
          <figure className={styles.figure} ref={figureRef}>
            {props.chart}
            {report.chartCaption && (
              <figcaption>
                <LinkedText text={report.chartCaption} />
              </figcaption>
            )}
          </figure>
        )}
      </CollapsibleSection>

      <CollapsibleSection id={`${idBase}-problems`} title={message('report.section.problems')}>
        <TextItemList items={report.problems} />
      </CollapsibleSection>

      <CollapsibleSection id={`${idBase}-activities`} title={message('report.section.activities')}>
        <TextItemList items={report.activities} />
      </CollapsibleSection>

      <CollapsibleSection id={`${idBase}-economy`} title={message('report.section.economy')}>
        <p>
          <span className={styles.inlineLabel}>{message('report.economy.assessment')}: </span>
          <AssessmentBadge assessment={report.economy.assessment} />
        </p>
        <TextItemList items={report.economy.items} />
      </CollapsibleSection>

      <CollapsibleSection id={`${idBase}-staffing`} title={message('report.section.staffing')}>
        {(staffing.fteStart !== undefined || staffing.fteEnd !== undefined) && (
          <p className={styles.staffing} data-testid="staffing-change">
            <span className={styles.inlineLabel}>{message('report.staffing.fte')}: </span>
            <span>{staffingChange(staffing.fteStart, staffing.fteEnd, formatter)}</span>
          </p>
        )}
        <TextItemList items={staffing.items} />
      </CollapsibleSection>

      <CollapsibleSection id={`${idBase}-communication`} title={message('report.section.communication')}>
        <TextItemList items={report.communication} />
      </CollapsibleSection>

      {report.reportingBack && report.reportingBack.length > 0 ? (
        <CollapsibleSection id={`${idBase}-reportingBack`} title={message('boardUi.reportingBack.heading')}>
          <ReportingBackList items={report.reportingBack} formatter={formatter} {...(props.renderAssignmentHistory ? { renderHistory: props.renderAssignmentHistory } : {})} />
        </CollapsibleSection>
      ) : undefined}

      <footer className={styles.footer} data-section="approval">
        <h3 className={styles.footerHeading}>{message('approval.heading')}</h3>
        <p>{approvalText(snapshot, formatter)}</p>
        <p className={styles.meta}>
          {message('card.submittedByOn', [snapshot.submittedBy.displayName, formatter.date(snapshot.submittedAt), snapshot.revision])}
        </p>
      </footer>
    </article>
  );
}

function NotComparable(props: { readonly periodsDiffer: boolean }): JSX.Element {
  const explanation = props.periodsDiffer ? message('report.kpi.notComparablePeriods') : message('report.kpi.notComparable');
  return (
    <span title={explanation}>
      <span aria-hidden={true}>–</span>
      <span className={sharedStyles.visuallyHidden}>{explanation}</span>
    </span>
  );
}

/** "6 → 4 (−2)"; one side alone when only one is known. */
export function staffingChange(start: number | undefined, end: number | undefined, formatter: LocaleFormatter): string {
  if (start === undefined || end === undefined) {
    return formatter.number((start ?? end) as number);
  }
  const change = end - start;
  const base = `${formatter.number(start)} → ${formatter.number(end)}`;
  return change === 0 ? base : `${base} (${formatter.signedDifference(change, '')})`;
}

function approvalText(snapshot: IReportSnapshot, formatter: LocaleFormatter): string {
  if (snapshot.approval === 'approved' && snapshot.approvedBy && snapshot.approvedAt) {
    return message('card.approvedByOn', [snapshot.approvedBy.displayName, formatter.date(snapshot.approvedAt)]);
  }
  if (snapshot.approval === 'approved') return message('approval.state.approved');
  return message('card.notApproved');
}
