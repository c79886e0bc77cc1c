import * as fs from 'fs';
import * as path from 'path';

const SRC = path.join(__dirname, '../../../src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

// chart.js must stay out of the web part's first bundle: only chartSetup imports it, and
// chartSetup is reached only through import() (type-only imports are erased).
describe('chart.js is loaded on demand', () => {
  const files = sourceFiles(SRC);

  it('is imported by chartSetup only', () => {
    const importers = files.filter((file) => /from\s+['"]chart\.js(\/[^'"]*)?['"]|require\(['"]chart\.js/.test(fs.readFileSync(file, 'utf8')));
    expect(importers.map((file) => path.relative(SRC, file))).toEqual([path.join('components', 'KpiTrendChart', 'chartSetup.ts')]);
  });

  it('reaches chartSetup only through a named dynamic import', () => {
    const staticImports = files.filter((file) =>
      /^\s*import\s+(?!type\b)[^;]*from\s+['"][^'"]*chartSetup['"]/m.test(fs.readFileSync(file, 'utf8'))
    );
    expect(staticImports).toEqual([]);
    const chart = fs.readFileSync(path.join(SRC, 'components/KpiTrendChart/KpiTrendChart.tsx'), 'utf8');
    expect(chart).toMatch(/import\(\s*\/\* webpackChunkName: 'kpi-chart' \*\/\s*'\.\/chartSetup'\s*\)/);
    const index = fs.readFileSync(path.join(SRC, 'components/KpiTrendChart/index.ts'), 'utf8');
    expect(index).not.toMatch(/from\s+'\.\/chartSetup'/);
  });
});
