import type { IQuarter } from '../domain/model';
import { STATUS_HISTORY_LENGTH, type IStatusHistoryPoint } from '../domain/judgement';
import { portfolioEntries, portfolioSince } from '../domain/portfolio/entries';
import { statusHistoryFromSummaries } from '../domain/portfolio/statusHistory';
import { compareQuarters } from '../domain/quarter';
import type { IStatusReportRepository, RepositoryResult } from '../data/repository/IStatusReportRepository';
import type { IApprovedReport, IPortfolioEntry, IReportReader } from './IReportReader';

/** An error the UI can localize: only the message key travels, never raw response text. */
export interface IReaderError extends Error {
  readonly messageKey: string;
}

export function readerError(messageKey: string, retry?: { readonly retryAfterSeconds?: number; readonly retryAt?: string }): IReaderError {
  const error = new Error(messageKey) as Error & { messageKey: string };
  error.messageKey = messageKey;
  return retry?.retryAt !== undefined ? Object.assign(error, { retryAfterSeconds: retry.retryAfterSeconds, retryAt: retry.retryAt }) : error;
}

function unwrap<T>(result: RepositoryResult<T>): T {
  if (result.kind === 'ok') return result.value;
  throw readerError(result.messageKey, result.kind === 'throttled' ? result : undefined);
}

type Prefetched = {
  readonly startedAt: number;
  readonly approved: ReturnType<IStatusReportRepository['loadApprovedReport']>;
  readonly reports: ReturnType<IStatusReportRepository['listReports']>;
};

/** Reads started by prefetchReportView, per repository and object; each result is handed out once. */
const prefetchedReads: WeakMap<IStatusReportRepository, Map<string, Partial<Prefetched>>> = new WeakMap();
/** A prefetch older than this is not used: the UI reads afresh (it may have changed meanwhile). */
const PREFETCH_MAX_AGE_MS = 10000;

/**
 * Starts the reads the report view makes first (the newest approved report and the object's
 * report list) before the React tree mounts and while lazy chunks load; the next reader of the
 * same repository takes these results instead of asking again, once each.
 */
export function prefetchReportView(repository: IStatusReportRepository, objectKey: string): void {
  let forRepository = prefetchedReads.get(repository);
  if (!forRepository) {
    forRepository = new Map();
    prefetchedReads.set(repository, forRepository);
  }
  const pending = forRepository.get(objectKey);
  // Already started and not yet taken: asking twice (page, then web part) must not read twice.
  if (pending && pending.startedAt !== undefined && Date.now() - pending.startedAt <= PREFETCH_MAX_AGE_MS) return;
  const approved = repository.loadApprovedReport(objectKey);
  const reports = repository.listReports(objectKey);
  // Failures surface when the view takes the promise; until then they are not "unhandled".
  approved.catch(() => undefined);
  reports.catch(() => undefined);
  forRepository.set(objectKey, { startedAt: Date.now(), approved, reports });
}

function takePrefetched<K extends 'approved' | 'reports'>(
  repository: IStatusReportRepository,
  objectKey: string,
  kind: K
): Prefetched[K] | undefined {
  const entry = prefetchedReads.get(repository)?.get(objectKey);
  if (!entry) return undefined;
  const value = entry[kind] as Prefetched[K] | undefined;
  const rest: Partial<Prefetched> = { ...entry, [kind]: undefined };
  if (rest.approved === undefined && rest.reports === undefined) prefetchedReads.get(repository)?.delete(objectKey);
  else prefetchedReads.get(repository)?.set(objectKey, rest);
  if (value === undefined || entry.startedAt === undefined || Date.now() - entry.startedAt > PREFETCH_MAX_AGE_MS) return undefined;
  return value;
}

/** Adapts the repository to the reader interface the UI consumes. */
export function createReportReader(repository: IStatusReportRepository): IReportReader {
  const getApprovedReport = async (objectKey: string, period?: IQuarter): Promise<IApprovedReport> => {
    const prefetched = period === undefined ? takePrefetched(repository, objectKey, 'approved') : undefined;
    const result = await (prefetched ?? repository.loadApprovedReport(objectKey, period));
    // "No approved report" is a normal state for a reader, not an error.
    if (result.kind === 'notFound') return { snapshot: undefined, history: [] };
    const value = unwrap(result);
    return { snapshot: value.snapshot, history: value.history };
  };

  const listReportPeriods = async (objectKey: string): Promise<readonly IQuarter[]> => {
    const summaries = unwrap(await (takePrefetched(repository, objectKey, 'reports') ?? repository.listReports(objectKey)));
    // A report whose snapshot was approved may be back in draft for the next revision, so any
    // report that was ever submitted can have an approved snapshot to show.
    return summaries
      .filter((summary) => summary.approval === 'approved' || summary.revision > 0)
      .map((summary) => summary.period)
      .sort(compareQuarters);
  };

  return {
    listReportPeriods,

    async getStatusHistory(objectKey: string, upTo: IQuarter): Promise<readonly IStatusHistoryPoint[]> {
      // From the approved snapshots' summaries: one request, no report bodies.
      const approved = unwrap(await repository.loadApprovedSummaries(objectKey));
      return statusHistoryFromSummaries(approved, upTo, STATUS_HISTORY_LENGTH);
    },

    getApprovedReport,

    async getPortfolio(today: Date = new Date()): Promise<readonly IPortfolioEntry[]> {
      return portfolioEntries(unwrap(await repository.loadPortfolio(portfolioSince(today))));
    }
  };
}
