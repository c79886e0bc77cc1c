import type { IQuarter } from '../domain/model';
import type { IStatusHistoryPoint } from '../domain/judgement';
import type { IApprovedReport, IPortfolioEntry } from './IReportReader';
import { useServices } from './ServicesContext';
import { AsyncData, useAsyncData } from './useAsyncData';

export type Reloadable<T> = AsyncData<T> & { reload: () => void };

function periodKey(period: IQuarter | undefined): string {
  return period ? `${period.year}-${period.quarter}` : 'latest';
}

/** The approved report of an object (of `period`, or the newest approved) with its KPI trend. */
export function useApprovedReport(objectKey: string, period?: IQuarter): Reloadable<IApprovedReport> {
  const { reports } = useServices();
  return useAsyncData(
    () => reports.getApprovedReport(objectKey, period),
    [reports, objectKey, periodKey(period)],
    // The newest report drawn at once when the first screen has answered.
    period === undefined && reports.settledApprovedReport ? () => reports.settledApprovedReport?.(objectKey) : undefined
  );
}

/** Quarters of the object that may have approved reports, oldest first (for previous/next). */
export function useReportPeriods(objectKey: string): Reloadable<readonly IQuarter[]> {
  const { reports } = useServices();
  return useAsyncData(
    () => reports.listReportPeriods(objectKey),
    [reports, objectKey],
    reports.settledReportPeriods ? () => reports.settledReportPeriods?.(objectKey) : undefined
  );
}

/**
 * The approved reports to compare with: the previous quarter and the same quarter last
 * year (each undefined when there is none).
 */
export function useComparisonReports(
  objectKey: string,
  previous: IQuarter | undefined,
  lastYear: IQuarter | undefined
): Reloadable<{ readonly previous?: IApprovedReport; readonly lastYear?: IApprovedReport }> {
  const { reports } = useServices();
  return useAsyncData(async () => {
    const load = (period: IQuarter | undefined): Promise<IApprovedReport | undefined> =>
      period ? reports.getApprovedReport(objectKey, period) : Promise.resolve(undefined);
    const [before, yearAgo] = await Promise.all([load(previous), load(lastYear)]);
    return { previous: before, lastYear: yearAgo };
  }, [reports, objectKey, periodKey(previous), periodKey(lastYear)]);
}

/** The overall status of the object's last approved quarters up to `upTo` (empty when the reader has none). */
export function useStatusHistory(objectKey: string, upTo: IQuarter | undefined): Reloadable<readonly IStatusHistoryPoint[]> {
  const { reports } = useServices();
  return useAsyncData(
    () => (upTo && reports.getStatusHistory ? reports.getStatusHistory(objectKey, upTo) : Promise.resolve([])),
    [reports, objectKey, periodKey(upTo)]
  );
}

export function usePortfolio(): Reloadable<readonly IPortfolioEntry[]> {
  const { reports, now } = useServices();
  return useAsyncData(() => reports.getPortfolio(now()), [reports]);
}
