/**
 * Report ⇄ draft. `toDraft` turns a stored report into editable text; `parseDraft` turns the
 * text back into a report and reports every field it cannot accept with a message key.
 * Texts are kept exactly as typed (no trimming): the model's round-trip rule.
 */
import type {
  IEvent,
  IKpiEntry,
  IKpiValue,
  IPlannedActivity,
  IProblem,
  IStatusReport,
  ITextItem
} from '../../../domain/model';
import { formatNumber, parseNumberText, type NumberLocale } from '../../../domain/numbers';
import { formatQuarter, parseQuarter } from '../../../domain/quarter';
import { validateReport, type IValidationError } from '../../../domain/validation';
import type { MessageKey } from '../../../messages';
import { judgementOf, judgementsOf, JUDGEMENT_TARGETS, setJudgements, type JudgementTarget } from '../../../domain/judgement';
import type { IJudgement, IReportJudgements } from '../../../domain/model';
import type { IReportingBackItem } from '../../../domain/board/model';
import { validateReportingBack } from '../../../domain/board/validation';
import { withReportingBack } from '../../../domain/board/reportingBack';
import type {
  IActivityDraft,
  IEventDraft,
  IFieldError,
  IJudgementsDraft,
  IKpiRowDraft,
  IMeetingDraft,
  IProblemDraft,
  IReportDraft,
  IReportingBackDraft,
  ITextItemDraft,
  RowSection
} from './types';

import { checkDate, checkText, hasForbiddenCharacters, type ITextRule } from '../../shared/textChecks';

// The text checks live with the shared components (the recorder's form uses them too).
export { checkDate, checkText, hasForbiddenCharacters };

const AMBIGUOUS_THOUSANDS = /^[+\-\u2212\u2013]?\d{1,3}(?:[.,]\d{3})+(?![\d.,])/;

let rowCounter = 0;
/** A row id unique within this page and unlikely to clash with ids in a restored draft. */
export function newRowId(): string {
  rowCounter += 1;
  return `r${rowCounter}${Math.random().toString(36).slice(2, 7)}`;
}

function itemToDraft(item: ITextItem): ITextItemDraft {
  return { id: newRowId(), text: item.text, subItems: item.subItems.join('\n') };
}

function fteToText(value: number | undefined, locale: NumberLocale): string {
  // Without grouping so "1500" reads back the same in both locales.
  return value === undefined ? '' : formatNumber(value, locale).replace(/[\u00A0\u202F ]/g, '').replace('\u2212', '-');
}

/** Number locale of the UI: en-* types "4.5", everything else (sv-SE first) types "4,5". */
export function numberLocaleFor(uiLocale: string): NumberLocale {
  return /^en/i.test(uiLocale) ? 'en-US' : 'sv-SE';
}

export function toDraft(report: IStatusReport, uiLocale: string = 'sv-SE'): IReportDraft {
  const locale = numberLocaleFor(uiLocale);
  const h = report.header;
  return {
    header: {
      objectKey: h.objectKey,
      objectTitle: h.objectTitle,
      period: formatQuarter(h.period, 'quarterFirst'),
      coordinator: h.coordinator.displayName,
      coordinatorOriginalName: h.coordinator.displayName,
      ...(h.coordinator.email !== undefined ? { coordinatorEmail: h.coordinator.email } : {}),
      mission: h.mission,
      approval: h.approval
    },
    events: report.events.map((e: IEvent): IEventDraft => ({ ...itemToDraft(e), date: e.date ?? '' })),
    kpiSectionTitle: report.kpiSectionTitle,
    kpiDefinitions: report.kpiDefinitions.slice(),
    kpis: report.kpis.map(
      (k: IKpiEntry): IKpiRowDraft => ({
        id: newRowId(),
        definitionKey: k.definitionKey,
        current: k.current ? k.current.text : '',
        previous: k.previous ? k.previous.text : '',
        comment: k.comment,
        ...(k.current ? { currentOriginal: k.current } : {}),
        ...(k.previous ? { previousOriginal: k.previous } : {})
      })
    ),
    meetings: report.meetings.map((m): IMeetingDraft => ({ id: newRowId(), ...m })),
    chartCaption: report.chartCaption,
    problems: report.problems.map((p: IProblem): IProblemDraft => ({ ...itemToDraft(p), status: p.status })),
    activities: report.activities.map((a: IPlannedActivity): IActivityDraft => ({ ...itemToDraft(a), status: a.status })),
    economy: { items: report.economy.items.map(itemToDraft), assessment: report.economy.assessment },
    staffing: {
      fteStart: fteToText(report.staffing.fteStart, locale),
      fteEnd: fteToText(report.staffing.fteEnd, locale),
      items: report.staffing.items.map(itemToDraft)
    },
    communication: report.communication.map(itemToDraft),
    judgements: judgementsToDraft(judgementsOf(report)),
    ...(report.headlineKpis ? { headlineKpis: report.headlineKpis.slice() } : {}),
    ...(report.reportingBack && report.reportingBack.length > 0 ? { reportingBack: report.reportingBack.map(reportingBackToDraft) } : {})
  };
}

export function reportingBackToDraft(item: IReportingBackItem): IReportingBackDraft {
  return { ...item };
}

export function reportingBackFromDraft(row: IReportingBackDraft): IReportingBackItem {
  const item: IReportingBackItem = { assignmentKey: row.assignmentKey, assignment: row.assignment, givenFor: row.givenFor, answerBy: row.answerBy, answer: row.answer };
  return row.status !== undefined ? { ...item, status: row.status } : item;
}

export function judgementsToDraft(judgements: IReportJudgements): IJudgementsDraft {
  const draft: Partial<Record<JudgementTarget, IJudgement>> = {};
  JUDGEMENT_TARGETS.forEach((target) => {
    draft[target] = judgementOf(judgements, target);
  });
  return draft as IJudgementsDraft;
}

export function judgementsFromDraft(draft: IJudgementsDraft): IReportJudgements {
  return {
    overall: draft.overall,
    dimensions: { delivery: draft.delivery, economy: draft.economy, resources: draft.resources, risks: draft.risks }
  };
}

export type FteParseResult = { readonly ok: true; readonly value: number | undefined } | { readonly ok: false; readonly messageKey: MessageKey };

/** FTE as typed: empty (not reported) or one number, no words or percent; the range is the domain's rule. */
export function parseFte(text: string, locale: NumberLocale): FteParseResult {
  if (text.trim() === '') {
    return { ok: true, value: undefined };
  }
  const parsed = parseNumberText(text, { locale, allowQualifier: false });
  if (!parsed.ok) {
    return parsed;
  }
  if (parsed.percent) {
    return { ok: false, messageKey: 'number.unexpectedText' };
  }
  return { ok: true, value: parsed.value };
}

export type KpiCellResult = { readonly ok: true; readonly value: IKpiValue | undefined } | { readonly ok: false; readonly messageKey: MessageKey };

/**
 * A KPI cell: empty, a number with optional words after it ("1 520 jan–maj", "46,6 %"), or any
 * text ("Slutfört nov"). Cells are written in the report's language, Swedish, whatever the UI
 * language. A number too large to store is an error rather than silently becoming text.
 */
export function parseKpiCell(text: string, original?: IKpiValue): KpiCellResult {
  if (text === '') {
    return { ok: true, value: undefined };
  }
  const textError = checkText(text, { singleLine: true });
  if (textError) {
    return { ok: false, messageKey: textError };
  }
  if (original && original.text === text) {
    return { ok: true, value: original };
  }
  // "61,829" (pasted from an English sheet) would read as 61.829 in Swedish, and "61.829" as
  // text: both are refused rather than silently giving the chart a wrong value or a gap.
  if (AMBIGUOUS_THOUSANDS.test(text.trim())) {
    return { ok: false, messageKey: 'number.ambiguous' };
  }
  const parsed = parseNumberText(text, { locale: 'sv-SE' });
  if (!parsed.ok) {
    if (parsed.messageKey === 'number.outOfRange') {
      return parsed;
    }
    return { ok: true, value: { text } };
  }
  return {
    ok: true,
    value: { text, number: parsed.value, ...(parsed.qualifier !== undefined ? { qualifier: parsed.qualifier } : {}) }
  };
}

function subItemsOf(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.trim() !== '');
}

export interface IParseDraftResult {
  /** The report when every field was accepted. */
  readonly report?: IStatusReport;
  readonly errors: readonly IFieldError[];
}

const ROW_PATH = /^([a-z]+(?:\.items)?)\[(\d+)\]\.([A-Za-z]+)/;
const ROW_SECTIONS: readonly RowSection[] = [
  'events',
  'kpis',
  'meetings',
  'problems',
  'activities',
  'economy.items',
  'staffing.items',
  'communication'
];

/**
 * Maps a domain validation path ("kpis[3].current.qualifier", "header.period.year") to the
 * editor's field path ("kpis.<rowId>.current", "header.period").
 */
export function editorPathOf(domainPath: string, draft: IReportDraft): string {
  const row = ROW_PATH.exec(domainPath);
  if (row && (ROW_SECTIONS as readonly string[]).indexOf(row[1]) >= 0) {
    const section = row[1] as RowSection;
    const id = getRowIds(draft, section)[Number(row[2])];
    return id === undefined ? section : `${section}.${id}.${row[3]}`;
  }
  const definition = /^kpiDefinitions\[(\d+)\]\.([A-Za-z]+)/.exec(domainPath);
  if (definition) {
    const d = draft.kpiDefinitions[Number(definition[1])];
    return d ? `kpiDefinitions.${d.key}.${definition[2] === 'key' ? 'label' : definition[2]}` : 'kpiDefinitions';
  }
  const judgement = /^judgements\.(?:dimensions\.)?([a-z]+)\.([a-z]+)/.exec(domainPath);
  if (judgement) {
    return `judgements.${judgement[1]}.${judgement[2]}`;
  }
  if (/^header\.period/.test(domainPath)) {
    return 'header.period';
  }
  if (/^header\.coordinator/.test(domainPath)) {
    return 'header.coordinator';
  }
  return domainPath;
}

function getRowIds(draft: IReportDraft, section: RowSection): readonly string[] {
  const rows: readonly { readonly id: string }[] =
    section === 'economy.items' ? draft.economy.items : section === 'staffing.items' ? draft.staffing.items : draft[section];
  return rows.map((row) => row.id);
}

/**
 * Turns a draft into a report. Parsing problems (numbers, dates, quarter, characters) and the
 * domain's validation of the result come back together, one error per field, in form order.
 */
export function parseDraft(draft: IReportDraft, uiLocale: string = 'sv-SE'): IParseDraftResult {
  const parseErrors: IFieldError[] = [];
  const locale = numberLocaleFor(uiLocale);
  const text = (path: string, value: string, rule: ITextRule = {}): string => {
    const key = checkText(value, rule);
    if (key) {
      parseErrors.push({ path, messageKey: key });
    }
    return value;
  };
  const item = (section: string, row: ITextItemDraft): ITextItem => {
    text(`${section}.${row.id}.text`, row.text);
    text(`${section}.${row.id}.subItems`, row.subItems);
    return { text: row.text, subItems: subItemsOf(row.subItems) };
  };

  const h = draft.header;
  text('header.objectTitle', h.objectTitle, { singleLine: true });
  text('header.coordinator', h.coordinator, { singleLine: true });
  text('header.mission', h.mission);
  const period = parseQuarter(h.period);
  if (!period.ok) {
    parseErrors.push({ path: 'header.period', messageKey: period.messageKey });
  }

  const events = draft.events.map((row): IEvent => {
    const dateKey = checkDate(row.date);
    if (dateKey) {
      parseErrors.push({ path: `events.${row.id}.date`, messageKey: dateKey });
    }
    return { ...item('events', row), ...(row.date !== '' && !dateKey ? { date: row.date } : {}) };
  });

  text('kpiSectionTitle', draft.kpiSectionTitle, { singleLine: true });
  draft.kpiDefinitions.forEach((d) => {
    text(`kpiDefinitions.${d.key}.label`, d.label, { singleLine: true });
    text(`kpiDefinitions.${d.key}.unit`, d.unit, { singleLine: true });
  });
  const kpis = draft.kpis.map((row): IKpiEntry => {
    const current = parseKpiCell(row.current, row.currentOriginal);
    const previous = parseKpiCell(row.previous, row.previousOriginal);
    if (!current.ok) {
      parseErrors.push({ path: `kpis.${row.id}.current`, messageKey: current.messageKey });
    }
    if (!previous.ok) {
      parseErrors.push({ path: `kpis.${row.id}.previous`, messageKey: previous.messageKey });
    }
    text(`kpis.${row.id}.comment`, row.comment);
    return {
      definitionKey: row.definitionKey,
      ...(current.ok && current.value ? { current: current.value } : {}),
      ...(previous.ok && previous.value ? { previous: previous.value } : {}),
      comment: row.comment
    };
  });

  const meetings = draft.meetings.map((row) => {
    text(`meetings.${row.id}.type`, row.type, { singleLine: true });
    text(`meetings.${row.id}.current`, row.current, { singleLine: true });
    text(`meetings.${row.id}.previous`, row.previous, { singleLine: true });
    text(`meetings.${row.id}.purpose`, row.purpose);
    return { type: row.type, current: row.current, previous: row.previous, purpose: row.purpose };
  });
  text('chartCaption', draft.chartCaption);

  const problems = draft.problems.map((row): IProblem => ({ ...item('problems', row), status: row.status }));
  const activities = draft.activities.map((row): IPlannedActivity => ({ ...item('activities', row), status: row.status }));
  const economyItems = draft.economy.items.map((row) => item('economy.items', row));
  const fteStart = parseFte(draft.staffing.fteStart, locale);
  const fteEnd = parseFte(draft.staffing.fteEnd, locale);
  if (!fteStart.ok) {
    parseErrors.push({ path: 'staffing.fteStart', messageKey: fteStart.messageKey });
  }
  if (!fteEnd.ok) {
    parseErrors.push({ path: 'staffing.fteEnd', messageKey: fteEnd.messageKey });
  }
  const staffingItems = draft.staffing.items.map((row) => item('staffing.items', row));
  const communication = draft.communication.map((row) => item('communication', row));

  JUDGEMENT_TARGETS.forEach((target) => text(`judgements.${target}.comment`, draft.judgements[target].comment));
  const reportingBackRows = draft.reportingBack ?? [];
  reportingBackRows.forEach((row) => text(`reportingBack.${row.assignmentKey}.answer`, row.answer));

  const keepEmail = h.coordinatorEmail !== undefined && h.coordinator === h.coordinatorOriginalName;
  const unjudged: IStatusReport = {
    header: {
      objectKey: h.objectKey,
      objectTitle: h.objectTitle,
      // A quarter that did not parse is reported above; a valid placeholder keeps the domain check quiet about it.
      period: period.ok ? period.value : { year: 2000, quarter: 1 },
      coordinator: { displayName: h.coordinator, ...(keepEmail ? { email: h.coordinatorEmail } : {}) },
      mission: h.mission,
      approval: h.approval
    },
    events,
    kpiSectionTitle: draft.kpiSectionTitle,
    kpiDefinitions: draft.kpiDefinitions.slice(),
    kpis,
    meetings,
    chartCaption: draft.chartCaption,
    problems,
    activities,
    economy: { items: economyItems, assessment: draft.economy.assessment },
    staffing: {
      ...(fteStart.ok && fteStart.value !== undefined ? { fteStart: fteStart.value } : {}),
      ...(fteEnd.ok && fteEnd.value !== undefined ? { fteEnd: fteEnd.value } : {}),
      items: staffingItems
    },
    communication,
    // A removed KPI row leaves the headline choice without it rather than in error.
    ...(draft.headlineKpis ? { headlineKpis: draft.headlineKpis.filter((key) => kpis.some((entry) => entry.definitionKey === key)) } : {})
  };
  const report = withReportingBack(setJudgements(unjudged, judgementsFromDraft(draft.judgements)), reportingBackRows.map(reportingBackFromDraft));

  const errors: IFieldError[] = [];
  const seen = new Set<string>();
  const add = (error: IFieldError): void => {
    if (!seen.has(error.path)) {
      seen.add(error.path);
      errors.push(error);
    }
  };
  parseErrors.forEach(add);
  validateReport(report).forEach((e: IValidationError) =>
    add({ path: editorPathOf(e.path, draft), messageKey: e.messageKey, ...(e.params ? { params: e.params } : {}) })
  );
  // Answers are checked for the report's own quarter (text may wait while an assignment is not yet due).
  if (period.ok) {
    validateReportingBack(report.reportingBack, period.value).forEach((e) => {
      const match = /^reportingBack\[(\d+)\]\.([A-Za-z]+)$/.exec(e.path);
      const row = match ? reportingBackRows[Number(match[1])] : undefined;
      const field = match && match[2] === 'assignmentKey' ? 'status' : match ? match[2] : 'status';
      add({ path: row ? `reportingBack.${row.assignmentKey}.${field}` : 'reportingBack', messageKey: e.messageKey, ...(e.params ? { params: e.params } : {}) });
    });
  }
  return errors.length === 0 ? { report, errors } : { errors };
}
