// Loads the editor's SPFx loc file (an AMD define(...) module) for jest.mock, so a test can
// render in Swedish or English: SPFx loads one locale per page, tests pick one per file.
import * as fs from 'fs';
import * as path from 'path';

export function loadEditorStrings(locale: 'en-us' | 'sv-se'): Record<string, string> {
  let result: Record<string, string> = {};
  const define = (_deps: string[], factory: () => Record<string, string>): void => {
    result = factory();
  };
  const file = path.join(__dirname, '../../../src/webparts/statusReport/editorLoc', `${locale}.js`);
  // eslint-disable-next-line no-new-func
  new Function('define', fs.readFileSync(file, 'utf8'))(define);
  return result;
}
