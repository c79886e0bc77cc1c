import {
  addQuarters,
  compareQuarters,
  formatQuarter,
  isValidQuarter,
  nextQuarter,
  parseQuarter,
  previousQuarter,
  quarterLabel,
  quarterMonthRange,
  quarterRange,
  quartersEqual,
  sameQuarterLastYear,
  sortQuarters,
  validateQuarter
} from '../../../src/domain/quarter';
import type { IQuarter } from '../../../src/domain/model';

const q = (year: number, quarter: 1 | 2 | 3 | 4): IQuarter => ({ year, quarter });

describe('quarter ordering', () => {
  it('compares by year, then quarter', () => {
    expect(compareQuarters(q(2025, 4), q(2025, 3))).toBeGreaterThan(0);
    expect(compareQuarters(q(2024, 4), q(2025, 1))).toBeLessThan(0);
    expect(compareQuarters(q(2025, 2), q(2025, 2))).toBe(0);
    expect(quartersEqual(q(2025, 2), { year: 2025, quarter: 2 })).toBe(true);
  });

  it('sorts oldest first without changing the input', () => {
    const input = [q(2025, 1), q(2023, 4), q(2024, 2), q(2025, 4)];
    expect(sortQuarters(input)).toEqual([q(2023, 4), q(2024, 2), q(2025, 1), q(2025, 4)]);
    expect(input[0]).toEqual(q(2025, 1));
  });

  it('steps across year boundaries', () => {
    expect(previousQuarter(q(2025, 1))).toEqual(q(2024, 4));
    expect(previousQuarter(q(2025, 3))).toEqual(q(2025, 2));
    expect(nextQuarter(q(2025, 4))).toEqual(q(2026, 1));
    expect(nextQuarter(q(2025, 1))).toEqual(q(2025, 2));
    expect(addQuarters(q(2025, 4), -8)).toEqual(q(2023, 4));
    expect(sameQuarterLastYear(q(2025, 4))).toEqual(q(2024, 4));
  });

  it('lists a range of quarters inclusively', () => {
    expect(quarterRange(q(2024, 3), q(2025, 2))).toEqual([q(2024, 3), q(2024, 4), q(2025, 1), q(2025, 2)]);
    expect(quarterRange(q(2025, 2), q(2024, 3))).toEqual([]);
  });
});

describe('quarter parsing and formatting', () => {
  it.each([
    ['2025 Q4', q(2025, 4)],
    ['Q4 2025', q(2025, 4)],
    ['q1 2024', q(2024, 1)],
    ['2025-Q2', q(2025, 2)],
    ['Kv3 2025', q(2025, 3)],
    ['  Q4\u00A02025 ', q(2025, 4)]
  ])('parses %p', (text, expected) => {
    expect(parseQuarter(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['Q5 2025', 'validation.quarterRange'],
    ['2025 Q0', 'validation.quarterRange'],
    ['Q4 1899', 'validation.yearRange'],
    ['Q4 2101', 'validation.yearRange'],
    ['', 'validation.quarterFormat'],
    ['fjärde kvartalet', 'validation.quarterFormat'],
    ['Q4', 'validation.quarterFormat']
  ])('rejects %p with %p', (text, key) => {
    expect(parseQuarter(text)).toEqual({ ok: false, messageKey: key });
  });

  it('formats both ways and round-trips', () => {
    expect(formatQuarter(q(2025, 4))).toBe('2025 Q4');
    expect(formatQuarter(q(2025, 4), 'quarterFirst')).toBe('Q4 2025');
    const parsed = parseQuarter(formatQuarter(q(2031, 2)));
    expect(parsed.ok && parsed.value).toEqual(q(2031, 2));
  });

  it('labels month ranges in Swedish and English', () => {
    expect(quarterMonthRange(4, 'sv')).toBe('okt–dec');
    expect(quarterMonthRange(4, 'en')).toBe('Oct–Dec');
    expect(quarterMonthRange(1, 'sv')).toBe('jan–mars');
    expect(quarterMonthRange(3, 'en')).toBe('Jul–Sep');
    expect(quarterLabel(q(2025, 4))).toBe('Q4 2025 (okt–dec)');
    expect(quarterLabel(q(2025, 2), 'en')).toBe('Q2 2025 (Apr–Jun)');
  });

  it('validates ranges without throwing on junk', () => {
    expect(validateQuarter(q(2025, 4))).toBeUndefined();
    expect(validateQuarter({ year: 2025, quarter: 5 })).toBe('validation.quarterRange');
    expect(validateQuarter({ year: 2025.5, quarter: 1 })).toBe('validation.yearRange');
    expect(validateQuarter({ year: Number.NaN, quarter: 1 })).toBe('validation.yearRange');
    expect(validateQuarter(undefined)).toBe('validation.yearRange');
    expect(isValidQuarter({ year: 2025, quarter: 2 })).toBe(true);
    expect(isValidQuarter({ year: '2025', quarter: 2 })).toBe(false);
  });
});
