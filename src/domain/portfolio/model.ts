/**
 * What the portfolio knows of each förvaltningsobjekt: facts of its approved snapshots only
 * (GitsObjects and GitsSnapshots, the two lists the board may read).
 */
import type { Assessment, IManagedObject, IQuarter } from '../model';
import type { IReportDue } from '../board/model';
import type { IReportStatusFacts, ISummaryHeadline, ISummaryJudgements } from '../snapshot';

/** One approved snapshot as the portfolio reads it: no frozen report body, only its status facts. */
export interface IPortfolioSnapshot {
  readonly objectKey: string;
  readonly period: IQuarter;
  readonly revision: number;
  /** ISO timestamp of the approval. */
  readonly approvedAt: string;
  /** Its stored status (or, for snapshots stored before statuses were, from its summary). */
  readonly summary: IReportStatusFacts;
}

/** The portfolio's reads: every object, and approved snapshots from `since` on plus the latest of each object with none since. */
export interface IPortfolioData {
  readonly objects: readonly IManagedObject[];
  readonly snapshots: readonly IPortfolioSnapshot[];
  /** First quarter of the window the snapshots were read for. */
  readonly since: IQuarter;
}

/** The overall status of one approved quarter. */
export interface IQuarterStatus {
  readonly period: IQuarter;
  readonly status: Assessment;
}

/**
 * One row of the portfolio: an object and what its latest approved report says. Fields are
 * undefined when the object has no approved report yet.
 */
export interface IPortfolioEntry {
  readonly object: IManagedObject;
  readonly latestApprovedPeriod?: IQuarter;
  /** ISO timestamp of the latest approval. */
  readonly approvedAt?: string;
  /** The economy assessment of the latest approved report. */
  readonly assessment?: Assessment;
  /** Overall status and dimensions of the latest approved report. */
  readonly judgements?: ISummaryJudgements;
  /** The first headline figure of the latest approved report. */
  readonly headline?: ISummaryHeadline;
  readonly openProblems?: number;
  /** Overall status of each approved quarter read, oldest first (one per quarter). */
  readonly quarters?: readonly IQuarterStatus[];
  /** When the next report is due by the board's governance calendar (absent when none is kept). */
  readonly calendarDue?: IReportDue;
}
