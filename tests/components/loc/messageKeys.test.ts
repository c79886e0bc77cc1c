import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { DOMAIN_MESSAGE_KEYS } from '../../../src/domain/messages';
import { DOCX_MESSAGE_KEYS } from '../../../src/docx/messages';
import { REPOSITORY_MESSAGE_KEYS } from '../../../src/services/messageKeys';
import { stringKeyOf } from '../../../src/services/useAsyncData';

const LOC_DIR = path.join(__dirname, '../../../src/webparts/statusReport/loc');

function loadAmd(file: string): Record<string, string> {
  let result: Record<string, string> | undefined;
  const define = (_deps: string[], factory: () => Record<string, string>): void => {
    result = factory();
  };
  vm.runInNewContext(fs.readFileSync(path.join(LOC_DIR, file), 'utf8'), { define });
  if (!result) throw new Error(`${file} did not call define`);
  return result;
}

/** Loc keys of `messageKeys` that a loc table lacks. */
function missing(messageKeys: readonly string[], table: Record<string, string>): string[] {
  return messageKeys.map(stringKeyOf).filter((key) => typeof table[key] !== 'string' || table[key].trim() === '');
}

const named = (text: string): string[] => (text.match(/\{[A-Za-z]\w*\}/g) ?? []).sort();

describe('every message key the UI can show is in both main loc files', () => {
  const files = { 'sv-se.js': loadAmd('sv-se.js'), 'en-us.js': loadAmd('en-us.js') };
  const lists: Record<string, readonly string[]> = {
    domain: DOMAIN_MESSAGE_KEYS,
    repository: REPOSITORY_MESSAGE_KEYS,
    docx: DOCX_MESSAGE_KEYS
  };

  it('has non-empty key lists to check', () => {
    expect(DOMAIN_MESSAGE_KEYS.length).toBeGreaterThan(20);
    expect(REPOSITORY_MESSAGE_KEYS).toContain('data.error.conflict');
    expect(REPOSITORY_MESSAGE_KEYS).toHaveLength(11);
    expect(DOCX_MESSAGE_KEYS).toContain('docx.error.tooLarge');
  });

  Object.keys(lists).forEach((list) => {
    Object.keys(files).forEach((file) => {
      it(`${list} keys in ${file}`, () => {
        expect(missing(lists[list], files[file as keyof typeof files])).toEqual([]);
      });
    });
  });

  it('would fail for a key that is not translated', () => {
    expect(missing(['data.error.noSuchKey', 'ErrorRequired'], files['sv-se.js'])).toEqual(['DataErrorNoSuchKey']);
  });

  it('uses the same named placeholders in Swedish and English', () => {
    const en = files['en-us.js'];
    const sv = files['sv-se.js'];
    const mismatched = Object.keys(en).filter((key) => named(en[key]).join() !== named(sv[key]).join());
    expect(mismatched).toEqual([]);
    expect(named(sv.DocxErrorTooLarge)).toEqual(['{limitMb}']);
  });
});
