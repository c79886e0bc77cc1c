// The message catalogue (src/webparts/statusReport/loc): the same keys in both languages, real
// Swedish, every key used by the product and every key the product uses present.
jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../src/webparts/statusReport/loc/en-us.js'));
import * as fs from 'fs';
import * as path from 'path';
import * as strings from 'StatusReportWebPartStrings';
import { DOCX_MESSAGE_KEYS } from '../../src/docx/messages';
import { IMPORT_MESSAGE_KEYS } from '../../src/domain/import';
import { DOMAIN_MESSAGE_KEYS } from '../../src/domain/messages';
import { NUMBER_MESSAGE_KEYS } from '../../src/domain/numbers';
import { QUARTER_MESSAGE_KEYS } from '../../src/domain/quarter';
import { VALIDATION_MESSAGE_KEYS } from '../../src/domain/validation';
import { REPOSITORY_MESSAGE_KEYS } from '../../src/services/messageKeys';
import { loadCatalogue, LOC_DIR } from '../support/loc';

const SRC = path.join(__dirname, '../../src');
const en = loadCatalogue('en-us');
const sv = loadCatalogue('sv-se');

// Same text in both languages on purpose: pure format templates and words Swedish shares with English.
const SAME_IN_BOTH = ['report.period', 'chart.summary.single', 'comparison.with', 'editor.field.text', 'editor.field.status', 'kpiDefinition.category.support', 'approval.status', 'approval.log.revision'];

/** Every .ts/.tsx file under src except the loc folder. */
function sourceFiles(dir: string = SRC): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full.endsWith(path.join('statusReport', 'loc')) ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}
const source = sourceFiles()
  .map((file) => fs.readFileSync(file, 'utf8'))
  .join('\n');

/** Keys of `messageKeys` a catalogue lacks (or has empty). */
function missing(messageKeys: readonly string[], table: Record<string, string>): string[] {
  return messageKeys.filter((key) => typeof table[key] !== 'string' || table[key].trim() === '');
}

const positional = (text: string): string => (text.match(/\{\d+\}/g) ?? []).sort().join();
const named = (text: string): string[] => (text.match(/\{[A-Za-z]\w*\}/g) ?? []).sort();

describe('message catalogue', () => {
  it('resolves the SPFx module name to the catalogue', () => {
    expect((strings as unknown as Record<string, string>)['editor.save']).toBe('Save');
    expect(sv['editor.save']).toBe('Spara');
  });

  it('has exactly the same keys in Swedish and English, none empty', () => {
    expect(Object.keys(sv)).toEqual(Object.keys(en));
    expect(Object.keys(en).length).toBeGreaterThan(300);
    for (const table of [en, sv]) for (const key of Object.keys(table)) expect([key, table[key].trim() === '']).toEqual([key, false]);
  });

  it('spells every key one way: dot-separated lower camel case, area first', () => {
    expect(Object.keys(en).filter((key) => !/^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z]*)+$/.test(key))).toEqual([]);
  });

  it('keeps each area together (grouped by area)', () => {
    const areas = Object.keys(en).map((key) => key.split('.')[0]);
    const runs = areas.filter((area, index) => index === 0 || areas[index - 1] !== area);
    expect(runs).toEqual(Array.from(new Set(runs)));
  });

  it('declares exactly the keys of the loc files in mystrings.d.ts', () => {
    const declaration = fs.readFileSync(path.join(LOC_DIR, 'mystrings.d.ts'), 'utf8');
    const declared = (declaration.match(/^\s+readonly '([^']+)': string;$/gm) ?? []).map((line) => line.replace(/^\s+readonly '([^']+)'.*$/, '$1'));
    expect(declared).toEqual(Object.keys(en));
    expect(declaration).toContain("declare module 'StatusReportWebPartStrings'");
  });

  it('is Swedish in sv-se: every text differs from English unless listed as shared', () => {
    expect(Object.keys(en).filter((key) => sv[key] === en[key] && SAME_IN_BOTH.indexOf(key) < 0)).toEqual([]);
    SAME_IN_BOTH.forEach((key) => expect([key, sv[key]]).toEqual([key, en[key]]));
  });

  it('has no English sentence left in sv-se', () => {
    const english = /(?<!\p{L})(the|is|are|was|not|and|of|to|with|you|your|this|has|have|try|again|could|cannot|report|file|document|choose|save)(?!\p{L})/iu;
    expect(Object.keys(sv).filter((key) => english.test(sv[key].replace(/\{\w+\}|Power Automate|Microsoft Teams|SharePoint|Word|\.docx|\.md|\.txt|\.doc|PNG/g, '')))).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    expect(Object.keys(en).filter((key) => positional(en[key]) !== positional(sv[key]))).toEqual([]);
    expect(Object.keys(en).filter((key) => named(en[key]).join() !== named(sv[key]).join())).toEqual([]);
    expect(named(sv['docx.error.tooLarge'])).toEqual(['{limitMb}', '{sizeMb}']);
    expect(named(sv['docx.error.tableMissingColumns'])).toEqual(['{expected}', '{found}', '{row}', '{table}']);
  });

  it('is Swedish in sv-se (spot checks of report headings and actions)', () => {
    expect(sv['report.section.events']).toBe('Viktiga händelser under perioden');
    expect(sv['report.section.problems']).toBe('Aktuella problemställningar och utmaningar');
    expect(sv['common.valueMissing']).toBe('saknas');
    expect(sv['export.button']).toBe('Exportera till Word');
    expect(sv['import.confirm']).toBe('Importera som utkast');
  });

  it('gives every repository error one text, whichever screen shows it', () => {
    expect(sv['data.error.throttled']).toBe('SharePoint är upptaget. Vänta en stund och försök igen.');
    expect(en['data.error.throttled']).toBe('SharePoint is busy. Wait a moment and try again.');
    expect(Object.keys(en).filter((key) => /^(Data|Docx)?Error|^data\.(error|warning)\./.test(key))).toEqual(REPOSITORY_MESSAGE_KEYS.slice());
  });

  it('uses every key somewhere in src (no unused or scaffold keys)', () => {
    expect(Object.keys(en).filter((key) => source.indexOf(`'${key}'`) < 0)).toEqual([]);
  });

  it('holds every key that src asks for', () => {
    const asked = new Set<string>();
    for (const match of source.match(/\bmessage\('([^']+)'/g) ?? []) asked.add(match.slice("message('".length, -1));
    expect(asked.size).toBeGreaterThan(200);
    expect(missing(Array.from(asked), en)).toEqual([]);
    expect(missing(Array.from(asked), sv)).toEqual([]);
  });
});

describe('every message key the domain, the data layer and the Word code return is in both languages', () => {
  const lists: Record<string, readonly string[]> = {
    domain: DOMAIN_MESSAGE_KEYS,
    validation: VALIDATION_MESSAGE_KEYS,
    number: NUMBER_MESSAGE_KEYS,
    quarter: QUARTER_MESSAGE_KEYS,
    import: IMPORT_MESSAGE_KEYS,
    repository: REPOSITORY_MESSAGE_KEYS,
    docx: DOCX_MESSAGE_KEYS
  };

  it('has non-empty key lists to check', () => {
    expect(DOMAIN_MESSAGE_KEYS.length).toBeGreaterThan(20);
    expect(REPOSITORY_MESSAGE_KEYS).toContain('data.error.conflict');
    expect(REPOSITORY_MESSAGE_KEYS).toHaveLength(13);
    expect(DOCX_MESSAGE_KEYS).toContain('docx.error.tooLarge');
    const repositorySource = fs.readFileSync(path.join(SRC, 'data/repository/IStatusReportRepository.ts'), 'utf8');
    const declared = (repositorySource.match(/'data\.error\.[a-zA-Z]+'/g) ?? []).map((k) => k.slice(1, -1));
    expect(declared.length).toBeGreaterThanOrEqual(10);
    expect(missing(declared, sv)).toEqual([]);
  });

  Object.keys(lists).forEach((list) => {
    it(`${list} keys`, () => {
      expect(missing(lists[list], sv)).toEqual([]);
      expect(missing(lists[list], en)).toEqual([]);
    });
  });

  it('would fail for a key that is not translated', () => {
    expect(missing(['data.error.noSuchKey', 'validation.required'], sv)).toEqual(['data.error.noSuchKey']);
  });

  it('translates every key docs/docx.md lists', () => {
    const doc = fs.readFileSync(path.join(__dirname, '../../docs/docx.md'), 'utf8');
    const keys = (doc.match(/`((?:docx|import)\.(?:error|unplaced|ignored)\.[A-Za-z]+)`/g) ?? []).map((k) => k.slice(1, -1));
    expect(keys).toEqual(expect.arrayContaining(['docx.error.corrupt', 'docx.ignored.chart', 'import.error.quarterConflict', 'import.unplaced.meetingTypeMissing']));
    expect(missing(keys, en)).toEqual([]);
    expect(missing(keys, sv)).toEqual([]);
  });
});
