/** How the data benchmarks print their figures: a table with each goal's pass/fail, or one JSON object. */

/** A figure's goal as printed ("≤ 2") and whether the run met it. */
export type BenchGoals = Record<string, [string, boolean]>;

export function printFigures(figures: Record<string, number | string>, goals: BenchGoals, json: boolean): void {
  if (json) {
    const pass: Record<string, boolean> = {};
    Object.keys(goals).forEach((k) => {
      pass[k] = goals[k][1];
    });
    console.log(JSON.stringify({ ...figures, goals_pass: pass }));
    return;
  }
  const width = Math.max(30, ...Object.keys(figures).map((k) => k.length));
  console.log('');
  console.log(`${'figure'.padEnd(width)} ${'value'.padStart(10)}  goal      result`);
  console.log('-'.repeat(width + 30));
  Object.keys(figures).forEach((k) => {
    const g = goals[k];
    console.log(`${k.padEnd(width)} ${String(figures[k]).padStart(10)}  ${(g ? g[0] : '').padEnd(8)}  ${g ? (g[1] ? 'pass' : 'FAIL') : ''}`);
  });
}
