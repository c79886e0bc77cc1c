/** The overall status of an object over its approved quarters, for the card's history strip. */
import type { Assessment, IQuarter, IStatusReport } from '../model';
import { judgementsOf } from './index';

export interface IStatusHistoryPoint {
  readonly period: IQuarter;
  readonly status: Assessment;
}

export const STATUS_HISTORY_LENGTH: number = 8;

function order(a: IQuarter, b: IQuarter): number {
  return a.year !== b.year ? a.year - b.year : a.quarter - b.quarter;
}

/**
 * The overall status of the last `count` approved reports up to and including `upTo`, oldest
 * first; one point per quarter (the first report given for a quarter counts).
 */
export function overallStatusHistory(approved: readonly IStatusReport[], upTo: IQuarter, count: number = STATUS_HISTORY_LENGTH): IStatusHistoryPoint[] {
  const seen = new Set<string>();
  const points: IStatusHistoryPoint[] = [];
  approved.forEach((report) => {
    const period = report.header.period;
    const key = `${period.year}-${period.quarter}`;
    if (seen.has(key) || order(period, upTo) > 0) return;
    seen.add(key);
    points.push({ period, status: judgementsOf(report).overall.status });
  });
  return points.sort((a, b) => order(a.period, b.period)).slice(-count);
}
