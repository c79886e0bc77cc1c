import { parseReportText } from '../../src/domain/import';
import { DOMAIN_MESSAGE_KEYS } from '../../src/domain/messages';
import { parseNumberText } from '../../src/domain/numbers';
import { parseQuarter } from '../../src/domain/quarter';

describe('DOMAIN_MESSAGE_KEYS', () => {
  it('lists each key once, including those of every module', () => {
    expect(new Set(DOMAIN_MESSAGE_KEYS).size).toBe(DOMAIN_MESSAGE_KEYS.length);
    for (const key of ['validation.required', 'validation.notFinite', 'validation.quarterFormat', 'number.invalid', 'import.error.empty', 'import.unplaced.duplicateSection']) {
      expect(DOMAIN_MESSAGE_KEYS).toContain(key);
    }
  });

  it('covers keys the modules actually return', () => {
    const returned: string[] = [];
    const q = parseQuarter('Q9 2025');
    if (!q.ok) returned.push(q.messageKey);
    const n = parseNumberText('abc');
    if (!n.ok) returned.push(n.messageKey);
    returned.push(...parseReportText('').errors.map((e) => e.messageKey));
    expect(returned).toEqual(['validation.quarterRange', 'number.invalid', 'import.error.empty']);
    for (const key of returned) {
      expect(DOMAIN_MESSAGE_KEYS).toContain(key);
    }
  });
});
