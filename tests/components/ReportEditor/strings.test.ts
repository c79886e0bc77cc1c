import * as fs from 'fs';
import * as path from 'path';
import * as strings from 'StatusReportEditorStrings';
import { loadEditorStrings } from './editorStrings';

jest.mock('StatusReportEditorStrings', () => require('./editorStrings').loadEditorStrings('en-us'));

describe('editor strings', () => {
  it('resolves the SPFx module name', () => {
    expect(strings.Save).toBe('Save');
  });

  it('has the same keys in Swedish and English, every one translated and declared', () => {
    const en = loadEditorStrings('en-us');
    const sv = loadEditorStrings('sv-se');
    expect(Object.keys(sv).sort()).toEqual(Object.keys(en).sort());
    expect(sv.Save).toBe('Spara');
    const declared = fs.readFileSync(path.join(__dirname, '../../../src/webparts/statusReport/editorLoc/mystrings.d.ts'), 'utf8');
    Object.keys(en).forEach((key) => {
      expect(sv[key].trim()).not.toBe('');
      expect(declared).toContain(`${/^[A-Za-z]+$/.test(key) ? key : `'${key}'`}: string;`);
    });
  });
});

describe('message keys of the domain and the data layer', () => {
  it('all have a Swedish and an English text in the editor strings', () => {
    const { VALIDATION_MESSAGE_KEYS } = require('../../../src/domain/validation') as { VALIDATION_MESSAGE_KEYS: readonly string[] };
    const { NUMBER_MESSAGE_KEYS } = require('../../../src/domain/numbers') as { NUMBER_MESSAGE_KEYS: readonly string[] };
    const { QUARTER_MESSAGE_KEYS } = require('../../../src/domain/quarter') as { QUARTER_MESSAGE_KEYS: readonly string[] };
    const repositorySource = fs.readFileSync(path.join(__dirname, '../../../src/data/repository/IStatusReportRepository.ts'), 'utf8');
    const repositoryKeys = (repositorySource.match(/'data\.error\.[a-zA-Z]+'/g) ?? []).map((k) => k.slice(1, -1));
    expect(repositoryKeys.length).toBeGreaterThanOrEqual(10);
    const en = loadEditorStrings('en-us');
    const sv = loadEditorStrings('sv-se');
    [...VALIDATION_MESSAGE_KEYS, ...NUMBER_MESSAGE_KEYS, ...QUARTER_MESSAGE_KEYS, ...repositoryKeys].forEach((key) => {
      expect([key, typeof sv[key], typeof en[key]]).toEqual([key, 'string', 'string']);
    });
  });
});
