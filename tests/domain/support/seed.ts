import { readFileSync } from 'fs';
import { join } from 'path';
import type { IStatusReport } from '../../../src/domain/model';
import { parseReportText } from '../../../src/domain/import';

export const SEED_PATH: string = join(__dirname, '..', '..', 'fixtures', 'statusrapport-shvo-2025.md');

export function readSeedText(): string {
  return readFileSync(SEED_PATH, 'utf8');
}

/** The seed parsed as the Q4 2025 report; fails the test when it cannot be parsed. */
export function seedReport(): IStatusReport {
  const result = parseReportText(readSeedText(), { year: 2025, quarter: 4 });
  if (!result.report) {
    throw new Error('seed did not parse: ' + JSON.stringify(result.errors));
  }
  return result.report;
}
