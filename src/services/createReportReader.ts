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
/** A part's answer once its promise has settled (`rejected` when it threw). */
type Settled<T> = { readonly value: T } | { readonly rejected: true };
type SettledParts = { [K in FirstScreenPart]?: Settled<Awaited<FirstScreenResults[K]>> };
type FirstScreenEntry = {
  readonly startedAt: number;
  /** Filled in as the parts settle; shared by every copy of the entry. */
  readonly settled: SettledParts;
  /** Settles once every part of the read has settled (never rejects). */
  readonly done: Promise<void>;
} & Partial<FirstScreenResults>;

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
    return withSettled({ approved, reports });
  }
  return withSettled(results);
}

/** The entry of `parts`, noting each part's answer as it settles. */
function withSettled(parts: Partial<FirstScreenResults>): FirstScreenEntry {
  const settled: { [K in FirstScreenPart]?: Settled<unknown> } = {};
  const watched = (Object.keys(parts) as FirstScreenPart[]).map((kind) =>
    (parts[kind] as Promise<unknown>).then(
      (value) => {
        settled[kind] = { value };
      },
      () => {
        // Failures surface when a view takes the promise; until then they are not "unhandled".
        settled[kind] = { rejected: true };
      }
    )
  );
  return { startedAt: Date.now(), settled: settled as SettledParts, done: Promise.all(watched).then(() => undefined), ...parts };
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
  handOut(forRepository, objectKey, entry, kind);
  return value;
}

/** Marks `kind` of `entry` as handed out; once every part is, the next ask starts a new first screen. */
function handOut(forRepository: Map<string, FirstScreenEntry>, objectKey: string, entry: FirstScreenEntry, kind: FirstScreenPart): void {
  const rest: FirstScreenEntry = { ...entry, [kind]: undefined };
  if (rest.approved === undefined && rest.reports === undefined && rest.permissions === undefined) forRepository.delete(objectKey);
  else forRepository.set(objectKey, rest);
}

/**
 * One part of the object's first screen when its read has already answered and `usable`
 * accepts the answer: taken (as `takeFirstScreen` would) and handed back synchronously, so a
 * view can draw it in its first render instead of a loading state. Else undefined, nothing taken.
 */
export function takeSettledFirstScreen<K extends FirstScreenPart>(
  repository: IStatusReportRepository,
  objectKey: string,
  kind: K,
  usable: (answer: Awaited<FirstScreenResults[K]>) => boolean
): { readonly value: Awaited<FirstScreenResults[K]> } | undefined {
  const forRepository = firstScreens.get(repository);
  const entry = forRepository?.get(objectKey);
  if (!forRepository || !fresh(entry) || entry[kind] === undefined) return undefined;
  const settled = entry.settled[kind] as Settled<Awaited<FirstScreenResults[K]>> | undefined;
  if (!settled || !('value' in settled) || !usable(settled.value)) return undefined;
  handOut(forRepository, objectKey, entry, kind);
  return settled;
}

/**
 * How long the React tree's first render waits for the first screen once the tree is loaded:
 * a loading render and its layout cost more than this on a slow machine; a slower read shows
 * the spinner.
 */
export const FIRST_SCREEN_WAIT_MS: number = 250;

/**
 * Resolves once the object's first-screen read under way has answered, or after `timeoutMs`,
 * whichever comes first (at once when none is under way). The React tree's first render waits
 * for it, so a read that answers soon is drawn without a loading state first.
 */
export function firstScreenSettled(repository: IStatusReportRepository, objectKey: string, timeoutMs: number = FIRST_SCREEN_WAIT_MS): Promise<void> {
  const entry = firstScreens.get(repository)?.get(objectKey);
  if (!fresh(entry)) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    entry.done.then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      () => undefined
    );
  });
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
    if (!fresh(entry)) forRepository.delete(objectKey);
    else handOut(forRepository, objectKey, entry, kind);
  }
  if (value !== undefined) return value;
  if (kind === 'approved') return repository.loadApprovedReport(objectKey) as FirstScreenResults[K];
  if (kind === 'reports') return repository.listReports(objectKey) as FirstScreenResults[K];
  return repository.getPermissions() as FirstScreenResults[K];
}

/** How long the report list of a first screen serves Edit: a page left open longer asks SharePoint again. */
export const KNOWN_REPORTS_MAX_AGE_MS = 5 * 60 * 1000;

/** Adapts the repository to the reader interface the UI consumes. */
export function createReportReader(repository: IStatusReportRepository): IReportReader {
  const approvedOf = (result: Awaited<ReturnType<IStatusReportRepository['loadApprovedReport']>>): IApprovedReport => {
    // "No approved report" is a normal state for a reader, not an error.
    if (result.kind === 'notFound') return { snapshot: undefined, history: [] };
    const value = unwrap(result);
    return { snapshot: value.snapshot, history: value.history };
  };
  const approvedFrom = async (pending: ReturnType<IStatusReportRepository['loadApprovedReport']>): Promise<IApprovedReport> => approvedOf(await pending);
  const getApprovedReport = (objectKey: string, period?: IQuarter): Promise<IApprovedReport> =>
    approvedFrom(period === undefined ? takeFirstScreen(repository, objectKey, 'approved') : repository.loadApprovedReport(objectKey, period));

  /** Quarters that can have an approved snapshot: any report that was ever submitted (it may be back in draft for the next revision). */
  const periodsOf = (summaries: readonly IReportSummary[]): readonly IQuarter[] =>
    summaries
      .filter((summary) => summary.approval === 'approved' || summary.revision > 0)
      .map((summary) => summary.period)
      .sort(compareQuarters);

  // The report list each first screen brought, for the toolbar's Edit (never the board's: it cannot read it).
  const known = new Map<string, { readonly at: number; readonly summaries: readonly IReportSummary[] }>();
  const remembered = (objectKey: string, summaries: readonly IReportSummary[]): readonly IReportSummary[] => {
    known.set(objectKey, { at: Date.now(), summaries });
    return summaries;
  };

  const listReportPeriods = async (objectKey: string): Promise<readonly IQuarter[]> =>
    periodsOf(remembered(objectKey, unwrap(await takeFirstScreen(repository, objectKey, 'reports'))));

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
      known.delete(objectKey);
    },

    knownReports(objectKey: string): readonly IReportSummary[] | undefined {
      const entry = known.get(objectKey);
      return entry && Date.now() - entry.at <= KNOWN_REPORTS_MAX_AGE_MS ? entry.summaries : undefined;
    },

    // Errors are left to the asynchronous reads, which report them.
    settledApprovedReport(objectKey: string): IApprovedReport | undefined {
      const taken = takeSettledFirstScreen(repository, objectKey, 'approved', (r) => r.kind === 'ok' || r.kind === 'notFound');
      return taken && approvedOf(taken.value);
    },

    settledReportPeriods(objectKey: string): readonly IQuarter[] | undefined {
      const taken = takeSettledFirstScreen(repository, objectKey, 'reports', (r) => r.kind === 'ok');
      return taken && periodsOf(remembered(objectKey, unwrap(taken.value)));
    },
    async getPortfolio(today: Date = new Date()): Promise<readonly IPortfolioEntry[]> {
      return portfolioEntries(unwrap(await repository.loadPortfolio(portfolioSince(today))));
    }
  };
}
