import type { IQuarter } from '../domain/model';
import { compareQuarters } from '../domain/quarter';
import type { IStatusReportRepository, RepositoryResult } from '../data/repository/IStatusReportRepository';
import type { IApprovedReport, IPortfolioEntry, IReportReader } from './IReportReader';

/** An error the UI can localize: only the message key travels, never raw response text. */
export interface IReaderError extends Error {
  readonly messageKey: string;
}

export function readerError(messageKey: string): IReaderError {
  const error = new Error(messageKey) as Error & { messageKey: string };
  error.messageKey = messageKey;
  return error;
}

function unwrap<T>(result: RepositoryResult<T>): T {
  if (result.kind === 'ok') return result.value;
  throw readerError(result.messageKey);
}

/** Adapts the repository to the reader interface the UI consumes. */
export function createReportReader(repository: IStatusReportRepository): IReportReader {
  const getApprovedReport = async (objectKey: string, period?: IQuarter): Promise<IApprovedReport> => {
    const result = await repository.loadApprovedReport(objectKey, period);
    // "No approved report" is a normal state for a reader, not an error.
    if (result.kind === 'notFound') return { snapshot: undefined, history: [] };
    const value = unwrap(result);
    return { snapshot: value.snapshot, history: value.history };
  };

  return {
    async listReportPeriods(objectKey: string): Promise<readonly IQuarter[]> {
      const summaries = unwrap(await repository.listReports(objectKey));
      // A report whose snapshot was approved may be back in draft for the next revision, so any
      // report that was ever submitted can have an approved snapshot to show.
      return summaries
        .filter((summary) => summary.approval === 'approved' || summary.revision > 0)
        .map((summary) => summary.period)
        .sort(compareQuarters);
    },

    getApprovedReport,

    async getPortfolio(): Promise<readonly IPortfolioEntry[]> {
      const objects = unwrap(await repository.listObjects());
      return Promise.all(
        objects.map(async (object): Promise<IPortfolioEntry> => {
          const { snapshot } = await getApprovedReport(object.key);
          if (!snapshot) return { object };
          return {
            object,
            latestApprovedPeriod: snapshot.report.header.period,
            approvedAt: snapshot.approvedAt,
            assessment: snapshot.report.economy.assessment
          };
        })
      );
    }
  };
}
