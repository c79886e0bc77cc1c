import type { IQuarter, IReportSnapshot } from '../domain/model';
import { STATUS_HISTORY_LENGTH, type IStatusHistoryPoint } from '../domain/judgement';
import { portfolioEntries, portfolioSince } from '../domain/portfolio/entries';
import { statusHistoryFromSummaries } from '../domain/portfolio/statusHistory';
import { compareQuarters } from '../domain/quarter';
import type { IReportSummary, IStatusReportRepository, RepositoryResult } from '../data/repository/IStatusReportRepository';
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

type FirstScreenPart = 'approved' | 'reports' | 'permissions';
type FirstScreenResults = {
  readonly approved: ReturnType<IStatusReportRepository['loadApprovedReport']>;
  readonly reports: ReturnType<IStatusReportRepository['listReports']>;
  readonly permissions: ReturnType<IStatusReportRepository['getPermissions']>;
};
type FirstScreenEntry = { readonly startedAt: number } & Partial<FirstScreenResults>;

/** First-screen reads under way, per repository and object; each part is handed out once. */
const firstScreens: WeakMap<IStatusReportRepository, Map<string, FirstScreenEntry>> = new WeakMap();
/** A read older than this is not used: the UI reads afresh (it may have changed meanwhile). */
const PREFETCH_MAX_AGE_MS = 10000;

function fresh(entry: FirstScreenEntry | undefined): entry is FirstScreenEntry {
  return entry !== undefined && Date.now() - entry.startedAt <= PREFETCH_MAX_AGE_MS;
}

/** The three reads of the first screen: one $batch when the repository can, else three calls. */
function startFirstScreen(repository: IStatusReportRepository, objectKey: string): FirstScreenEntry {
  let results: FirstScreenResults;
  if (repository.loadReaderFirstScreen) {
    const all = repository.loadReaderFirstScreen(objectKey);
    const part = <K extends FirstScreenPart>(k: K): FirstScreenResults[K] =>
      all.then((r) => (r.kind === 'ok' ? r.value[k] : r)) as FirstScreenResults[K];
    results = { approved: part('approved'), reports: part('reports'), permissions: part('permissions') };
  } else {
    // The report view's two reads; the workspace reads permissions itself.
    const approved = repository.loadApprovedReport(objectKey);
    const reports = repository.listReports(objectKey);
    // Failures surface when a view takes the promise; until then they are not "unhandled".
    approved.catch(() => undefined);
    reports.catch(() => undefined);
    return { startedAt: Date.now(), approved, reports };
  }
  Object.values(results).forEach((p: Promise<unknown>) => p.catch(() => undefined));
  return { startedAt: Date.now(), ...results };
}

/**
 * Starts the reads the report view makes first (the newest approved report, the object's
 * report list and the user's permissions, in one round trip) before the React tree mounts and
 * while lazy chunks load; the next reader of the same repository takes these results instead
 * of asking again, once each.
 */
export function prefetchReportView(repository: IStatusReportRepository, objectKey: string): void {
  let forRepository = firstScreens.get(repository);
  if (!forRepository) {
    forRepository = new Map();
    firstScreens.set(repository, forRepository);
  }
  // Already started and not all taken: asking twice (page, then web part) must not read twice.
  if (fresh(forRepository.get(objectKey))) return;
  forRepository.set(objectKey, startFirstScreen(repository, objectKey));
}

/**
 * One part of the object's first screen: from the read under way, else from a new
 * first-screen read whose other parts wait for the other views (so opening a report costs one
 * round trip whichever view asks first).
 */
export function takeFirstScreen<K extends FirstScreenPart>(repository: IStatusReportRepository, objectKey: string, kind: K): FirstScreenResults[K] {
  if (!repository.loadReaderFirstScreen) return takePrefetched(repository, objectKey, kind);
  prefetchReportView(repository, objectKey);
  const forRepository = firstScreens.get(repository) as Map<string, FirstScreenEntry>;
  let entry = forRepository.get(objectKey) as FirstScreenEntry;
  // This part was handed out already (the view reloads): a new first screen, whose other parts
  // replace the older ones still waiting.
  if (entry[kind] === undefined) {
    entry = startFirstScreen(repository, objectKey);
    forRepository.set(objectKey, entry);
  }
  const value = entry[kind] as FirstScreenResults[K];
  const rest: FirstScreenEntry = { ...entry, [kind]: undefined };
  // Kept while a part waits; once every part is taken, the next ask starts a new first screen.
  if (rest.approved === undefined && rest.reports === undefined && rest.permissions === undefined) forRepository.delete(objectKey);
  else forRepository.set(objectKey, rest);
  return value;
}

/**
 * Drops the object's first-screen reads still waiting to be taken: after a change (a save, a
 * submission, an approval, an import) they show the report as it was.
 */
export function forgetFirstScreen(repository: IStatusReportRepository, objectKey: string): void {
  firstScreens.get(repository)?.delete(objectKey);
}

/** Without a first-screen read: a prefetched result once, else the read on its own. */
function takePrefetched<K extends FirstScreenPart>(repository: IStatusReportRepository, objectKey: string, kind: K): FirstScreenResults[K] {
  const forRepository = firstScreens.get(repository);
  const entry = forRepository?.get(objectKey);
  const value = fresh(entry) ? (entry[kind] as FirstScreenResults[K] | undefined) : undefined;
  if (entry && forRepository) {
    const rest: FirstScreenEntry = { ...entry, [kind]: undefined };
    if (!fresh(entry) || (rest.approved === undefined && rest.reports === undefined)) forRepository.delete(objectKey);
    else forRepository.set(objectKey, rest);
  }
  if (value !== undefined) return value;
  if (kind === 'approved') return repository.loadApprovedReport(objectKey) as FirstScreenResults[K];
  if (kind === 'reports') return repository.listReports(objectKey) as FirstScreenResults[K];
  return repository.getPermissions() as FirstScreenResults[K];
}

/** Adapts the repository to the reader interface the UI consumes. */
export function createReportReader(repository: IStatusReportRepository): IReportReader {
  const approvedFrom = async (pending: ReturnType<IStatusReportRepository['loadApprovedReport']>): Promise<IApprovedReport> => {
    const result = await pending;
    // "No approved report" is a normal state for a reader, not an error.
    if (result.kind === 'notFound') return { snapshot: undefined, history: [] };
    const value = unwrap(result);
    return { snapshot: value.snapshot, history: value.history };
  };
  const getApprovedReport = (objectKey: string, period?: IQuarter): Promise<IApprovedReport> =>
    approvedFrom(period === undefined ? takeFirstScreen(repository, objectKey, 'approved') : repository.loadApprovedReport(objectKey, period));

  /** Quarters that can have an approved snapshot: any report that was ever submitted (it may be back in draft for the next revision). */
  const periodsOf = (summaries: readonly IReportSummary[]): readonly IQuarter[] =>
    summaries
      .filter((summary) => summary.approval === 'approved' || summary.revision > 0)
      .map((summary) => summary.period)
      .sort(compareQuarters);

  const listReportPeriods = async (objectKey: string): Promise<readonly IQuarter[]> =>
    periodsOf(unwrap(await takeFirstScreen(repository, objectKey, 'reports')));

  return {
    listReportPeriods,

    async getStatusHistory(objectKey: string, upTo: IQuarter): Promise<readonly IStatusHistoryPoint[]> {
      // From the approved snapshots' summaries: one request, no report bodies.
      const approved = unwrap(await repository.loadApprovedSummaries(objectKey));
      return statusHistoryFromSummaries(approved, upTo, STATUS_HISTORY_LENGTH);
    },

    getApprovedReport,

    ...(repository.loadApprovedSnapshots
      ? {
          async getApprovedSnapshots(objectKey: string, upTo: IQuarter, count: number): Promise<readonly IReportSnapshot[]> {
            const loaded = await (repository.loadApprovedSnapshots as NonNullable<IStatusReportRepository['loadApprovedSnapshots']>)(objectKey, upTo, count);
            // No approved report yet is a normal state for a reader.
            return loaded.kind === 'notFound' ? [] : unwrap(loaded);
          }
        }
      : {}),

    forget(objectKey: string): void {
      forgetFirstScreen(repository, objectKey);
    },
    async getPortfolio(today: Date = new Date()): Promise<readonly IPortfolioEntry[]> {
      return portfolioEntries(unwrap(await repository.loadPortfolio(portfolioSince(today))));
    }
  };
}
