/** What the export CLI's tests share: the CLI's output captured (and the repository answer check of all tests). */
export { ok } from '../../support/ok';
import { readFileSync, writeFileSync } from 'fs';
import type { IExportIo } from '../../../tools/export-report';

/** The CLI's input and output: files on disk, stdout and stderr lines kept for the test. */
export function capture(): { out: string[]; err: string[]; io: IExportIo } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      out: (t) => out.push(t),
      err: (t) => err.push(t),
      readText: (p) => readFileSync(p, 'utf8'),
      writeFile: (p, b) => writeFileSync(p, b)
    }
  };
}
