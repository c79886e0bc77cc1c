/**
 * Typed rows of each list, as the repository reads them (internal column names). SharePoint
 * returns null for empty columns; a column not selected is absent.
 */
/* eslint-disable @rushstack/no-new-null -- SharePoint REST answers null for an empty column */
import type { PartListKey } from './mapping';

/** Item metadata: the id and, with minimal or verbose metadata, the ETag. */
export type ItemRow = {
  readonly Id: number;
  readonly 'odata.etag'?: string;
  readonly __metadata?: { readonly etag?: string };
  readonly Modified?: string;
  /** Server-relative URL of the folder the item is in (selected where the object of a row matters). */
  readonly FileDirRef?: string;
  /** Who created and who last changed the item (SharePoint sets both; selected where authorship matters). */
  readonly AuthorId?: number;
  readonly EditorId?: number;
};

type Text = string | null;
type Num = number | null;

export type ObjectRow = ItemRow & { readonly Title?: Text; readonly ObjectKey: string };

export type ReportHeaderRow = ItemRow & {
  readonly RowKey?: Text;
  readonly ObjectKey: string;
  readonly ObjectTitle?: Text;
  readonly PeriodYear: number;
  readonly PeriodQuarter: number;
  readonly CoordinatorName?: Text;
  readonly CoordinatorEmail?: Text;
  readonly Mission?: Text;
  readonly KpiSectionTitle?: Text;
  readonly KpiDefinitionKeys?: Text;
  readonly ChartCaption?: Text;
  readonly EconomyItems?: Text;
  readonly EconomyAssessment?: Text;
  readonly FteStart?: Num;
  readonly FteEnd?: Num;
  readonly ApprovalState?: Text;
  readonly Revision?: Num;
  readonly SaveToken?: Text;
  readonly Judgements?: Text;
  readonly HeadlineKpis?: Text;
  readonly ReportingBack?: Text;
};

/** Columns every part row has. */
export type PartRow = ItemRow & {
  readonly ReportId?: number;
  readonly RowKey: string;
  readonly SortOrder?: Num;
};

export type TextItemRow = PartRow & { readonly Title?: Text; readonly ItemText?: Text; readonly SubItems?: Text };
export type EventRow = TextItemRow & { readonly EventDate?: Text };
export type ProblemRow = TextItemRow & { readonly ProblemStatus?: Text };
export type ActivityRow = TextItemRow & { readonly ActivityStatus?: Text };
export type MeetingRow = PartRow & {
  readonly MeetingType?: Text;
  readonly CurrentText?: Text;
  readonly PreviousText?: Text;
  readonly Purpose?: Text;
};
export type KpiValueRow = PartRow & {
  readonly ObjectKey?: string;
  readonly PeriodYear?: Num;
  readonly PeriodQuarter?: Num;
  readonly DefinitionKey: string;
  readonly CurrentText?: Text;
  readonly CurrentNumber?: Num;
  readonly CurrentQualifier?: Text;
  readonly PreviousText?: Text;
  readonly PreviousNumber?: Num;
  readonly PreviousQualifier?: Text;
  readonly KpiComment?: Text;
  readonly IsApproved?: boolean | null;
  readonly ApprovedNumber?: Num;
};

/** An approved snapshot as the trend reads it: its quarter, revision and summary. */
export type TrendSnapshotRow = {
  readonly Id: number;
  readonly PeriodYear?: Num;
  readonly PeriodQuarter?: Num;
  readonly Revision: number;
  readonly SummaryJson?: Text;
};

/** The row type of each part list. */
export interface IPartRows {
  readonly events: EventRow;
  readonly kpiValues: KpiValueRow;
  readonly meetings: MeetingRow;
  readonly problems: ProblemRow;
  readonly activities: ActivityRow;
  readonly staffing: TextItemRow;
  readonly communication: TextItemRow;
}
export type PartRowOf<K extends PartListKey> = IPartRows[K];

export type KpiDefinitionRow = ItemRow & {
  readonly RowKey: string;
  readonly Title?: Text;
  readonly ObjectKey?: string;
  readonly DefinitionKey: string;
  readonly Unit?: Text;
  readonly Category?: Text;
};

export type SnapshotRow = ItemRow & {
  readonly RowKey?: Text;
  readonly ReportId: number;
  readonly ObjectKey?: string;
  readonly PeriodYear?: Num;
  readonly PeriodQuarter?: Num;
  readonly Revision: number;
  readonly SnapshotJson: string;
  readonly SummaryJson?: Text;
  readonly StatusJson?: Text;
  readonly SubmittedByName?: Text;
  readonly SubmittedAt?: Text;
  readonly OData__ModerationStatus: number;
  readonly OData__ModerationComments?: Text;
  readonly ApprovedAt?: Text;
  readonly ApprovedByName?: Text;
  readonly Editor?: { readonly Title?: string; readonly EMail?: string };
};

export type ApprovalLogRow = ItemRow & {
  readonly RowKey?: Text;
  readonly ReportId?: number;
  readonly Action: string;
  readonly ActorName?: Text;
  readonly ActorEmail?: Text;
  readonly ActionAt?: Text;
  readonly LogComment?: Text;
  readonly Revision?: Num;
  readonly Author?: { readonly Title?: string; readonly EMail?: string };
};

/** The current user as read from web/currentUser. */
export type UserRow = { readonly Id?: number; readonly Title?: string; readonly Email?: string };
