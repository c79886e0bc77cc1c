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
