import * as React from 'react';
import { Icon } from '@fluentui/react/lib/Icon';
import { isLate, type PortfolioDue } from '../../domain/portfolio';
import { DueBadge, dueText as calendarDueText } from '../Board/DueBadge';
import type { ISummaryHeadline } from '../../domain/snapshot';
import { message } from '../../messages';
import { isPercentUnit, type LocaleFormatter } from '../shared/format';
import styles from './Portfolio.module.scss';

/** Whether a report is due, in words: the calendar's due date, or the quarter rule. */
export function dueText(due: PortfolioDue, formatter: LocaleFormatter): string {
  if (due.rule === 'calendar') return calendarDueText(due.due, formatter);
  const status = due.status;
  if (status.state === 'upToDate') return message('portfolio.upToDate');
  return status.state === 'neverApproved' ? message('portfolio.neverApproved') : message('portfolio.overdue', [formatter.quarter(status.requiredPeriod)]);
}

/** Whether a report is due: icon and words, never colour alone. */
export function DueFlag(props: { readonly due: PortfolioDue; readonly formatter: LocaleFormatter }): JSX.Element {
  const { due, formatter } = props;
  if (due.rule === 'calendar') return <DueBadge due={due.due} formatter={formatter} />;
  const late = isLate(due);
  return (
    <span className={late ? `${styles.flag} ${styles.overdue}` : styles.flag} data-state={due.status.state}>
      <Icon iconName={late ? 'Flag' : 'CheckMark'} aria-hidden={true} />
      <span>{dueText(due, formatter)}</span>
    </span>
  );
}

/** The change of a headline figure as text: relative change, or the difference for percentage figures. */
export function headlineChangeText(headline: ISummaryHeadline, formatter: LocaleFormatter): string | undefined {
  if (headline.changePercent !== undefined && !isPercentUnit(headline.unit)) return formatter.signedRatio(headline.changePercent / 100);
  if (headline.difference !== undefined) return formatter.signedDifference(headline.difference, headline.unit);
  return undefined;
}

export function HeadlineFigure(props: { readonly headline?: ISummaryHeadline; readonly formatter: LocaleFormatter }): JSX.Element {
  const { headline, formatter } = props;
  if (!headline) return <>–</>;
  const change = headlineChangeText(headline, formatter);
  return (
    <span className={styles.kpi} data-kpi={headline.key}>
      <span className={styles.kpiLabel}>{headline.label}</span>
      <span className={styles.kpiValue}>{headline.value !== undefined ? formatter.kpiValue(headline.value, headline.unit) : '–'}</span>
      {change !== undefined ? <span className={styles.kpiChange}>{message('portfolio.kpiChange', [change])}</span> : undefined}
    </span>
  );
}
