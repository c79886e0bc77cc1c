import type { RepositoryResult } from '../../src/data/repository/IStatusReportRepository';

/** The value of a repository answer the test expects to be ok; anything else fails the test with the answer. */
export function ok<T>(r: RepositoryResult<T>): T {
  if (r.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(r).slice(0, 400)}`);
  return r.value;
}
