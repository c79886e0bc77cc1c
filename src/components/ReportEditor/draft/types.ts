/**
 * The editor's working copy of a report: every field as the text the user typed, so nothing is
 * parsed away while typing and the whole draft can be kept in localStorage as JSON. Rows carry
 * an id so React keys, focus and error messages stay attached to a row when rows are reordered.
 */
import type {
  ActivityStatus,
  ApprovalState,
  Assessment,
  IJudgement,
  IKpiDefinition,
  IKpiValue,
  ProblemStatus
} from '../../../domain/model';
import type { MessageKey } from '../../../messages';
import type { JudgementTarget } from '../../../domain/judgement';
import type { AnswerStatus } from '../../../domain/board/model';
import type { IQuarter } from '../../../domain/model';

/** Every judgement of the report, overall first; the economy's status is also `economy.assessment`. */
export type IJudgementsDraft = Readonly<Record<JudgementTarget, IJudgement>>;

export interface ITextItemDraft {
  readonly id: string;
  readonly text: string;
  /** Sub-points, one per line. */
  readonly subItems: string;
}

export interface IEventDraft extends ITextItemDraft {
  /** yyyy-mm-dd or empty. */
  readonly date: string;
}

export interface IProblemDraft extends ITextItemDraft {
  readonly status: ProblemStatus;
}

export interface IActivityDraft extends ITextItemDraft {
  readonly status: ActivityStatus;
}

export interface IKpiRowDraft {
  readonly id: string;
  readonly definitionKey: string;
  readonly current: string;
  readonly previous: string;
  readonly comment: string;
  /** The stored values when loaded; reused while the text is unchanged so a round trip never re-parses them. */
  readonly currentOriginal?: IKpiValue;
  readonly previousOriginal?: IKpiValue;
}

export interface IMeetingDraft {
  readonly id: string;
  readonly type: string;
  readonly current: string;
  readonly previous: string;
  readonly purpose: string;
}

/** The team's answer to one open assignment of the board (the assignment key is the row's id). */
export interface IReportingBackDraft {
  readonly assignmentKey: string;
  readonly assignment: string;
  readonly givenFor: IQuarter;
  readonly answerBy: IQuarter;
  /** Undefined until the team chooses. */
  readonly status?: AnswerStatus;
  readonly answer: string;
}

export interface IHeaderDraft {
  readonly objectKey: string;
  readonly objectTitle: string;
  /** "Q4 2025". */
  readonly period: string;
  readonly coordinator: string;
  /** Kept while the coordinator's name is unchanged. */
  readonly coordinatorEmail?: string;
  readonly coordinatorOriginalName: string;
  readonly mission: string;
  readonly approval: ApprovalState;
}

export interface IReportDraft {
  readonly header: IHeaderDraft;
  readonly events: readonly IEventDraft[];
  readonly kpiSectionTitle: string;
  readonly kpiDefinitions: readonly IKpiDefinition[];
  readonly kpis: readonly IKpiRowDraft[];
  readonly meetings: readonly IMeetingDraft[];
  readonly chartCaption: string;
  readonly problems: readonly IProblemDraft[];
  readonly activities: readonly IActivityDraft[];
  readonly economy: { readonly items: readonly ITextItemDraft[]; readonly assessment: Assessment };
  readonly staffing: { readonly fteStart: string; readonly fteEnd: string; readonly items: readonly ITextItemDraft[] };
  readonly communication: readonly ITextItemDraft[];
  readonly judgements: IJudgementsDraft;
  /** The team's headline KPIs (definition keys, in order); absent = the default choice. */
  readonly headlineKpis?: readonly string[];
  /** "Återrapportering av uppdrag från ledningsrådet"; absent (drafts kept before it existed) = none. */
  readonly reportingBack?: readonly IReportingBackDraft[];
}

/** The list sections of a draft whose rows can be added, removed and reordered. */
export type RowSection =
  | 'events'
  | 'kpis'
  | 'meetings'
  | 'problems'
  | 'activities'
  | 'economy.items'
  | 'staffing.items'
  | 'communication';

/**
 * A problem with one field. `path` names the field: "header.coordinator", "staffing.fteStart",
 * or "<section>.<rowId>.<field>" for a row ("kpis.r3.current").
 */
export interface IFieldError {
  readonly path: string;
  readonly messageKey: MessageKey;
  /** Values for the message's {placeholders} (e.g. max length). */
  readonly params?: Readonly<Record<string, string | number>>;
}
