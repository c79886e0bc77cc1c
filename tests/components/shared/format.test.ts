// Long dates in both shipped languages, from one format per locale made on first use.
import { LocaleFormatter } from '../../../src/components/shared/format';

describe('LocaleFormatter.date', () => {
  it('writes a long Swedish or English date, and text that is no date as it is', () => {
    const sv = new LocaleFormatter('sv-SE');
    const en = new LocaleFormatter('en-US');
    expect(sv.date('2026-01-20')).toBe('20 januari 2026');
    expect(en.date('2026-01-20')).toBe('January 20, 2026');
    expect(new LocaleFormatter('sv-FI').date('2025-12-31')).toBe('31 december 2025');
    expect(sv.date('snart')).toBe('snart');
  });

  it('makes the Intl format once per locale, not per formatter', () => {
    const made = jest.spyOn(Intl, 'DateTimeFormat');
    try {
      const first = new LocaleFormatter('en-GB');
      const second = new LocaleFormatter('en-US');
      first.date('2026-03-01');
      second.date('2026-03-02');
      new LocaleFormatter('en').date('2026-03-03');
      // en-GB, en-US and en all format as en-US: at most one new format (none when another test made it first).
      expect(made.mock.calls.length).toBeLessThanOrEqual(1);
      expect(made.mock.calls.every(([locale]) => locale === 'en-US')).toBe(true);
    } finally {
      made.mockRestore();
    }
  });
});
