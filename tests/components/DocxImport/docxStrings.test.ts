import * as fs from 'fs';
import * as path from 'path';
import { DOCX_MESSAGE_KEYS, MAX_DOCX_BYTES } from '../../../src/docx';
import { IMPORT_MESSAGE_KEYS } from '../../../src/domain/import';
import { REPOSITORY_MESSAGE_KEYS } from '../../../src/services/messageKeys';
import { MAX_IMPORT_FILE_BYTES } from '../../../src/components/DocxImport/importTypes';

const LOC_DIR = path.join(__dirname, '../../../src/webparts/statusReport/docxLoc');

function load(locale: 'en-us' | 'sv-se'): Record<string, string> {
  let result: Record<string, string> = {};
  const define = (_deps: string[], factory: () => Record<string, string>): void => {
    result = factory();
  };
  // eslint-disable-next-line no-new-func
  new Function('define', fs.readFileSync(path.join(LOC_DIR, `${locale}.js`), 'utf8'))(define);
  return result;
}

const en = load('en-us');
const sv = load('sv-se');

/** Message keys named in docs/docx.md (the tables of errors and reasons, and the domain keys passed through). */
function keysInDocs(): string[] {
  const doc = fs.readFileSync(path.join(__dirname, '../../../docs/docx.md'), 'utf8');
  const keys = new Set<string>();
  for (const match of doc.match(/`(docx\.(?:error|unplaced|ignored)\.[A-Za-z]+)`/g) ?? []) keys.add(match.slice(1, -1));
  const section = doc.slice(doc.indexOf("The domain's own keys"));
  for (const match of section.match(/`((?:Import|Error)[A-Za-z]+)`/g) ?? []) keys.add(match.slice(1, -1));
  return Array.from(keys);
}

describe('StatusReportDocxStrings', () => {
  it('both locales have the same keys and every value is a non-empty string', () => {
    expect(Object.keys(sv).sort()).toEqual(Object.keys(en).sort());
    for (const strings of [en, sv]) {
      for (const key of Object.keys(strings)) expect(strings[key].trim()).not.toBe('');
    }
  });

  it('translates every message key src/docx exports, every text import key and every repository key', () => {
    const keys: string[] = [...DOCX_MESSAGE_KEYS, ...IMPORT_MESSAGE_KEYS, ...REPOSITORY_MESSAGE_KEYS];
    expect(keys.length).toBeGreaterThan(30);
    expect(keys.filter((key) => !(key in en))).toEqual([]);
    expect(keys.filter((key) => !(key in sv))).toEqual([]);
  });

  it('translates every key docs/docx.md lists', () => {
    const keys = keysInDocs();
    expect(keys).toEqual(expect.arrayContaining(['docx.error.corrupt', 'docx.ignored.chart', 'ImportQuarterConflict', 'ImportMeetingTypeMissing']));
    expect(keys.filter((key) => !(key in en) || !(key in sv))).toEqual([]);
  });

  it('is Swedish in sv-se: message texts differ from English', () => {
    const same = Object.keys(en).filter((key) => en[key] === sv[key]);
    // "problem" is the same word in both languages.
    expect(same).toEqual(['ImportAssessment_problem']);
    expect(sv.ExportToWord).toBe('Exportera till Word');
    expect(sv.ImportConfirm).toBe('Importera som utkast');
  });

  it('keeps the named params of the docx messages in both languages', () => {
    const params = (text: string): string[] => (text.match(/\{[A-Za-z0-9]+\}/g) ?? []).sort();
    for (const key of Object.keys(en)) expect([key, params(sv[key])]).toEqual([key, params(en[key])]);
    expect(params(sv['docx.error.tableMissingColumns'])).toEqual(['{expected}', '{found}', '{row}', '{table}']);
  });

  it('declares exactly the keys of the loc files in mystrings.d.ts', () => {
    const declared = fs.readFileSync(path.join(LOC_DIR, 'mystrings.d.ts'), 'utf8');
    const names = (declared.match(/readonly\s+(?:'([^']+)'|([A-Za-z_]+)):/g) ?? []).map((line) => line.replace(/readonly\s+'?([^':]+)'?:/, '$1'));
    expect(names.sort()).toEqual(Object.keys(en).sort());
    expect(declared).toContain("declare module 'StatusReportDocxStrings'");
  });

  it("checks the file size against the Word reader's own limit", () => {
    expect(MAX_IMPORT_FILE_BYTES).toBe(MAX_DOCX_BYTES);
  });
});
