import { evaluate, fieldPaths, firstClause, IValueResolver, parseFilter, ValueKind } from '../../../localsp/src/odata/filter';

/** Evaluates a filter against a plain record; kinds come from the JS type of each value. */
function matches(filter: string, row: Record<string, unknown>, kinds: Record<string, ValueKind> = {}): boolean {
  const r: IValueResolver = {
    kindOf: (p) => kinds[p.join('/')] || (typeof row[p.join('/')] === 'number' ? 'number' : typeof row[p.join('/')] === 'boolean' ? 'boolean' : 'text'),
    valueOf: (p) => row[p.join('/')]
  };
  return evaluate(parseFilter(filter), r);
}

describe('OData $filter (SharePoint dialect)', () => {
  const row = { Title: "O'Brien rapport", Year: 2025, Score: 46.6, Done: true, Due: '2026-01-15T00:00:00Z', Empty: undefined, 'Report/Id': 12 };

  it.each([
    ["Title eq 'o''brien rapport'", true],
    ["Title ne 'x'", true],
    ['Year gt 2024', true],
    ['Year ge 2025 and Year le 2025', true],
    ['Year lt 2025', false],
    ['Score eq 46.6', true],
    ['Year eq 2025L', true],
    ['Done eq true', true],
    ['Done eq 1', true],
    ['Done eq 0', false],
    ["startswith(Title,'O''B')", true],
    ["startswith(Title,'rapport')", false],
    ["substringof('BRIEN', Title)", true],
    ["substringof('zzz', Title) eq false", true],
    ["not startswith(Title,'x')", true],
    ["Year eq 2020 or (Year eq 2025 and not (Score lt 40))", true],
    ['Year eq 2020 or Year eq 2021 and Year eq 2025', false],
    ["Due ge datetime'2026-01-01T00:00:00Z' and Due lt datetime'2026-02-01T00:00:00'", true],
    ["Due lt '2026-01-01T00:00:00Z'", false],
    ['Empty eq null', true],
    ['Year eq null', false],
    ['Empty gt 1', false],
    ['Report/Id eq 12', true]
  ])('%s → %s', (filter, expected) => {
    expect(matches(filter, row, { Due: 'datetime' })).toBe(expected);
  });

  it('binds and tighter than or, left to right', () => {
    expect(parseFilter('A eq 1 or B eq 2 and C eq 3')).toEqual({
      kind: 'or',
      left: { kind: 'cmp', op: 'eq', left: { kind: 'field', path: ['A'] }, right: { kind: 'literal', type: 'number', value: 1 } },
      right: {
        kind: 'and',
        left: { kind: 'cmp', op: 'eq', left: { kind: 'field', path: ['B'] }, right: { kind: 'literal', type: 'number', value: 2 } },
        right: { kind: 'cmp', op: 'eq', left: { kind: 'field', path: ['C'] }, right: { kind: 'literal', type: 'number', value: 3 } }
      }
    });
  });

  it('finds the first clause of an and-chain (the one SharePoint uses for the index)', () => {
    expect(firstClause(parseFilter("ObjectKey eq 'A' and Year eq 1 and Q eq 2"))).toEqual({
      kind: 'cmp', op: 'eq', left: { kind: 'field', path: ['ObjectKey'] }, right: { kind: 'literal', type: 'string', value: 'A' }
    });
    expect(firstClause(parseFilter('A eq 1 or B eq 2')).kind).toBe('or');
    expect(fieldPaths(parseFilter("Report/Id eq 1 and startswith(Title,'x')"))).toEqual([['Report', 'Id'], ['Title']]);
  });

  it.each(["Title eq 'open", 'Title eq', 'Title xx 1', '(Year eq 1', "frobnicate(Title,'x')", 'Year eq 1 Year'])('rejects %s with SharePoint\'s 400', (filter) => {
    let status = 0;
    let code = '';
    try {
      parseFilter(filter);
    } catch (e) {
      status = (e as { status: number }).status;
      code = (e as { code: string }).code;
    }
    expect(status).toBe(400);
    expect(code).toBe('-1, Microsoft.SharePoint.Client.InvalidClientQueryException');
  });
});
