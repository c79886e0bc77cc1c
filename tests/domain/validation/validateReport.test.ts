import type { IStatusReport } from '../../../src/domain/model';
import { MAX_NOTE_LENGTH, VALIDATION_MESSAGE_KEYS, validateReport } from '../../../src/domain/validation';
import { seedReport } from '../support/seed';

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };

/** A deep, writable copy of the seed to break on purpose. */
function seed(): Mutable<IStatusReport> {
  return JSON.parse(JSON.stringify(seedReport()));
}

describe('validateReport', () => {
  it('finds nothing wrong with the seed', () => {
    expect(validateReport(seedReport())).toEqual([]);
  });

  it('requires object key, title, coordinator and mission (whitespace is not a value)', () => {
    const r = seed();
    r.header.objectKey = '';
    r.header.objectTitle = '   ';
    r.header.coordinator.displayName = '';
    r.header.mission = '\n';
    expect(validateReport(r)).toEqual([
      { path: 'header.objectKey', messageKey: 'validation.required' },
      { path: 'header.objectTitle', messageKey: 'validation.required' },
      { path: 'header.coordinator.displayName', messageKey: 'validation.required' },
      { path: 'header.mission', messageKey: 'validation.required' }
    ]);
  });

  it('checks the quarter range', () => {
    const r = seed();
    (r.header.period as { quarter: number }).quarter = 5;
    expect(validateReport(r)).toEqual([{ path: 'header.period.quarter', messageKey: 'validation.quarterRange' }]);
    r.header.period.quarter = 4;
    r.header.period.year = 20025;
    expect(validateReport(r)).toEqual([{ path: 'header.period.year', messageKey: 'validation.yearRange' }]);
  });

  it('checks FTE: non-negative, at most 1000, finite', () => {
    const r = seed();
    r.staffing.fteStart = -1;
    r.staffing.fteEnd = 1000.5;
    expect(validateReport(r)).toEqual([
      { path: 'staffing.fteStart', messageKey: 'validation.fteRange', params: { min: 0, max: 1000 } },
      { path: 'staffing.fteEnd', messageKey: 'validation.fteRange', params: { min: 0, max: 1000 } }
    ]);
    r.staffing.fteStart = Number.POSITIVE_INFINITY;
    r.staffing.fteEnd = 1000;
    expect(validateReport(r)).toEqual([{ path: 'staffing.fteStart', messageKey: 'validation.notFinite' }]);
    r.staffing.fteStart = 0;
    expect(validateReport(r)).toEqual([]);
  });

  it('rejects non-finite KPI numbers such as 1e309', () => {
    const r = seed();
    r.kpis[3].current = { text: '1e309', number: 1e309 };
    r.kpis[10].previous = { text: 'x', number: Number.NaN };
    expect(validateReport(r)).toEqual([
      { path: 'kpis[3].current', messageKey: 'validation.notFinite' },
      { path: 'kpis[10].previous', messageKey: 'validation.notFinite' }
    ]);
  });

  it('limits single-line fields to 255 characters and notes to 63,999', () => {
    const r = seed();
    r.header.objectTitle = 'x'.repeat(256);
    r.kpis[0].current = { text: 'y'.repeat(300) };
    r.meetings[0].type = 'z'.repeat(255);
    r.header.mission = 'm'.repeat(MAX_NOTE_LENGTH + 1);
    r.events[7].subItems[1] = 'e'.repeat(64000);
    r.kpis[0].comment = 'c'.repeat(MAX_NOTE_LENGTH);
    expect(validateReport(r)).toEqual([
      { path: 'header.objectTitle', messageKey: 'validation.tooLong', params: { max: 255, length: 256 } },
      { path: 'header.mission', messageKey: 'validation.tooLong', params: { max: 63999, length: 64000 } },
      { path: 'events[7].subItems[1]', messageKey: 'validation.tooLong', params: { max: 63999, length: 64000 } },
      { path: 'kpis[0].current', messageKey: 'validation.tooLong', params: { max: 255, length: 300 } }
    ]);
  });

  it('requires KPI entries to reference a defined KPI, once', () => {
    const r = seed();
    r.kpis[2].definitionKey = 'no-such-kpi';
    r.kpis[4].definitionKey = 'registered-users';
    expect(validateReport(r)).toEqual([
      { path: 'kpis[2].definitionKey', messageKey: 'validation.unknownKpi', params: { key: 'no-such-kpi' } },
      { path: 'kpis[10].definitionKey', messageKey: 'validation.duplicateKpiEntry', params: { key: 'registered-users' } }
    ]);
  });

  it('rejects duplicate and malformed KPI definition keys', () => {
    const r = seed();
    r.kpiDefinitions[1].key = 'attached-files';
    r.kpiDefinitions[2].key = 'Antal rapporter';
    const errors = validateReport(r);
    expect(errors).toContainEqual({ path: 'kpiDefinitions[1].key', messageKey: 'validation.duplicateKpiKey', params: { key: 'attached-files' } });
    expect(errors).toContainEqual({ path: 'kpiDefinitions[2].key', messageKey: 'validation.keyFormat' });
  });

  it('checks object key format and event dates', () => {
    const r = seed();
    r.header.objectKey = 'SHVO/2';
    r.events[0].date = '2025-02-30';
    r.events[1].date = '2025-09-11';
    expect(validateReport(r)).toEqual([
      { path: 'header.objectKey', messageKey: 'validation.keyFormat' },
      { path: 'events[0].date', messageKey: 'validation.dateFormat' }
    ]);
  });

  it('never throws on malformed input', () => {
    const junk: unknown[] = [undefined, null, 42, 'text', [], {}, { header: null, kpis: [null, 5], events: 'x' }, { header: { period: 'Q4' } }];
    for (const value of junk) {
      expect(() => validateReport(value as IStatusReport)).not.toThrow();
    }
    const errors = validateReport({ kpis: [null, { definitionKey: 'a', current: 'x' }] } as unknown as IStatusReport);
    expect(errors.map((e) => e.path)).toEqual([
      'header.objectKey',
      'header.objectTitle',
      'header.period.year',
      'header.coordinator.displayName',
      'header.mission',
      'kpis[0].definitionKey',
      'kpis[1].definitionKey',
      'kpis[1].current'
    ]);
  });

  it('exports its message keys and uses no others', () => {
    const keys: readonly string[] = VALIDATION_MESSAGE_KEYS;
    const r = seed();
    r.header.objectKey = '';
    r.staffing.fteEnd = -2;
    r.kpis[0].definitionKey = 'x';
    for (const error of validateReport(r)) {
      expect(keys).toContain(error.messageKey);
    }
    expect(new Set(keys).size).toBe(keys.length);
  });
});
