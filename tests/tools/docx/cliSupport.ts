/** What the export CLI's tests share: a repository answer that must be ok, and the CLI's output captured. */
import { readFileSync, writeFileSync } from 'fs';
import type { RepositoryResult } from '../../../src/data/repository/IStatusReportRepository';
import type { IExportIo } from '../../../tools/export-report';

export function ok<T>(r: RepositoryResult<T>): T {
  if (r.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(r).slice(0, 300)}`);
  return r.value;
}

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
