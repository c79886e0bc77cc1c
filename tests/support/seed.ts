// The seed report (SHVO 2025 Q4, a real report in the text format): the one copy is the product's
// own seed, tools/seed/statusrapport-shvo-2025.md, which `npm start` loads too.
import { readFileSync } from 'fs';
import { join } from 'path';
import { parseReportText } from '../../src/domain/import';
import type { IStatusReport } from '../../src/domain/model';

export const SEED_PATH: string = join(__dirname, '..', '..', 'tools', 'seed', 'statusrapport-shvo-2025.md');

export function seedText(): string {
  return readFileSync(SEED_PATH, 'utf8');
}

/** The seed parsed as the Q4 2025 report, as the domain's text importer reads it; throws when it does not parse. */
export function seedReport(): IStatusReport {
  const parsed = parseReportText(seedText(), { year: 2025, quarter: 4 });
  if (!parsed.report || parsed.errors.length) {
    throw new Error(`seed did not parse: ${JSON.stringify(parsed.errors)}`);
  }
  return parsed.report;
}
