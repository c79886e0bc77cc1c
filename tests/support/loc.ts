// Reads the SPFx loc files (AMD define(...) modules) of the message catalogue, for tests that
// compare the languages; tests that render pick a language with
// jest.mock('StatusReportWebPartStrings', () => jest.requireActual('<path>/loc/sv-se.js')).
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';

export type CatalogueLocale = 'sv-se' | 'en-us';

export const LOC_DIR: string = path.join(__dirname, '../../src/webparts/statusReport/loc');

/** The texts of one loc file, keyed by message key, in file order. */
export function loadCatalogue(locale: CatalogueLocale): Record<string, string> {
  let result: Record<string, string> | undefined;
  const define = (_deps: string[], factory: () => Record<string, string>): void => {
    result = factory();
  };
  vm.runInNewContext(fs.readFileSync(path.join(LOC_DIR, `${locale}.js`), 'utf8'), { define });
  if (!result) throw new Error(`${locale}.js did not call define`);
  return result;
}
