import * as React from 'react';
import type { IQuarter, IStatusReport } from '../../domain/model';
import { isPercentUnit, LocaleFormatter } from '../shared/format';
import { compareReports, IReportComparison } from './compareReports';
import styles from './ReportComparison.module.scss';
import { message } from '../../messages';

export interface IComparisonTarget {
  /** Heading of this comparison ("Jämfört med föregående kvartal"). */
  readonly title: string;
  readonly period: IQuarter;
  /** The other quarter's approved report; undefined when it has none. */
  readonly report?: IStatusReport;
}

export interface IReportComparisonProps {
  readonly current: IStatusReport;
  readonly targets: readonly IComparisonTarget[];
  readonly locale: string;
}

function ComparisonDetails(props: { readonly comparison: IReportComparison; readonly formatter: LocaleFormatter }): JSX.Element {
  const { comparison, formatter } = props;
  return (
    <>
      {comparison.changedKpis.length ? (
        <table className={styles.table}>
          <caption>{message('comparison.changedKpis')}</caption>
          <thead>
            <tr>
              <th scope="col">{message('report.kpi.area')}</th>
              <th scope="col">{formatter.quarter(comparison.otherPeriod)}</th>
              <th scope="col">{formatter.quarter(comparison.currentPeriod)}</th>
              <th scope="col">{message('report.kpi.difference')}</th>
              <th scope="col">{message('report.kpi.change')}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.changedKpis.map((kpi) => (
              <tr key={kpi.key} data-kpi={kpi.key}>
                <th scope="row">{kpi.label}</th>
                <td>{formatter.kpiValue(kpi.other, kpi.unit)}</td>
                <td>{formatter.kpiValue(kpi.current, kpi.unit)}</td>
                <td>{formatter.signedDifference(kpi.difference, kpi.unit)}</td>
                <td>{kpi.ratio === undefined || isPercentUnit(kpi.unit) ? '–' : formatter.signedRatio(kpi.ratio)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{message('comparison.noKpiChanges')}</p>
      )}
      <h5 className={styles.subheading}>{message('comparison.newProblems')}</h5>
      {comparison.newProblems.length ? (
        <ul data-testid="new-problems">
          {comparison.newProblems.map((problem, index) => (
            <li key={index}>{problem.text}</li>
          ))}
        </ul>
      ) : (
        <p>{message('common.none')}</p>
      )}
      <h5 className={styles.subheading}>{message('comparison.closedProblems')}</h5>
      {comparison.closedProblems.length ? (
        <ul data-testid="closed-problems">
          {comparison.closedProblems.map((problem, index) => (
            <li key={index}>{problem.text}</li>
          ))}
        </ul>
      ) : (
        <p>{message('common.none')}</p>
      )}
    </>
  );
}

/** The report compared with the previous quarter and the same quarter last year. */
export function ReportComparison(props: IReportComparisonProps): JSX.Element {
  const formatter = React.useMemo(() => new LocaleFormatter(props.locale), [props.locale]);
  return (
    <div className={styles.comparison}>
      {props.targets.map((target) => (
        <section key={target.title} className={styles.target}>
          <h4 className={styles.heading}>
            {message('comparison.with', [target.title, formatter.quarter(target.period)])}
          </h4>
          {target.report ? (
            <ComparisonDetails comparison={compareReports(props.current, target.report)} formatter={formatter} />
          ) : (
            <p>{message('comparison.noReport', [formatter.quarter(target.period)])}</p>
          )}
        </section>
      ))}
    </div>
  );
}
