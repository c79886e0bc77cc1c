/**
 * Field-by-field comparison and merge of two versions of the same report: "mine" (what this
 * user edited) and "theirs" (what someone else saved meanwhile). There is no common ancestor,
 * so nothing is merged automatically: every differing field is listed and the user picks a
 * side per field. KPI rows are matched by their definition key, so two people filling in
 * different KPIs can both keep their values; lists without an identity (events, problems...)
 * are compared and chosen as a whole section.
 */
import type { IKpiDefinition, IKpiEntry, IKpiValue, IStatusReport, ITextItem } from '../../../domain/model';
import { formatQuarter } from '../../../domain/quarter';
import type { MessageKey } from '../../../messages';

export type MergeChoice = 'mine' | 'theirs';

/** How a field's value is shown in the comparison. */
export type DifferenceKind = 'text' | 'assessment' | 'lines';

export interface IFieldDifference {
  /** Stable id of the field: "header.mission", "kpis:registered-users", "events". */
  readonly id: string;
  /** Loc key of the field's name (the editor's strings). */
  readonly labelKey: MessageKey;
  /** Extra words after the name, e.g. the KPI's label. */
  readonly detail?: string;
  readonly kind: DifferenceKind;
  /** Each version as lines of plain text for display (assessment: its value key). */
  readonly mine: readonly string[];
  readonly theirs: readonly string[];
}

interface IFieldSpec {
  readonly id: string;
  readonly labelKey: MessageKey;
  readonly kind: DifferenceKind;
  readonly get: (r: IStatusReport) => unknown;
  readonly show: (value: unknown) => string[];
}

/** Structural equality of JSON-like values; key order does not matter, undefined equals missing. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) {
    return true;
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return typeof a === 'number' && typeof b === 'number' && isNaN(a) && isNaN(b);
  }
  if (Array.isArray(a) !== Array.isArray(b)) {
    return false;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  let equal = true;
  keys.forEach((key) => {
    if (equal && !deepEqual(ao[key], bo[key])) {
      equal = false;
    }
  });
  return equal;
}

const text = (value: unknown): string[] => (value === undefined || value === '' ? [] : [String(value)]);

function itemLines(items: unknown): string[] {
  const lines: string[] = [];
  (items as readonly (ITextItem & { date?: string; status?: string })[]).forEach((item) => {
    const prefix = [item.date, item.status].filter((p) => p !== undefined && p !== '').join(', ');
    lines.push(prefix ? `${item.text} (${prefix})` : item.text);
    item.subItems.forEach((sub) => lines.push(`  – ${sub}`));
  });
  return lines;
}

function cell(value: IKpiValue | undefined): string {
  return value ? value.text : '–';
}

function kpiLines(entry: unknown): string[] {
  const e = entry as IKpiEntry | undefined;
  if (!e) {
    return [];
  }
  return [`${cell(e.current)} | ${cell(e.previous)}${e.comment ? ` | ${e.comment}` : ''}`];
}

const SCALAR_FIELDS: readonly IFieldSpec[] = [
  { id: 'header.objectTitle', labelKey: 'report.field.object', kind: 'text', get: (r) => r.header.objectTitle, show: text },
  { id: 'header.period', labelKey: 'editor.field.period', kind: 'text', get: (r) => r.header.period, show: (v) => text(formatQuarter(v as IStatusReport['header']['period'], 'quarterFirst')) },
  { id: 'header.coordinator', labelKey: 'report.section.coordinator', kind: 'text', get: (r) => r.header.coordinator, show: (v) => text((v as IStatusReport['header']['coordinator']).displayName) },
  { id: 'header.mission', labelKey: 'report.section.mission', kind: 'text', get: (r) => r.header.mission, show: text },
  { id: 'events', labelKey: 'report.section.events', kind: 'lines', get: (r) => r.events, show: itemLines },
  { id: 'kpiSectionTitle', labelKey: 'editor.field.kpiSectionTitle', kind: 'text', get: (r) => r.kpiSectionTitle, show: text },
  {
    id: 'kpiDefinitions',
    labelKey: 'editor.field.kpiDefinitions',
    kind: 'lines',
    get: (r) => r.kpiDefinitions,
    show: (v) => (v as readonly IKpiDefinition[]).map((d) => `${d.label}${d.unit ? ` (${d.unit})` : ''}`)
  },
  { id: 'meetings', labelKey: 'report.section.meetings', kind: 'lines', get: (r) => r.meetings, show: (v) => (v as IStatusReport['meetings']).map((m) => [m.type, m.current, m.previous, m.purpose].join(' | ')) },
  { id: 'chartCaption', labelKey: 'report.field.chartCaption', kind: 'text', get: (r) => r.chartCaption, show: text },
  { id: 'problems', labelKey: 'report.section.problems', kind: 'lines', get: (r) => r.problems, show: itemLines },
  { id: 'activities', labelKey: 'report.section.activities', kind: 'lines', get: (r) => r.activities, show: itemLines },
  { id: 'economy.items', labelKey: 'editor.field.economyText', kind: 'lines', get: (r) => r.economy.items, show: itemLines },
  { id: 'economy.assessment', labelKey: 'editor.field.economyAssessment', kind: 'assessment', get: (r) => r.economy.assessment, show: text },
  { id: 'staffing.fteStart', labelKey: 'editor.field.fteStart', kind: 'text', get: (r) => r.staffing.fteStart, show: text },
  { id: 'staffing.fteEnd', labelKey: 'editor.field.fteEnd', kind: 'text', get: (r) => r.staffing.fteEnd, show: text },
  { id: 'staffing.items', labelKey: 'editor.field.staffingNotes', kind: 'lines', get: (r) => r.staffing.items, show: itemLines },
  { id: 'communication', labelKey: 'report.section.communication', kind: 'lines', get: (r) => r.communication, show: itemLines }
];

const KPI_PREFIX = 'kpis:';

function kpiKeys(mine: IStatusReport, theirs: IStatusReport): string[] {
  const keys = mine.kpis.map((k) => k.definitionKey);
  theirs.kpis.forEach((k) => {
    if (keys.indexOf(k.definitionKey) < 0) {
      keys.push(k.definitionKey);
    }
  });
  return keys;
}

function kpiLabel(key: string, mine: IStatusReport, theirs: IStatusReport): string {
  const definition = mine.kpiDefinitions.filter((d) => d.key === key)[0] || theirs.kpiDefinitions.filter((d) => d.key === key)[0];
  return definition ? definition.label : key;
}

function kpiOf(report: IStatusReport, key: string): IKpiEntry | undefined {
  return report.kpis.filter((k) => k.definitionKey === key)[0];
}

/** Every field where the two versions differ, in the report's order (KPI rows after the KPI title). */
export function diffReports(mine: IStatusReport, theirs: IStatusReport): IFieldDifference[] {
  const differences: IFieldDifference[] = [];
  SCALAR_FIELDS.forEach((field) => {
    const a = field.get(mine);
    const b = field.get(theirs);
    if (!deepEqual(a, b)) {
      differences.push({ id: field.id, labelKey: field.labelKey, kind: field.kind, mine: field.show(a), theirs: field.show(b) });
    }
    if (field.id === 'kpiDefinitions') {
      kpiKeys(mine, theirs).forEach((key) => {
        const a2 = kpiOf(mine, key);
        const b2 = kpiOf(theirs, key);
        if (!deepEqual(a2, b2)) {
          differences.push({
            id: KPI_PREFIX + key,
            labelKey: 'report.kpi.keyFigure',
            detail: kpiLabel(key, mine, theirs),
            kind: 'lines',
            mine: kpiLines(a2),
            theirs: kpiLines(b2)
          });
        }
      });
    }
  });
  return differences;
}

/**
 * The report made of each field from the chosen side (mine where no choice was made).
 * Identity and workflow state (object key, approval) always come from theirs: the stored report.
 */
export function mergeReports(mine: IStatusReport, theirs: IStatusReport, choices: Readonly<Record<string, MergeChoice>>): IStatusReport {
  const pick = <T>(id: string, get: (r: IStatusReport) => T): T => (choices[id] === 'theirs' ? get(theirs) : get(mine));

  const kpis: IKpiEntry[] = [];
  kpiKeys(mine, theirs).forEach((key) => {
    const entry = choices[KPI_PREFIX + key] === 'theirs' ? kpiOf(theirs, key) : kpiOf(mine, key);
    if (entry) {
      kpis.push(entry);
    }
  });
  // The chosen definitions, plus any the merged rows need from the other side.
  const definitions = pick('kpiDefinitions', (r) => r.kpiDefinitions).slice();
  const other = choices.kpiDefinitions === 'theirs' ? mine.kpiDefinitions : theirs.kpiDefinitions;
  kpis.forEach((entry) => {
    if (!definitions.some((d) => d.key === entry.definitionKey)) {
      const missing = other.filter((d) => d.key === entry.definitionKey)[0];
      if (missing) {
        definitions.push(missing);
      }
    }
  });

  const fteStart = pick('staffing.fteStart', (r) => r.staffing.fteStart);
  const fteEnd = pick('staffing.fteEnd', (r) => r.staffing.fteEnd);
  return {
    header: {
      objectKey: theirs.header.objectKey,
      objectTitle: pick('header.objectTitle', (r) => r.header.objectTitle),
      period: pick('header.period', (r) => r.header.period),
      coordinator: pick('header.coordinator', (r) => r.header.coordinator),
      mission: pick('header.mission', (r) => r.header.mission),
      approval: theirs.header.approval
    },
    events: pick('events', (r) => r.events),
    kpiSectionTitle: pick('kpiSectionTitle', (r) => r.kpiSectionTitle),
    kpiDefinitions: definitions,
    kpis,
    meetings: pick('meetings', (r) => r.meetings),
    chartCaption: pick('chartCaption', (r) => r.chartCaption),
    problems: pick('problems', (r) => r.problems),
    activities: pick('activities', (r) => r.activities),
    economy: { items: pick('economy.items', (r) => r.economy.items), assessment: pick('economy.assessment', (r) => r.economy.assessment) },
    staffing: {
      ...(fteStart !== undefined ? { fteStart } : {}),
      ...(fteEnd !== undefined ? { fteEnd } : {}),
      items: pick('staffing.items', (r) => r.staffing.items)
    },
    communication: pick('communication', (r) => r.communication)
  };
}

/** Choices taking one side for every difference. */
export function chooseAll(differences: readonly IFieldDifference[], choice: MergeChoice): Record<string, MergeChoice> {
  const choices: Record<string, MergeChoice> = {};
  differences.forEach((d) => {
    choices[d.id] = choice;
  });
  return choices;
}
