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
  readonly script: string;
  readonly args: readonly string[];
}

const PARTS: readonly IBenchPart[] = [
  { name: 'data layer', script: 'tools/bench.ts', args: [] },
  { name: 'ui', script: 'tools/bench-ui.ts', args: [] },
  { name: 'editor', script: 'tools/bench-editor.ts', args: [] },
  { name: 'word', script: 'tools/bench-docx.ts', args: [] }
];

function runPart(part: IBenchPart): Record<string, unknown> {
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
  // The part prints one JSON object as its last non-empty line.
  const lines = result.stdout.split('\n').filter((line) => line.trim().length > 0);
  const last = lines[lines.length - 1] ?? '{}';
  const figures = JSON.parse(last) as Record<string, unknown>;
  // The data layer reports its verdicts as one `goals_pass` object; flatten it to `<name>_pass`.
  const goals = figures.goals_pass;
  if (goals && typeof goals === 'object') {
    delete figures.goals_pass;
    for (const [key, pass] of Object.entries(goals as Record<string, boolean>)) {
      figures[`${key}_pass`] = pass;
    }
  }
  return figures;
}

function main(): void {
  const asJson = process.argv.includes('--json');
  const merged: Record<string, unknown> = {};
  const rows: Array<[string, string, string]> = [];
  for (const part of PARTS) {
    if (!asJson) console.error(`== ${part.name}: ${part.script}`);
    const figures = runPart(part);
    for (const [key, value] of Object.entries(figures)) {
      merged[key] = value;
      if (!key.endsWith('_pass')) {
        const pass = figures[`${key}_pass`];
        rows.push([key, String(value), pass === undefined ? '' : pass ? 'pass' : 'FAIL']);
      }
    }
  }
  if (asJson) {
    console.log(JSON.stringify(merged));
    return;
  }
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`${'figure'.padEnd(width)}  ${'value'.padStart(10)}  goal`);
  for (const [name, value, verdict] of rows) {
    console.log(`${name.padEnd(width)}  ${value.padStart(10)}  ${verdict}`);
  }
}

main();
