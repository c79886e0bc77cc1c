/**
 * Field-level validation of a whole report. Returns every problem found, each with the
 * path of the field (as the editor names its inputs) and a message key the UI localizes.
 * Never throws: the input may be a half-filled form or JSON from anywhere.
 */
import type { IStatusReport } from '../model';
import { KPI_KEY_PATTERN } from '../kpi';
import { validateQuarter } from '../quarter';

export const VALIDATION_MESSAGE_KEYS = [
  'validation.required',
  'validation.tooLong',
  'validation.quarterRange',
  'validation.yearRange',
  'validation.fteRange',
  'validation.notFinite',
  'validation.unknownKpi',
  'validation.duplicateKpiKey',
  'validation.duplicateKpiEntry',
  'validation.keyFormat',
  'validation.dateFormat'
] as const;
export type ValidationMessageKey = (typeof VALIDATION_MESSAGE_KEYS)[number];

export interface IValidationError {
  /** Field path, e.g. "header.mission", "kpis[3].current", "events[0].subItems[1]". */
  readonly path: string;
  readonly messageKey: ValidationMessageKey;
  readonly params?: Record<string, string | number>;
}

/** SharePoint single line of text holds at most 255 characters. */
export const MAX_SINGLE_LINE_LENGTH: number = 255;
/** SharePoint multiple lines of text (plain) holds at most 63,999 characters. */
export const MAX_NOTE_LENGTH: number = 63999;
export const MAX_FTE: number = 1000;

const OBJECT_KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

type Unknown = Record<string, unknown> | undefined;

function asObject(value: unknown): Unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

function isValidIsoDate(text: string): boolean {
  const match = ISO_DATE_PATTERN.exec(text);
  if (!match) {
    return false;
  }
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCFullYear() === Number(match[1]) && date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

class Collector {
  public readonly errors: IValidationError[] = [];

  public add(path: string, messageKey: ValidationMessageKey, params?: Record<string, string | number>): void {
    this.errors.push(params ? { path, messageKey, params } : { path, messageKey });
  }

  /** Length check for an optional text; non-strings are left to the required check. */
  public length(path: string, value: unknown, max: number): void {
    if (typeof value === 'string' && value.length > max) {
      this.add(path, 'validation.tooLong', { max, length: value.length });
    }
  }

  public required(path: string, value: unknown, max: number): void {
    if (isBlank(value)) {
      this.add(path, 'validation.required');
    } else {
      this.length(path, value, max);
    }
  }

  public textItems(path: string, items: unknown): void {
    asArray(items).forEach((raw, i) => {
      const item = asObject(raw);
      const itemPath = `${path}[${i}]`;
      this.required(`${itemPath}.text`, item && item.text, MAX_NOTE_LENGTH);
      asArray(item && item.subItems).forEach((sub, j) => this.required(`${itemPath}.subItems[${j}]`, sub, MAX_NOTE_LENGTH));
      const date = item && item.date;
      if (date !== undefined && (typeof date !== 'string' || !isValidIsoDate(date))) {
        this.add(`${itemPath}.date`, 'validation.dateFormat');
      }
    });
  }

  public fte(path: string, value: unknown): void {
    if (value === undefined || value === null) {
      return;
    }
    if (typeof value !== 'number' || !isFinite(value)) {
      this.add(path, 'validation.notFinite');
    } else if (value < 0 || value > MAX_FTE) {
      this.add(path, 'validation.fteRange', { min: 0, max: MAX_FTE });
    }
  }

  public kpiValue(path: string, raw: unknown): void {
    // JSON has no undefined: null means an empty cell too.
    if (raw === undefined || raw === null) {
      return;
    }
    const value = asObject(raw);
    if (!value) {
      this.add(path, 'validation.required');
      return;
    }
    this.length(path, value.text, MAX_SINGLE_LINE_LENGTH);
    this.length(`${path}.qualifier`, value.qualifier, MAX_SINGLE_LINE_LENGTH);
    if (value.number !== undefined && (typeof value.number !== 'number' || !isFinite(value.number))) {
      this.add(path, 'validation.notFinite');
    }
  }
}

/** Every problem in the report, in form order; an empty array means the report can be saved. */
export function validateReport(report: IStatusReport): IValidationError[] {
  const c = new Collector();
  const root = asObject(report);
  const header = asObject(root && root.header);

  const objectKey = header && header.objectKey;
  c.required('header.objectKey', objectKey, MAX_SINGLE_LINE_LENGTH);
  if (!isBlank(objectKey) && !OBJECT_KEY_PATTERN.test(objectKey as string)) {
    c.add('header.objectKey', 'validation.keyFormat');
  }
  c.required('header.objectTitle', header && header.objectTitle, MAX_SINGLE_LINE_LENGTH);

  const period = asObject(header && header.period);
  const periodError = validateQuarter(period);
  if (periodError === 'validation.yearRange') {
    c.add('header.period.year', periodError);
  } else if (periodError) {
    c.add('header.period.quarter', periodError);
  }

  const coordinator = asObject(header && header.coordinator);
  c.required('header.coordinator.displayName', coordinator && coordinator.displayName, MAX_SINGLE_LINE_LENGTH);
  c.length('header.coordinator.email', coordinator && coordinator.email, MAX_SINGLE_LINE_LENGTH);
  c.required('header.mission', header && header.mission, MAX_NOTE_LENGTH);

  c.textItems('events', root && root.events);
  c.length('kpiSectionTitle', root && root.kpiSectionTitle, MAX_SINGLE_LINE_LENGTH);

  const definedKeys: Record<string, boolean> = {};
  asArray(root && root.kpiDefinitions).forEach((raw, i) => {
    const definition = asObject(raw);
    const path = `kpiDefinitions[${i}]`;
    const key = definition && definition.key;
    c.required(`${path}.key`, key, MAX_SINGLE_LINE_LENGTH);
    if (typeof key === 'string' && !isBlank(key)) {
      if (!KPI_KEY_PATTERN.test(key)) {
        c.add(`${path}.key`, 'validation.keyFormat');
      }
      if (definedKeys[key]) {
        c.add(`${path}.key`, 'validation.duplicateKpiKey', { key });
      }
      definedKeys[key] = true;
    }
    c.required(`${path}.label`, definition && definition.label, MAX_SINGLE_LINE_LENGTH);
    c.length(`${path}.unit`, definition && definition.unit, MAX_SINGLE_LINE_LENGTH);
  });

  const usedKeys: Record<string, boolean> = {};
  asArray(root && root.kpis).forEach((raw, i) => {
    const entry = asObject(raw);
    const path = `kpis[${i}]`;
    const key = entry && entry.definitionKey;
    if (isBlank(key)) {
      c.add(`${path}.definitionKey`, 'validation.required');
    } else {
      const keyText = key as string;
      if (!Object.prototype.hasOwnProperty.call(definedKeys, keyText)) {
        c.add(`${path}.definitionKey`, 'validation.unknownKpi', { key: keyText });
      }
      if (usedKeys[keyText]) {
        c.add(`${path}.definitionKey`, 'validation.duplicateKpiEntry', { key: keyText });
      }
      usedKeys[keyText] = true;
    }
    c.kpiValue(`${path}.current`, entry && entry.current);
    c.kpiValue(`${path}.previous`, entry && entry.previous);
    c.length(`${path}.comment`, entry && entry.comment, MAX_NOTE_LENGTH);
  });

  asArray(root && root.meetings).forEach((raw, i) => {
    const meeting = asObject(raw);
    const path = `meetings[${i}]`;
    c.required(`${path}.type`, meeting && meeting.type, MAX_SINGLE_LINE_LENGTH);
    c.length(`${path}.current`, meeting && meeting.current, MAX_SINGLE_LINE_LENGTH);
    c.length(`${path}.previous`, meeting && meeting.previous, MAX_SINGLE_LINE_LENGTH);
    c.length(`${path}.purpose`, meeting && meeting.purpose, MAX_NOTE_LENGTH);
  });

  c.length('chartCaption', root && root.chartCaption, MAX_NOTE_LENGTH);
  c.textItems('problems', root && root.problems);
  c.textItems('activities', root && root.activities);
  const economy = asObject(root && root.economy);
  c.textItems('economy.items', economy && economy.items);

  const staffing = asObject(root && root.staffing);
  c.fte('staffing.fteStart', staffing && staffing.fteStart);
  c.fte('staffing.fteEnd', staffing && staffing.fteEnd);
  c.textItems('staffing.items', staffing && staffing.items);
  c.textItems('communication', root && root.communication);

  return c.errors;
}
