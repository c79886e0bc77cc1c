/**
 * The SharePoint schema of GITS Statusrapport as code: the one source of truth for
 * provisioning, the repository's field names and the docs.
 *
 * Lists have ASCII titles (they become their URLs and are what the code looks them up by)
 * and Swedish descriptions; columns have ASCII internal names and Swedish display names.
 * Every column used in a $filter or $orderby is indexed (list view threshold).
 *
 * Versions: a column or list carries `since`, the schema version that introduced it, so an
 * older shape can be provisioned (tests) and upgraded in place.
 */

/** Schema version of this code. Stored in the hidden config list of the site. */
export const SCHEMA_VERSION = 5;

export type ColumnType = 'Text' | 'Note' | 'Number' | 'Boolean' | 'DateTime' | 'Choice' | 'Lookup' | 'User';

export interface IColumnSpec {
  /** ASCII internal name. */
  readonly name: string;
  /** Swedish display name. */
  readonly displayName: string;
  readonly type: ColumnType;
  readonly indexed?: boolean;
  readonly unique?: boolean;
  /**
   * Enforced unique values in schema versions before this one. SharePoint does not combine a
   * unique column with items or folders that have their own permissions, so the lists with a
   * folder per object gave up EnforceUniqueValues in version 3 (the column stays indexed).
   */
  readonly uniqueBefore?: number;
  readonly required?: boolean;
  readonly choices?: readonly string[];
  /** For Lookup columns: the list key of the target list. */
  readonly lookupList?: ListKey;
  /** Schema version that introduced the column (default 1). */
  readonly since?: number;
  /** DateTime columns: date only (no time of day). */
  readonly dateOnly?: boolean;
}

export type ListKey =
  | 'config'
  | 'objects'
  | 'reports'
  | 'events'
  | 'kpiDefinitions'
  | 'kpiValues'
  | 'meetings'
  | 'problems'
  | 'activities'
  | 'staffing'
  | 'communication'
  | 'snapshots'
  | 'approvalLog'
  | 'boardMeetings'
  | 'boardHandlings'
  | 'boardAssignments'
  | 'boardLog';

export interface IListSpec {
  readonly key: ListKey;
  /** ASCII list title (and URL). */
  readonly title: string;
  /** Swedish description shown in Site contents. */
  readonly description: string;
  readonly hidden?: boolean;
  /** Content approval: EnableModeration with DraftVersionVisibility 2 (approvers and authors only). */
  readonly moderated?: boolean;
  /** Display name of the built-in Title column. */
  readonly titleDisplayName: string;
  readonly columns: readonly IColumnSpec[];
  readonly since?: number;
}

/** Internal names shared by several lists. */
export const COL = {
  title: 'Title',
  report: 'Report',
  rowKey: 'RowKey',
  sortOrder: 'SortOrder',
  objectKey: 'ObjectKey',
  itemText: 'ItemText',
  subItems: 'SubItems'
} as const;

/** Columns of every part list: which report, a unique row key, and the position in the report. */
function partColumns(): IColumnSpec[] {
  return [
    { name: COL.report, displayName: 'Rapport', type: 'Lookup', lookupList: 'reports', indexed: true, required: true },
    { name: COL.rowKey, displayName: 'Radnyckel', type: 'Text', indexed: true, uniqueBefore: 3, required: true },
    { name: COL.sortOrder, displayName: 'Ordning', type: 'Number', indexed: true }
  ];
}

/** Columns of a bullet-point part (text plus sub-points, kept as written). */
function textItemColumns(): IColumnSpec[] {
  return [
    ...partColumns(),
    { name: COL.itemText, displayName: 'Text', type: 'Note' },
    { name: COL.subItems, displayName: 'Underpunkter (JSON)', type: 'Note' }
  ];
}

export const APPROVAL_STATES = ['draft', 'pending', 'approved', 'returned'] as const;
export const ASSESSMENTS = ['good', 'attention', 'problem', 'notAssessed'] as const;
export const KPI_CATEGORIES = ['users', 'usage', 'communication', 'support', 'documentation', 'training', 'other'] as const;
export const APPROVAL_ACTIONS = ['submitted', 'approved', 'returned', 'reopened'] as const;
export const ASSIGNMENT_STATES = ['open', 'closed'] as const;
export const BOARD_LOG_ACTIONS = [
  'handlingSaved',
  'assignmentGiven',
  'assignmentChanged',
  'assignmentClosed',
  'assignmentReopened',
  'meetingSaved',
  'meetingRemoved',
  'settingsSaved'
] as const;

export const LISTS: readonly IListSpec[] = [
  {
    key: 'config',
    title: 'GitsConfig',
    description: 'GITS Statusrapport: inställningar (schemaversion). Dold lista.',
    hidden: true,
    titleDisplayName: 'Nyckel',
    columns: [{ name: 'ConfigValue', displayName: 'Värde', type: 'Note' }]
  },
  {
    key: 'objects',
    title: 'GitsObjects',
    description: 'Förvaltningsobjekt i GITS.',
    titleDisplayName: 'Förvaltningsobjekt',
    columns: [{ name: COL.objectKey, displayName: 'Objektnyckel', type: 'Text', indexed: true, unique: true, required: true }]
  },
  {
    key: 'reports',
    title: 'GitsReports',
    description: 'Statusrapporter: en rad per förvaltningsobjekt och kvartal (rapporthuvud, ekonomi och bemanning).',
    titleDisplayName: 'Rapport',
    columns: [
      // "<ObjectKey>-<Year>-Q<Quarter>": one report per object and quarter.
      { name: COL.rowKey, displayName: 'Radnyckel', type: 'Text', indexed: true, uniqueBefore: 3, required: true },
      { name: COL.objectKey, displayName: 'Objektnyckel', type: 'Text', indexed: true, required: true },
      { name: 'ObjectTitle', displayName: 'Förvaltningsobjekt (som skrivet)', type: 'Note' },
      { name: 'PeriodYear', displayName: 'År', type: 'Number', indexed: true, required: true },
      { name: 'PeriodQuarter', displayName: 'Kvartal', type: 'Number', required: true },
      { name: 'Coordinator', displayName: 'Funktionskoordinator', type: 'User' },
      { name: 'CoordinatorName', displayName: 'Funktionskoordinator (som skrivet)', type: 'Text' },
      { name: 'CoordinatorEmail', displayName: 'Funktionskoordinator e-post', type: 'Text' },
      { name: 'Mission', displayName: 'Beskrivning av uppdraget', type: 'Note' },
      { name: 'KpiSectionTitle', displayName: 'Rubrik nyckeltal', type: 'Note' },
      { name: 'KpiDefinitionKeys', displayName: 'Nyckeltal i rapporten (JSON)', type: 'Note' },
      { name: 'ChartCaption', displayName: 'Diagramtext', type: 'Note' },
      { name: 'EconomyItems', displayName: 'Ekonomisk status (JSON)', type: 'Note' },
      { name: 'EconomyAssessment', displayName: 'Ekonomisk bedömning', type: 'Choice', choices: ASSESSMENTS },
      { name: 'FteStart', displayName: 'Årsarbetare vid start', type: 'Number' },
      { name: 'FteEnd', displayName: 'Årsarbetare vid slut', type: 'Number' },
      { name: 'ApprovalState', displayName: 'Godkännandestatus', type: 'Choice', choices: APPROVAL_STATES, indexed: true },
      { name: 'Revision', displayName: 'Revision', type: 'Number' },
      // Written by every save; tells a repeated save its own earlier half-finished write apart from someone else's.
      { name: 'SaveToken', displayName: 'Sparningstoken', type: 'Text', since: 2 },
      // The judged status (overall and per dimension, JSON) and the team's headline KPIs (JSON keys).
      { name: 'Judgements', displayName: 'Bedömning (JSON)', type: 'Note', since: 3 },
      { name: 'HeadlineKpis', displayName: 'Nyckeltal i sammanfattningen (JSON)', type: 'Note', since: 3 },
      // The team's answers to the board's open assignments (JSON IReportingBackItem[]); frozen with the snapshot.
      { name: 'ReportingBack', displayName: 'Återrapportering till ledningsrådet (JSON)', type: 'Note', since: 4 }
    ]
  },
  {
    key: 'events',
    title: 'GitsEvents',
    description: 'Viktiga händelser under perioden.',
    titleDisplayName: 'Rubrik',
    columns: [...textItemColumns(), { name: 'EventDate', displayName: 'Datum', type: 'DateTime', dateOnly: true }]
  },
  {
    key: 'kpiDefinitions',
    title: 'GitsKpiDefinitions',
    description: 'Nyckeltal per förvaltningsobjekt (delas av objektets rapporter).',
    titleDisplayName: 'Nyckeltal',
    columns: [
      // "<ObjectKey>:<DefinitionKey>"
      { name: COL.rowKey, displayName: 'Radnyckel', type: 'Text', indexed: true, uniqueBefore: 3, required: true },
      { name: COL.objectKey, displayName: 'Objektnyckel', type: 'Text', indexed: true, required: true },
      { name: 'DefinitionKey', displayName: 'Nyckeltalsnyckel', type: 'Text', required: true },
      { name: 'Unit', displayName: 'Enhet', type: 'Text' },
      { name: 'Category', displayName: 'Kategori', type: 'Choice', choices: KPI_CATEGORIES }
    ]
  },
  {
    key: 'kpiValues',
    title: 'GitsKpiValues',
    description: 'Nyckeltalsvärden per rapport: texten som skriven och det tolkade talet (för Power BI).',
    titleDisplayName: 'Rubrik',
    columns: [
      ...partColumns(),
      { name: COL.objectKey, displayName: 'Objektnyckel', type: 'Text', indexed: true, required: true },
      { name: 'PeriodYear', displayName: 'År', type: 'Number' },
      { name: 'PeriodQuarter', displayName: 'Kvartal', type: 'Number' },
      { name: 'DefinitionKey', displayName: 'Nyckeltalsnyckel', type: 'Text', required: true },
      { name: 'CurrentText', displayName: 'Värde i år (som skrivet)', type: 'Note' },
      { name: 'CurrentNumber', displayName: 'Värde i år', type: 'Number' },
      { name: 'CurrentQualifier', displayName: 'Värde i år, period', type: 'Note' },
      { name: 'PreviousText', displayName: 'Värde förra året (som skrivet)', type: 'Note' },
      { name: 'PreviousNumber', displayName: 'Värde förra året', type: 'Number' },
      { name: 'PreviousQualifier', displayName: 'Värde förra året, period', type: 'Note' },
      { name: 'KpiComment', displayName: 'Kommentar', type: 'Note' },
      // Set when the report's snapshot is approved, with the number as approved: the trend shows
      // approved values only, unchanged by later edits until the next approval.
      { name: 'IsApproved', displayName: 'Godkänd', type: 'Boolean', indexed: true, since: 2 },
      { name: 'ApprovedNumber', displayName: 'Godkänt värde', type: 'Number', since: 2 }
    ]
  },
  {
    key: 'meetings',
    title: 'GitsMeetings',
    description: 'Möten och samverkan.',
    titleDisplayName: 'Rubrik',
    columns: [
      ...partColumns(),
      { name: 'MeetingType', displayName: 'Typ av möte/samverkan', type: 'Note' },
      { name: 'CurrentText', displayName: 'Frekvens och deltagare i år', type: 'Note' },
      { name: 'PreviousText', displayName: 'Frekvens och deltagare förra året', type: 'Note' },
      { name: 'Purpose', displayName: 'Innehåll/syfte', type: 'Note' }
    ]
  },
  {
    key: 'problems',
    title: 'GitsProblems',
    description: 'Aktuella problemställningar och utmaningar.',
    titleDisplayName: 'Rubrik',
    columns: [...textItemColumns(), { name: 'ProblemStatus', displayName: 'Status', type: 'Choice', choices: ['open', 'closed'] }]
  },
  {
    key: 'activities',
    title: 'GitsActivities',
    description: 'Planerade aktiviteter.',
    titleDisplayName: 'Rubrik',
    columns: [
      ...textItemColumns(),
      { name: 'ActivityStatus', displayName: 'Status', type: 'Choice', choices: ['planned', 'ongoing', 'done'] }
    ]
  },
  {
    key: 'staffing',
    title: 'GitsStaffing',
    description: 'Personalresurser (punkter); årsarbetare finns på rapporthuvudet.',
    titleDisplayName: 'Rubrik',
    columns: textItemColumns()
  },
  {
    key: 'communication',
    title: 'GitsCommunication',
    description: 'Kommunikationsaktiviteter.',
    titleDisplayName: 'Rubrik',
    columns: textItemColumns()
  },
  {
    key: 'snapshots',
    title: 'GitsSnapshots',
    description: 'Inskickade rapporter (oföränderliga kopior). Innehållsgodkännande: läsare ser bara godkända.',
    moderated: true,
    titleDisplayName: 'Rapport',
    columns: [
      // "<reportId>/r<revision>": a revision is frozen once.
      { name: COL.rowKey, displayName: 'Radnyckel', type: 'Text', indexed: true, uniqueBefore: 3, since: 2 },
      { name: 'ReportId', displayName: 'Rapport-id', type: 'Number', indexed: true, required: true },
      { name: COL.objectKey, displayName: 'Objektnyckel', type: 'Text', indexed: true, required: true },
      { name: 'PeriodYear', displayName: 'År', type: 'Number', indexed: true },
      { name: 'PeriodQuarter', displayName: 'Kvartal', type: 'Number', indexed: true },
      { name: 'Revision', displayName: 'Revision', type: 'Number', indexed: true },
      { name: 'SnapshotJson', displayName: 'Rapport (JSON)', type: 'Note' },
      { name: 'SubmittedByName', displayName: 'Inskickad av', type: 'Text' },
      { name: 'SubmittedAt', displayName: 'Inskickad', type: 'DateTime' },
      // What readers' cards and the trend show, computed once from the frozen report (summarizeReport).
      { name: 'SummaryJson', displayName: 'Sammanfattning (JSON)', type: 'Note', since: 3 },
      // Set by the approver together with the moderation status (one ValidateUpdateListItem).
      { name: 'ApprovedAt', displayName: 'Beslutad', type: 'DateTime', since: 3 },
      { name: 'ApprovedByName', displayName: 'Beslutad av', type: 'Text', since: 3 },
      // What the portfolio shows (statuses, open problems, first headline figure), a few hundred
      // bytes computed once from the frozen report (statusJsonOf); older snapshots have SummaryJson.
      { name: 'StatusJson', displayName: 'Status (JSON)', type: 'Note', since: 5 }
    ]
  },
  {
    key: 'approvalLog',
    title: 'GitsApprovalLog',
    description: 'Logg över inskickning, godkännande och retur.',
    titleDisplayName: 'Rubrik',
    since: 2,
    columns: [
      { name: 'ReportId', displayName: 'Rapport-id', type: 'Number', indexed: true, required: true },
      { name: 'Action', displayName: 'Åtgärd', type: 'Choice', choices: APPROVAL_ACTIONS },
      { name: 'ActorName', displayName: 'Utförd av', type: 'Text' },
      { name: 'ActorEmail', displayName: 'Utförd av e-post', type: 'Text' },
      { name: 'ActionAt', displayName: 'Tidpunkt', type: 'DateTime', indexed: true },
      { name: 'LogComment', displayName: 'Kommentar', type: 'Note' },
      { name: 'Revision', displayName: 'Revision', type: 'Number' },
      // "<reportId>/r<revision>/<action>": one entry per transition (repeated writes find it).
      { name: COL.rowKey, displayName: 'Radnyckel', type: 'Text', indexed: true, since: 3 }
    ]
  },
  {
    key: 'boardMeetings',
    title: 'GitsBoardMeetings',
    description: 'Ledningsrådets mötesdatum (styrningskalendern). En rapport ska vara inne ett antal dagar före första mötet efter kvartalet.',
    titleDisplayName: 'Möte',
    since: 4,
    columns: [
      // The meeting date as text "yyyy-mm-dd": one meeting per date, looked up without time zones.
      { name: COL.rowKey, displayName: 'Radnyckel', type: 'Text', indexed: true, unique: true, required: true },
      { name: 'MeetingDate', displayName: 'Mötesdatum', type: 'DateTime', dateOnly: true, indexed: true, required: true }
    ]
  },
  {
    key: 'boardHandlings',
    title: 'GitsBoardHandlings',
    description: 'Ledningsrådets behandling av godkända rapporter: möte, anteckningar och beslut med protokollshänvisning.',
    titleDisplayName: 'Behandling',
    since: 4,
    columns: [
      // "<ObjectKey>-<Year>-Q<Quarter>", as the report header: one handling per report.
      { name: COL.rowKey, displayName: 'Radnyckel', type: 'Text', indexed: true, unique: true, required: true },
      { name: COL.objectKey, displayName: 'Objektnyckel', type: 'Text', indexed: true, required: true },
      { name: 'PeriodYear', displayName: 'År', type: 'Number', indexed: true, required: true },
      { name: 'PeriodQuarter', displayName: 'Kvartal', type: 'Number', required: true },
      { name: 'MeetingDate', displayName: 'Mötesdatum', type: 'DateTime', dateOnly: true, indexed: true },
      { name: 'HandlingNotes', displayName: 'Anteckningar', type: 'Note' },
      { name: 'Decisions', displayName: 'Beslut (JSON)', type: 'Note' },
      { name: 'AssignmentKeys', displayName: 'Uppdrag (JSON-nycklar)', type: 'Note' }
    ]
  },
  {
    key: 'boardAssignments',
    title: 'GitsBoardAssignments',
    description: 'Ledningsrådets uppdrag till förvaltningsobjekten, ett per rad. Bara protokollförare stänger ett uppdrag.',
    titleDisplayName: 'Uppdrag',
    since: 4,
    columns: [
      // The assignment key "<ObjectKey>-<Year>Q<Quarter>-<n>".
      { name: COL.rowKey, displayName: 'Uppdragsnyckel', type: 'Text', indexed: true, unique: true, required: true },
      { name: COL.objectKey, displayName: 'Objektnyckel', type: 'Text', indexed: true, required: true },
      { name: 'AssignmentText', displayName: 'Uppdragets lydelse', type: 'Note' },
      { name: 'GivenYear', displayName: 'Givet för år', type: 'Number' },
      { name: 'GivenQuarter', displayName: 'Givet för kvartal', type: 'Number' },
      { name: 'MeetingDate', displayName: 'Mötesdatum', type: 'DateTime', dateOnly: true },
      { name: 'AnswerByYear', displayName: 'Besvaras senast år', type: 'Number' },
      { name: 'AnswerByQuarter', displayName: 'Besvaras senast kvartal', type: 'Number' },
      { name: 'AssignmentState', displayName: 'Status', type: 'Choice', choices: ASSIGNMENT_STATES, indexed: true },
      { name: 'ClosedAt', displayName: 'Stängt', type: 'DateTime' },
      { name: 'ClosedByName', displayName: 'Stängt av', type: 'Text' },
      { name: 'ClosedByEmail', displayName: 'Stängt av e-post', type: 'Text' },
      { name: 'ClosingNote', displayName: 'Kommentar vid stängning', type: 'Note' }
    ]
  },
  {
    key: 'boardLog',
    title: 'GitsBoardLog',
    description: 'Logg över ändringar i ledningsrådets behandling, uppdrag och kalender (vem och när). Kan bara läggas till.',
    titleDisplayName: 'Rubrik',
    since: 4,
    columns: [
      { name: 'Action', displayName: 'Åtgärd', type: 'Choice', choices: BOARD_LOG_ACTIONS },
      { name: COL.objectKey, displayName: 'Objektnyckel', type: 'Text', indexed: true },
      { name: 'Subject', displayName: 'Gäller', type: 'Text', indexed: true },
      { name: 'ActorName', displayName: 'Utförd av', type: 'Text' },
      { name: 'ActorEmail', displayName: 'Utförd av e-post', type: 'Text' },
      { name: 'ActionAt', displayName: 'Tidpunkt', type: 'DateTime', indexed: true },
      { name: 'Detail', displayName: 'Ändring', type: 'Note' }
    ]
  }
];

/** The lists and columns of a given schema version (older shapes are used to test upgrades). */
export function schemaForVersion(version: number): IListSpec[] {
  return LISTS.filter((l) => (l.since ?? 1) <= version).map((l) => ({
    ...l,
    columns: l.columns
      .filter((c) => (c.since ?? 1) <= version)
      .map((c) => (c.uniqueBefore !== undefined && version < c.uniqueBefore ? { ...c, unique: true } : c))
  }));
}

export function listSpec(key: ListKey): IListSpec {
  const spec = LISTS.find((l) => l.key === key);
  if (!spec) {
    throw new Error(`Unknown list key ${key}`);
  }
  return spec;
}

export function listTitle(key: ListKey): string {
  return listSpec(key).title;
}

/** Config list item title holding the schema version. */
export const SCHEMA_VERSION_KEY = 'SchemaVersion';
/** Config list item title holding the days before the board meeting a report is due (default 14 when absent). */
export const BOARD_DUE_DAYS_KEY = 'BoardDueDaysBeforeMeeting';
/** Schema version that introduced the board's lists and settings. */
export const BOARD_SETTINGS_SINCE = 4;

const TYPE_KIND: Record<ColumnType, number> = {
  Text: 2,
  Note: 3,
  Number: 9,
  Boolean: 8,
  DateTime: 4,
  Choice: 6,
  Lookup: 7,
  User: 20
};

/** SP.FieldType number of a column type (FieldTypeKind in REST). */
export function fieldTypeKind(type: ColumnType): number {
  return TYPE_KIND[type];
}

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** CAML field XML for createFieldAsXml; `lookupListId` is the target list id for Lookup columns. */
export function fieldSchemaXml(column: IColumnSpec, lookupListId?: string): string {
  const attrs: string[] = [
    `Type="${column.type}"`,
    `Name="${column.name}"`,
    `StaticName="${column.name}"`,
    `DisplayName="${xmlEscape(column.displayName)}"`
  ];
  if (column.required) attrs.push('Required="TRUE"');
  if (column.indexed || column.unique) attrs.push('Indexed="TRUE"');
  if (column.unique) attrs.push('EnforceUniqueValues="TRUE"');
  if (column.type === 'Note') attrs.push('NumLines="6"', 'RichText="FALSE"', 'UnlimitedLengthInDocumentLibrary="TRUE"');
  if (column.type === 'Number') attrs.push('Decimals="-1"');
  if (column.type === 'DateTime') attrs.push(column.dateOnly ? 'Format="DateOnly"' : 'Format="DateTime"');
  if (column.type === 'User') attrs.push('UserSelectionMode="PeopleOnly"', 'List="UserInfo"', 'ShowField="ImnName"');
  if (column.type === 'Lookup') attrs.push(`List="{${lookupListId ?? ''}}"`, 'ShowField="Title"', 'RelationshipDeleteBehavior="None"');
  if (column.type === 'Choice' && column.choices) {
    const choices = column.choices.map((c) => `<CHOICE>${xmlEscape(c)}</CHOICE>`).join('');
    return `<Field ${attrs.join(' ')}><CHOICES>${choices}</CHOICES></Field>`;
  }
  return `<Field ${attrs.join(' ')} />`;
}
