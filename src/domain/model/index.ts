/**
 * The domain model of a GITS quarterly status report (statusrapport).
 *
 * Pure TypeScript: no SPFx, PnPjs or React imports, so it runs in the web part,
 * the local SharePoint, the command-line tools and tests alike.
 *
 * Round-trip rule: every text the report author wrote is kept exactly as written
 * (including ordinary spaces inside numbers such as "61 829"). Parsed values
 * (numbers, FTE, dates) are kept beside the text, never instead of it, so a report
 * read from the Word/text format, stored in SharePoint and read back is equal to
 * the character.
 */
import type { IReportingBackItem } from '../board/model';

/** Quarter of a calendar year. */
export type QuarterNumber = 1 | 2 | 3 | 4;

export interface IQuarter {
  readonly year: number;
  readonly quarter: QuarterNumber;
}

/** A förvaltningsobjekt (managed IT object) in GITS. */
export interface IManagedObject {
  /** Stable short key, used in URLs and as the list key, e.g. "SHVO". */
  readonly key: string;
  /** Full name as written in the report header. */
  readonly title: string;
}

/** Where a report is in its life. Mirrors SharePoint content approval on the snapshot list. */
export type ApprovalState = 'draft' | 'pending' | 'approved' | 'returned';

/**
 * A judgement shown with an icon and words, never colour alone.
 * Used for the economic status and the overall status of a report.
 */
export type Assessment = 'good' | 'attention' | 'problem' | 'notAssessed';

/** A person as SharePoint knows them (Person column). */
export interface IPerson {
  readonly displayName: string;
  /** Login/e-mail when known; the seed only names the person. */
  readonly email?: string;
}

/** A bullet point with optional sub-points (the seed's "- text" / "  - sub" lists). */
export interface ITextItem {
  readonly text: string;
  readonly subItems: readonly string[];
}

/** An important event (viktig händelse). */
export interface IEvent extends ITextItem {
  /** ISO date (yyyy-mm-dd) when the event has one the author set explicitly. */
  readonly date?: string;
}

export type ProblemStatus = 'open' | 'closed';
export interface IProblem extends ITextItem {
  readonly status: ProblemStatus;
}

export type ActivityStatus = 'planned' | 'ongoing' | 'done';
export interface IPlannedActivity extends ITextItem {
  readonly status: ActivityStatus;
}

export type KpiCategory = 'users' | 'usage' | 'communication' | 'support' | 'documentation' | 'training' | 'other';

/** What a KPI measures; shared by all reports of an object so values form a history. */
export interface IKpiDefinition {
  /** Stable key, ASCII, e.g. "registered-users". */
  readonly key: string;
  /** Label as written in the report's table. */
  readonly label: string;
  /** Unit of numeric values ("st", "%", "FTE"...); empty when none. */
  readonly unit: string;
  readonly category: KpiCategory;
}

/**
 * One cell of the KPI table. `text` is the cell exactly as written ("32 803 jan–april",
 * "46,6 %", "Slutfört nov"). When the cell is numeric, `number` holds the parsed value and
 * `qualifier` the period or other words after it ("jan–april", "(oktober)").
 */
export interface IKpiValue {
  readonly text: string;
  readonly number?: number;
  readonly qualifier?: string;
}

/** A KPI row of one report. */
export interface IKpiEntry {
  readonly definitionKey: string;
  /** This year's value; undefined when the cell is empty. */
  readonly current?: IKpiValue;
  /** Last year's value (comparison); undefined when the cell is empty. */
  readonly previous?: IKpiValue;
  readonly comment: string;
}

/** A row of the meetings and collaboration table. */
export interface IMeeting {
  /** Type of meeting/collaboration ("Arbetsmöten SHVO"). */
  readonly type: string;
  /** Frequency/period and participants this year, as written. */
  readonly current: string;
  /** Frequency/period and participants last year, as written. */
  readonly previous: string;
  /** Content/purpose. */
  readonly purpose: string;
}

export interface IEconomy {
  readonly items: readonly ITextItem[];
  readonly assessment: Assessment;
}

export interface IStaffing {
  /** FTE (årsarbetare) at the start of the period/year. */
  readonly fteStart?: number;
  /** FTE at the end of the period/year. */
  readonly fteEnd?: number;
  readonly items: readonly ITextItem[];
}

/** The report header: one per object and quarter. */
export interface IReportHeader {
  readonly objectKey: string;
  /** Object title as written in this report. */
  readonly objectTitle: string;
  readonly period: IQuarter;
  readonly coordinator: IPerson;
  readonly mission: string;
  readonly approval: ApprovalState;
}

/**
 * What a report judges besides the overall status, in this order. Chosen for a GITS
 * förvaltningsobjekt: what it delivers to its organisations, its money, its people, its risks.
 */
export const JUDGEMENT_DIMENSIONS = ['delivery', 'economy', 'resources', 'risks'] as const;
export type JudgementDimension = (typeof JUDGEMENT_DIMENSIONS)[number];

/** One judged status: "good" is on track; a comment is required for the two steps below it. */
export interface IJudgement {
  readonly status: Assessment;
  /** Why, as the team wrote it. */
  readonly comment: string;
  /** Taken over from the previous quarter and not yet confirmed or changed by the team. */
  readonly carriedOver?: true;
}

/** The judged status of a report: overall and per dimension. */
export interface IReportJudgements {
  readonly overall: IJudgement;
  readonly dimensions: Readonly<Record<JudgementDimension, IJudgement>>;
}

/** A whole quarterly report: the header and all its parts, in the Word report's order. */
export interface IStatusReport {
  readonly header: IReportHeader;
  readonly events: readonly IEvent[];
  /** Heading text of the KPI section as written (it names the years compared). */
  readonly kpiSectionTitle: string;
  /** The KPI definitions this report uses, in table order. */
  readonly kpiDefinitions: readonly IKpiDefinition[];
  /** KPI rows in table order. */
  readonly kpis: readonly IKpiEntry[];
  readonly meetings: readonly IMeeting[];
  /** Caption/description of the chart that follows the tables, as written. */
  readonly chartCaption: string;
  readonly problems: readonly IProblem[];
  readonly activities: readonly IPlannedActivity[];
  readonly economy: IEconomy;
  readonly staffing: IStaffing;
  readonly communication: readonly ITextItem[];
  /**
   * The judged status. Absent in reports written before judgements existed: read them with
   * `judgementsOf`, which gives "not assessed" everywhere (the economy from `economy.assessment`).
   * When present, its economy status and `economy.assessment` are the same value.
   */
  readonly judgements?: IReportJudgements;
  /** KPI definition keys the team chose as headline figures, in order; absent = the default choice. */
  readonly headlineKpis?: readonly string[];
  /**
   * "Återrapportering av uppdrag från ledningsrådet": the team's answers to the board's open
   * assignments. Absent in reports with nothing to report back on.
   */
  readonly reportingBack?: readonly IReportingBackItem[];
}

/** One quarter's value of a KPI in an object's approved history; `value` undefined = gap. */
export interface IKpiHistoryPoint {
  readonly period: IQuarter;
  readonly value?: number;
}

/** The approved history of one numeric KPI of an object, oldest quarter first. */
export interface IKpiSeries {
  readonly definition: IKpiDefinition;
  readonly points: readonly IKpiHistoryPoint[];
}

/** A transition in the approval workflow, as logged (who, when, what, comment). */
export type ApprovalAction = 'submitted' | 'approved' | 'returned' | 'reopened';
export interface IApprovalLogEntry {
  readonly action: ApprovalAction;
  readonly by: IPerson;
  /** ISO timestamp. */
  readonly at: string;
  readonly comment: string;
  readonly revision: number;
}

/**
 * An immutable, frozen copy of a whole report as submitted for approval.
 * What the steering board reads is always the latest approved snapshot.
 */
export interface IReportSnapshot {
  readonly report: IStatusReport;
  readonly revision: number;
  readonly submittedBy: IPerson;
  /** ISO timestamp. */
  readonly submittedAt: string;
  readonly approval: ApprovalState;
  readonly approvedBy?: IPerson;
  /** ISO timestamp. */
  readonly approvedAt?: string;
  readonly comment?: string;
}
