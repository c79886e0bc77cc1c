import { formatNumber, parseNumberText, parseNumberValue } from '../../../src/domain/numbers';

describe('parseNumberText (sv-SE)', () => {
  it.each([
    ['61 829', 61829],
    ['61\u00A0829', 61829],
    ['61\u202F829', 61829],
    ['61\u2009829', 61829],
    ['7 307', 7307],
    ['1 234 567', 1234567],
    ['44862', 44862],
    ['4', 4],
    ['0,5', 0.5],
    ['-3', -3],
    ['\u22123', -3],
    ['\u20133', -3]
  ])('reads %p as %p', (text, value) => {
    const result = parseNumberText(text);
    expect(result.ok).toBe(true);
    expect(result.ok && result.value).toBe(value);
    expect(result.ok && result.qualifier).toBeUndefined();
  });

  it('reads percentages with their precision', () => {
    expect(parseNumberText('46,6 %')).toEqual({ ok: true, value: 46.6, percent: true, decimals: 1 });
    expect(parseNumberText('40,8%')).toEqual({ ok: true, value: 40.8, percent: true, decimals: 1 });
    expect(parseNumberText('+34 %')).toEqual({ ok: true, value: 34, percent: true, decimals: 0, sign: '+' });
    expect(parseNumberText('\u22122,25 %')).toEqual({ ok: true, value: -2.25, percent: true, decimals: 2, sign: '-' });
  });

  it('keeps the words after a number as its qualifier', () => {
    expect(parseNumberText('1 520 jan–maj')).toEqual({ ok: true, value: 1520, percent: false, decimals: 0, qualifier: 'jan–maj' });
    expect(parseNumberText('32 803 jan–april')).toMatchObject({ value: 32803, qualifier: 'jan–april' });
    expect(parseNumberText('10 (oktober)')).toMatchObject({ value: 10, qualifier: '(oktober)' });
    expect(parseNumberText('12 (helår)')).toMatchObject({ value: 12, qualifier: '(helår)' });
    expect(parseNumberText('64 ärenden (vecka 39–44)')).toMatchObject({ value: 64, qualifier: 'ärenden (vecka 39–44)' });
    expect(parseNumberText('10(oktober)')).toMatchObject({ value: 10, qualifier: '(oktober)' });
  });

  it.each([
    ['', 'number.empty'],
    ['   ', 'number.empty'],
    ['Slutfört nov', 'number.invalid'],
    ['Kommun: 50 %', 'number.invalid'],
    ['1e309', 'number.invalid'],
    ['12.5', 'number.invalid'],
    ['1 5200', 'number.invalid'],
    ['4 2025', 'number.invalid'],
    ['12st', 'number.invalid'],
    ['1' + '0'.repeat(309), 'number.outOfRange']
  ])('rejects %p with %p', (text, key) => {
    expect(parseNumberText(text)).toEqual({ ok: false, messageKey: key });
  });

  it('can refuse qualifiers for single-number fields', () => {
    expect(parseNumberText('6 årsarbetare', { allowQualifier: false })).toEqual({ ok: false, messageKey: 'number.unexpectedText' });
    expect(parseNumberValue('6', { allowQualifier: false })).toBe(6);
    expect(parseNumberValue('x')).toBeUndefined();
  });

  it('never throws on non-string input', () => {
    expect(parseNumberText(undefined as unknown as string)).toEqual({ ok: false, messageKey: 'number.empty' });
  });
});

describe('parseNumberText (en-US)', () => {
  it('reads comma grouping and decimal point', () => {
    expect(parseNumberValue('61,829', { locale: 'en-US' })).toBe(61829);
    expect(parseNumberValue('46.6%', { locale: 'en-US' })).toBe(46.6);
    expect(parseNumberText('1,520 Jan–May', { locale: 'en-US' })).toMatchObject({ value: 1520, qualifier: 'Jan–May' });
    expect(parseNumberText('1,5', { locale: 'en-US' })).toEqual({ ok: false, messageKey: 'number.invalid' });
  });
});

describe('formatNumber', () => {
  it('formats sv-SE with no-break space grouping and decimal comma', () => {
    expect(formatNumber(61829)).toBe('61\u00A0829');
    expect(formatNumber(46.6, 'sv-SE', { decimals: 1, percent: true })).toBe('46,6\u00A0%');
    expect(formatNumber(34, 'sv-SE', { percent: true, plusSign: true })).toBe('+34\u00A0%');
    expect(formatNumber(-3)).toBe('\u22123');
    expect(formatNumber(0, 'sv-SE', { plusSign: true })).toBe('0');
  });

  it('formats en-US', () => {
    expect(formatNumber(61829, 'en-US')).toBe('61,829');
    expect(formatNumber(46.6, 'en-US', { decimals: 1, percent: true })).toBe('46.6%');
    expect(formatNumber(2 / 3, 'en-US')).toBe('0.67');
  });

  it('builds one Intl.NumberFormat per locale and decimals, and keeps interleaved calls apart', () => {
    const spy = jest.spyOn(Intl, 'NumberFormat');
    try {
      const first = [formatNumber(1234.567, 'en-US', { decimals: 3 }), formatNumber(1234.567, 'sv-SE', { decimals: 3 })];
      const constructed = spy.mock.calls.length;
      for (let i = 0; i < 50; i++) {
        expect(formatNumber(1234.567, 'en-US', { decimals: 3 })).toBe('1,234.567');
        expect(formatNumber(1234.567, 'sv-SE', { decimals: 3 })).toBe('1\u00A0234,567');
        expect(formatNumber(0.001, 'sv-SE', { decimals: 3, plusSign: true })).toBe('+0,001');
      }
      expect(first).toEqual(['1,234.567', '1\u00A0234,567']);
      expect(constructed).toBeLessThanOrEqual(2);
      expect(spy.mock.calls.length).toBe(constructed);
      // A positive value that rounds to zero gets no "+" (the zero is cached with the formatter).
      expect(formatNumber(0.0001, 'en-US', { decimals: 3, plusSign: true })).toBe('0.000');
    } finally {
      spy.mockRestore();
    }
  });

  it('returns empty text for non-finite values', () => {
    expect(formatNumber(Infinity)).toBe('');
    expect(formatNumber(Number.NaN, 'en-US')).toBe('');
  });

  it('parses what it formats', () => {
    for (const value of [0, 7, 7307, 61829, 46.6, -1234.5, 1e9]) {
      expect(parseNumberValue(formatNumber(value))).toBe(value);
      expect(parseNumberValue(formatNumber(value, 'en-US'), { locale: 'en-US' })).toBe(value);
    }
  });
});
