/**
 * npm run bench:docx [-- --json] [--runs 20]
 *
 * Times the Word export and import of the seed report (SHVO 2025 Q4): median of the runs after
 * a warm-up, in milliseconds, plus the size of the document. Exits 0 unless it crashes.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { performance } from 'perf_hooks';
import { exportReportToDocx, importReportFromDocx } from '../src/docx';
import { parseReportText } from '../src/domain/import';

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const json = argv.indexOf('--json') >= 0;
  const runsAt = argv.indexOf('--runs');
  const runs = runsAt >= 0 ? Math.max(1, Number(argv[runsAt + 1]) || 20) : 20;
  const seed = readFileSync(join(__dirname, 'seed', 'statusrapport-shvo-2025.md'), 'utf8');
  const parsed = parseReportText(seed, { year: 2025, quarter: 4 });
  if (!parsed.report) {
    throw new Error(`seed did not parse: ${JSON.stringify(parsed.errors)}`);
  }
  const report = parsed.report;
  let bytes = await exportReportToDocx(report, { locale: 'sv-SE' });
  // Warm-up: JIT and lazy module init are not what a user waits for twice.
  for (let i = 0; i < 3; i++) {
    importReportFromDocx(await exportReportToDocx(report, { locale: 'sv-SE' }));
  }
  const exportTimes: number[] = [];
  const importTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    bytes = await exportReportToDocx(report, { locale: 'sv-SE' });
    const t1 = performance.now();
    const preview = importReportFromDocx(bytes);
    const t2 = performance.now();
    if (!preview.report) {
      throw new Error(`import failed: ${JSON.stringify(preview.errors)}`);
    }
    exportTimes.push(t1 - t0);
    importTimes.push(t2 - t1);
  }
  const result = {
    export_docx_ms: Math.round(median(exportTimes) * 100) / 100,
    import_docx_ms: Math.round(median(importTimes) * 100) / 100,
    docx_bytes: bytes.length,
    runs
  };
  if (json) {
    process.stdout.write(JSON.stringify(result) + '\n');
  } else {
    process.stdout.write(
      [
        `Word export/import of the seed report (median of ${runs} runs after warm-up)`,
        `  export_docx_ms  ${result.export_docx_ms}`,
        `  import_docx_ms  ${result.import_docx_ms}`,
        `  docx_bytes      ${result.docx_bytes}`
      ].join('\n') + '\n'
    );
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
