import { readFileSync } from 'fs';
import { join } from 'path';
import { parseReportText } from '../../../src/domain/import';
import type { IStatusReport } from '../../../src/domain/model';

export function seedText(): string {
  return readFileSync(join(__dirname, '..', '..', 'fixtures', 'statusrapport-shvo-2025.md'), 'utf8');
}

/** The seed report (SHVO 2025 Q4) as the domain's text importer reads it. */
export function seedReport(): IStatusReport {
  const parsed = parseReportText(seedText(), { year: 2025, quarter: 4 });
  if (!parsed.report || parsed.errors.length) {
    throw new Error(`seed did not parse: ${JSON.stringify(parsed.errors)}`);
  }
  return parsed.report;
}
