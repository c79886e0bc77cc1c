import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';

const LOC_DIR = path.join(__dirname, '../../../src/webparts/statusReport/loc');

/** Evaluates an SPFx AMD loc file (define([], factory)) and returns its strings. */
function loadAmd(file: string): Record<string, string> {
  let result: Record<string, string> | undefined;
  const define = (deps: string[], factory: () => Record<string, string>): void => {
    result = factory();
  };
  vm.runInNewContext(fs.readFileSync(path.join(LOC_DIR, file), 'utf8'), { define });
  if (!result) throw new Error(`${file} did not call define`);
  return result;
}

// Same text in both languages on purpose: pure format templates and words Swedish shares with English.
const SAME_IN_BOTH = ['QuarterWithMonths', 'ChartSummarySingle', 'ComparisonWith', 'AssessmentProblem'];

describe('loc files', () => {
  const en = loadAmd('en-us.js');
  const sv = loadAmd('sv-se.js');

  it('have exactly the same keys', () => {
    expect(Object.keys(sv).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(en).length).toBeGreaterThan(50);
  });

  it('declare every key in mystrings.d.ts and nothing else', () => {
    const declaration = fs.readFileSync(path.join(LOC_DIR, 'mystrings.d.ts'), 'utf8');
    const declared = (declaration.match(/^\s{2}(\w+): string;$/gm) ?? []).map((line) => line.trim().replace(': string;', ''));
    expect(declared.sort()).toEqual(Object.keys(en).sort());
    expect(declaration).toContain("declare module 'StatusReportWebPartStrings'");
  });

  it('have a real Swedish text for every string', () => {
    const untranslated = Object.keys(en).filter((key) => sv[key] === en[key] && SAME_IN_BOTH.indexOf(key) < 0);
    expect(untranslated).toEqual([]);
    Object.keys(sv).forEach((key) => expect(sv[key].trim()).not.toBe(''));
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string): string[] => (text.match(/\{\d+\}/g) ?? []).sort();
    const mismatched = Object.keys(en).filter((key) => placeholders(en[key]).join() !== placeholders(sv[key]).join());
    expect(mismatched).toEqual([]);
  });

  it('are Swedish in sv-se (spot checks of the report headings)', () => {
    expect(sv.SectionEvents).toBe('Viktiga händelser under perioden');
    expect(sv.SectionProblems).toBe('Aktuella problemställningar och utmaningar');
    expect(sv.ValueMissing).toBe('saknas');
  });
});
