/**
 * The fixed texts of the Word status report template ("Statusrapport - förvaltningsobjekt i GITS"),
 * shared by the writer (which lays them out) and the reader (which recognises them).
 * The template is Swedish whatever the UI language: it is the document the board knows.
 */
import type { QuarterNumber } from '../domain/model';

export const TEMPLATE_TITLE: string = 'Statusrapport - förvaltningsobjekt i GITS';
export const LABEL_OBJECT: string = 'Förvaltningsobjekt:';
export const LABEL_QUARTER: string = 'Kvartal:';
export const LABEL_ECONOMY_ASSESSMENT: string = 'Ekonomisk bedömning:';

/** The four quarter choices exactly as the template prints them. */
export const QUARTER_CHOICES: Readonly<Record<QuarterNumber, string>> = {
  1: 'Q1 (jan-mars)',
  2: 'Q2 (april-juni)',
  3: 'Q3 (juli-sep)',
  4: 'Q4 (okt-dec)'
};

/** Ballot boxes as Word's checkbox content controls show them. */
export const BOX_CHECKED: string = '\u2612';
export const BOX_UNCHECKED: string = '\u2610';
/** Glyphs people use for a ticked box in old reports (☒ ☑ ✓ ✔ ■ and "[x]"/"X" are handled by the reader). */
export const CHECKED_GLYPHS: readonly string[] = ['\u2612', '\u2611', '\u2713', '\u2714', '\u25A0', '\u25A3'];

/** The judged status, right after the header (reports written before it existed have none). */
export const HEADING_JUDGEMENT: string = 'Bedömning';
/** The team's answers to the board's open assignments, after the judgement (reports with none have no section). */
export const HEADING_REPORTING_BACK: string = 'Återrapportering av uppdrag från ledningsrådet';
export const HEADING_COORDINATOR: string = 'Ansvarig funktionskoordinator';
export const HEADING_MISSION: string = 'Beskrivning av uppdraget';
export const HEADING_EVENTS: string = 'Viktiga händelser under perioden';
export const HEADING_PROBLEMS: string = 'Aktuella problemställningar och utmaningar';
export const HEADING_ACTIVITIES: string = 'Planerade aktiviteter';
export const HEADING_ECONOMY: string = 'Ekonomisk status och personalresurser';
export const HEADING_COMMUNICATION: string = 'Kommunikationsaktiviteter';

/** Headings whose text is fixed by the template (the KPI heading is written per report). */
export const FIXED_SECTION_HEADINGS: readonly string[] = [
  HEADING_JUDGEMENT,
  HEADING_REPORTING_BACK,
  HEADING_COORDINATOR,
  HEADING_MISSION,
  HEADING_EVENTS,
  HEADING_PROBLEMS,
  HEADING_ACTIVITIES,
  HEADING_ECONOMY,
  HEADING_COMMUNICATION
];

export const KPI_COL_LABEL: string = 'Område / Nyckeltal';
export const KPI_COL_COMMENT: string = 'Kommentar';
export const MEETING_COL_TYPE: string = 'Typ av möte/samverkan';
export const MEETING_COL_FREQUENCY: string = 'Frekvens/period och deltagare';
export const MEETING_COL_PURPOSE: string = 'Innehåll/syfte';

/** First header cell of the chart's data table (per export locale); the reader skips such tables. */
export const CHART_TABLE_FIRST_HEADER: Readonly<Record<'sv-SE' | 'en-US', string>> = {
  'sv-SE': 'Kvartal',
  'en-US': 'Quarter'
};

/** Compares template texts loosely: case, surrounding spaces/colons and runs of whitespace do not matter. */
export function normaliseLabel(text: string): string {
  return text
    .replace(/[\s\u00A0\u202F\u2009]+/g, ' ')
    .replace(/^[\s:*#]+|[\s:*.]+$/g, '')
    .toLocaleLowerCase('sv-SE');
}

/** Texts of the board pack (ledningsrådets underlag), Swedish like the template. */
export const PACK_TITLE: string = 'Underlag till GITS ledningsråd';
export const PACK_LABEL_QUARTER: string = 'Kvartal:';
export const PACK_LABEL_MEETING: string = 'Möte:';
export const PACK_SUMMARY_HEADING: string = 'Sammanfattning';
export const PACK_ASSIGNMENTS_HEADING: string = 'Öppna uppdrag och återrapportering';
export const PACK_REPORTS_HEADING: string = 'Godkända rapporter';
export const PACK_COL_OBJECT: string = 'Förvaltningsobjekt';
export const PACK_COL_PERIOD: string = 'Period';
export const PACK_COL_CHANGES: string = 'Ändrat sedan förra rapporten';
export const PACK_COL_DUE: string = 'Inlämning';
export const PACK_NO_REPORT: string = 'Ingen godkänd rapport';
export const PACK_FIRST_REPORT: string = 'Första rapporten till ledningsrådet';
export const PACK_NO_CHANGE: string = 'Ingen ändrad bedömning';
export const PACK_NO_ASSIGNMENTS: string = 'Inga öppna uppdrag.';
export const PACK_NO_ANSWER: string = 'Rapporten ger inget svar.';
/** Due state in words; the due date follows in parentheses. */
export const PACK_DUE_WORDS: Readonly<Record<'notDue' | 'dueSoon' | 'overdue' | 'submitted' | 'noMeeting', string>> = {
  notDue: 'Ska lämnas senast',
  dueSoon: 'Ska snart lämnas, senast',
  overdue: 'Försenad, skulle ha lämnats senast',
  submitted: 'Inlämnad',
  noMeeting: 'Inget möte i kalendern'
};
