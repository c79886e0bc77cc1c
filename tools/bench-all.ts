/**
 * npm run bench [-- --json]
 *
 * Runs every benchmark of the product and prints their figures together: the data layer
 * (request counts, open times against the local SharePoint, scale), the UI (bundle sizes,
 * render and open times in Chromium), the editor (open time, requests per save) and Word
 * import/export. Each part runs in its own process (they start their own local SharePoint
 * and browser) and reports one JSON object; this merges them. Figures with a goal carry a
 * `<name>_pass` companion. Exits non-zero only when a part crashes.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

interface IBenchPart {
  readonly name: string;
  /** Prefix for a figure whose name an earlier part already reported (e.g. editor_requests_save). */
  readonly prefix: string;
  readonly script: string;
  readonly args: readonly string[];
}

const PARTS: readonly IBenchPart[] = [
  { name: 'data layer', prefix: 'data', script: 'tools/bench.ts', args: [] },
  { name: 'ui', prefix: 'ui', script: 'tools/bench-ui.ts', args: [] },
  { name: 'editor', prefix: 'editor', script: 'tools/bench-editor.ts', args: [] },
  { name: 'word', prefix: 'word', script: 'tools/bench-docx.ts', args: [] },
  { name: 'portfolio', prefix: 'portfolio', script: 'tools/bench-portfolio.ts', args: [] }
];

export function runPart(part: IBenchPart): Record<string, unknown> {
  const root = path.resolve(__dirname, '..');
  const result = spawnSync(process.execPath, [require.resolve('tsx/cli'), part.script, '--json', ...part.args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024
  });
  if (result.status !== 0) {
    throw new Error(`${part.name} benchmark (${part.script}) exited with ${result.status}`);
  }
  return parsePartOutput(result.stdout);
}

/** A part prints one JSON object as its last non-empty line; verdicts become `<name>_pass`. */
export function parsePartOutput(stdout: string): Record<string, unknown> {
  const lines = stdout.split('\n').filter((line) => line.trim().length > 0);
  const last = lines[lines.length - 1] ?? '{}';
  const figures = JSON.parse(last) as Record<string, unknown>;
  // The data layer reports its verdicts as one `goals_pass` object; flatten it.
  const goals = figures.goals_pass;
  if (goals && typeof goals === 'object') {
    delete figures.goals_pass;
    for (const [key, pass] of Object.entries(goals as Record<string, boolean>)) {
      figures[`${key}_pass`] = pass;
    }
  }
  return figures;
}

export interface IBenchRow {
  readonly name: string;
  readonly value: unknown;
  /** undefined when the figure has no goal. */
  readonly pass?: boolean;
}

/**
 * Merges the parts' figures in order. Two parts may measure the same thing their own way
 * (requests_save: the repository's save vs the editor's); the later one is kept under its
 * part's prefix, never overwriting the earlier.
 */
export function mergeBenchFigures(parts: ReadonlyArray<{ readonly prefix: string; readonly figures: Record<string, unknown> }>): {
  merged: Record<string, unknown>;
  rows: IBenchRow[];
} {
  const merged: Record<string, unknown> = {};
  const rows: IBenchRow[] = [];
  for (const { prefix, figures } of parts) {
    for (const [key, value] of Object.entries(figures)) {
      if (key.endsWith('_pass')) continue;
      const name = key in merged ? `${prefix}_${key}` : key;
      const pass = figures[`${key}_pass`];
      merged[name] = value;
      if (typeof pass === 'boolean') merged[`${name}_pass`] = pass;
      rows.push({ name, value, pass: typeof pass === 'boolean' ? pass : undefined });
    }
  }
  return { merged, rows };
}

function main(): void {
  const asJson = process.argv.includes('--json');
  const results = PARTS.map((part) => {
    if (!asJson) console.error(`== ${part.name}: ${part.script}`);
    return { prefix: part.prefix, figures: runPart(part) };
  });
  const { merged, rows } = mergeBenchFigures(results);
  if (asJson) {
    console.log(JSON.stringify(merged));
    return;
  }
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`${'figure'.padEnd(width)}  ${'value'.padStart(10)}  goal`);
  for (const row of rows) {
    const verdict = row.pass === undefined ? '' : row.pass ? 'pass' : 'FAIL';
    console.log(`${row.name.padEnd(width)}  ${String(row.value).padStart(10)}  ${verdict}`);
  }
}

if (require.main === module) {
  main();
}
