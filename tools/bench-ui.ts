/**
 * npm run bench:ui [-- --json] [--runs N] [--skip-ship-build]
 *
 * UI figures of the web part, printed as a table (or one JSON object with --json):
 * - bundle_initial_gzip_kb: the web part's entry bundle of the SPFx ship build
 *   (release/assets/status-report-web-part_*.js), gzipped; React is not in it (SPFx provides
 *   react/react-dom as externals; checked below). Goal ≤ 100.
 * - bundle_total_gzip_kb: every .js of release/assets (entry, lazy chunks, loc files), gzipped.
 * - render_ms_large: median time to render a report with 60 KPIs and 20 quarters of history in
 *   Chromium (workbench/bench.html: React render + chart.js + layout). Goal ≤ 50.
 * - e2e_open_ms: median time from navigation to the seeded report's figures in the DOM, workbench
 *   against the local SharePoint with 50 ms added per SharePoint request, for a returning visitor
 *   (bundle in the browser cache, as from SharePoint's CDN). Goal ≤ 250.
 *   e2e_open_ms_first_visit: the same for the first visit (empty cache), informative.
 *
 * The ship build comes from release/assets when it is newer than every file under src/ and
 * config/; otherwise `gulp bundle --ship` runs in a temporary copy of the project (about two
 * minutes), so a build of someone else in the working tree is never disturbed.
 * Exit code 0 unless the benchmark itself crashes; goals are reported as pass/fail.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { buildWorkbench } from '../workbench/build';
import { launchBrowser } from '../tests/e2e/support/browser';
import { startE2eEnvironment } from '../tests/e2e/support/environment';

const ROOT = path.resolve(__dirname, '..');
const ENTRY_PATTERN = /^status-report-web-part_[0-9a-f]+\.js$/;
const LATENCY_MS = 50;

export interface IUiFigure {
  readonly name: string;
  /** undefined when it could not be measured (reason in `note`). */
  readonly value?: number;
  readonly unit: string;
  /** Upper bound the figure should stay at or under. */
  readonly goal?: number;
  readonly note?: string;
}

export interface IUiBenchOptions {
  readonly runs?: number;
  readonly skipShipBuild?: boolean;
  readonly log?: (message: string) => void;
}

function round(value: number, decimals = 1): number {
  const f = Math.pow(10, decimals);
  return Math.round(value * f) / f;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function gzipKb(file: string): number {
  return zlib.gzipSync(fs.readFileSync(file)).length / 1024;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    // Generated typings of SCSS modules are written by the build itself.
    else if (!entry.name.endsWith('.scss.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** release/assets of an up-to-date ship build in the working tree, if there is one. */
function currentReleaseAssets(): string | undefined {
  const assets = path.join(ROOT, 'release', 'assets');
  if (!fs.existsSync(assets)) return undefined;
  const entry = fs.readdirSync(assets).find((f) => ENTRY_PATTERN.test(f));
  if (!entry) return undefined;
  const built = fs.statSync(path.join(assets, entry)).mtimeMs;
  const sources = Math.max(newestMtime(path.join(ROOT, 'src')), newestMtime(path.join(ROOT, 'config')));
  return built >= sources ? assets : undefined;
}

/** Runs `gulp bundle --ship` in a temporary copy (node_modules linked) and returns its release/assets. */
function shipBuildInCopy(log: (m: string) => void): { assets: string; cleanup: () => void } {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'gits-ship-build-'));
  for (const item of ['config', 'src', 'teams', 'gulpfile.js', 'package.json', 'tsconfig.json', '.eslintrc.js']) {
    const from = path.join(ROOT, item);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(copy, item), { recursive: true });
  }
  // Stale generated SCSS typings from another build must not leak in.
  const removeGenerated = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) removeGenerated(full);
      else if (entry.name.endsWith('.scss.ts')) fs.rmSync(full);
    }
  };
  removeGenerated(path.join(copy, 'src'));
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  log('SPFx ship build (gulp bundle --ship) in a temporary copy, about two minutes...');
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'gulp', 'bin', 'gulp.js'), 'bundle', '--ship'], {
    cwd: copy,
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024
  });
  return { assets: path.join(copy, 'release', 'assets'), cleanup: () => fs.rmSync(copy, { recursive: true, force: true }) };
}

export function bundleFigures(assets: string): IUiFigure[] {
  const files = fs.readdirSync(assets).filter((f) => f.endsWith('.js'));
  const entry = files.find((f) => ENTRY_PATTERN.test(f));
  if (!entry) throw new Error(`No status-report-web-part_*.js in ${assets}`);
  const entrySource = fs.readFileSync(path.join(assets, entry), 'utf8');
  // React must come from SharePoint: the bundle declares it as an AMD dependency and holds no copy.
  const reactExternal = /define\("[^"]+",\[[^\]]*"react"[^\]]*"react-dom"/.test(entrySource);
  const reactInside = /__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED|react\.production\.min/.test(entrySource);
  const total = files.reduce((sum, f) => sum + gzipKb(path.join(assets, f)), 0);
  return [
    {
      name: 'bundle_initial_gzip_kb',
      value: round(gzipKb(path.join(assets, entry))),
      unit: 'kB',
      goal: 100,
      note: `${entry}; React ${reactExternal && !reactInside ? 'external (SPFx)' : 'BUNDLED'}`
    },
    { name: 'bundle_total_gzip_kb', value: round(total), unit: 'kB', note: `${files.length} files (entry, lazy chunks, loc)` }
  ];
}

export async function runUiBench(options: IUiBenchOptions = {}): Promise<IUiFigure[]> {
  const log = options.log ?? ((m: string): void => console.error(m));
  const runs = options.runs ?? 7;
  const figures: IUiFigure[] = [];

  // Bundle sizes of the ship build.
  if (options.skipShipBuild) {
    const assets = currentReleaseAssets();
    if (assets) figures.push(...bundleFigures(assets));
    else {
      figures.push({ name: 'bundle_initial_gzip_kb', unit: 'kB', goal: 100, note: 'skipped: no up-to-date release/assets' });
      figures.push({ name: 'bundle_total_gzip_kb', unit: 'kB', note: 'skipped' });
    }
  } else {
    const current = currentReleaseAssets();
    if (current) figures.push(...bundleFigures(current));
    else {
      const build = shipBuildInCopy(log);
      try {
        figures.push(...bundleFigures(build.assets));
      } finally {
        build.cleanup();
      }
    }
  }

  // Browser figures: the workbench bundle, the dev server of `npm start`, headless Chromium.
  await buildWorkbench({ logLevel: 'warning' });
  const env = await startE2eEnvironment();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${env.baseUrl}/workbench/bench.html`);
    await page.waitForSelector('html[data-bench-ready]');
    const render = await page.evaluate(
      (n: number) => (window as unknown as { gitsRenderBench(runs: number): Promise<{ medianMs: number; renderedKpiRows: number; runs: number[] }> }).gitsRenderBench(n),
      // Renders are short: more of them make the median steadier on a busy machine.
      Math.max(15, runs * 2)
    );
    await page.close();
    figures.push({
      name: 'render_ms_large',
      value: round(render.medianMs),
      unit: 'ms',
      goal: 50,
      note: `median of ${render.runs.length} (60 KPIs x 20 quarters; ${render.renderedKpiRows} KPI rows rendered)`
    });

    await env.setLatency(LATENCY_MS);
    const opens: number[] = [];
    let firstOpen = 0;
    // Where the time goes: page and bundle until the first SharePoint request, the requests, the render.
    const firstRequests: number[] = [];
    const dataReady: number[] = [];
    let requests = 0;
    for (let i = 0; i < runs + 1; i++) {
      const open = await browser.newPage();
      // Records when the card first shows the seed's registered users, relative to navigation start.
      await open.addInitScript(() => {
        const observer = new MutationObserver(() => {
          const card = document.querySelector('main article');
          if (card && /61[\s\u00a0\u202f]829/.test(card.textContent || '')) {
            (window as unknown as { figuresVisibleAt: number }).figuresVisibleAt = performance.now();
            observer.disconnect();
          }
        });
        observer.observe(document, { childList: true, subtree: true, characterData: true });
      });
      await env.resetRequestCount();
      await open.goto(`${env.baseUrl}/?user=reader&object=SHVO`);
      await open.waitForFunction(() => (window as unknown as { figuresVisibleAt?: number }).figuresVisibleAt !== undefined, undefined, { timeout: 30000 });
      const timing = await open.evaluate(() => {
        const at = (window as unknown as { figuresVisibleAt: number }).figuresVisibleAt;
        const sp = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
          (e) => e.name.indexOf('/sites/') >= 0 && e.responseEnd <= at
        );
        return {
          at,
          firstRequest: sp.length ? Math.min(...sp.map((e) => e.startTime)) : at,
          dataReady: sp.length ? Math.max(...sp.map((e) => e.responseEnd)) : at
        };
      });
      const at = timing.at;
      requests = await env.requestCount();
      // The first run is a first visit (nothing cached); the others are returning visits, with the
      // bundle from the HTTP cache (revalidated) as SharePoint's CDN gives it.
      if (i === 0) firstOpen = at;
      else {
        opens.push(at);
        firstRequests.push(timing.firstRequest);
        dataReady.push(timing.dataReady);
      }
      await open.close();
    }
    await env.setLatency(0);
    figures.push({
      name: 'e2e_open_ms',
      value: round(median(opens)),
      unit: 'ms',
      goal: 250,
      note: `median of ${opens.length} returning visits, ${LATENCY_MS} ms per SharePoint request, ${requests} SharePoint requests`
    });
    figures.push({
      name: 'e2e_open_first_request_ms',
      value: round(median(firstRequests)),
      unit: 'ms',
      note: 'of which: navigation until the first SharePoint request starts (page, bundle, first render)'
    });
    figures.push({
      name: 'e2e_open_data_ready_ms',
      value: round(median(dataReady)),
      unit: 'ms',
      note: 'of which: navigation until the last SharePoint response before the figures; the rest is rendering'
    });
    figures.push({
      name: 'e2e_open_ms_first_visit',
      value: round(firstOpen),
      unit: 'ms',
      note: 'same, first visit with an empty browser cache (informative)'
    });
  } finally {
    await browser.close();
    await env.close();
  }
  return figures;
}

export function passes(figure: IUiFigure): boolean | undefined {
  if (figure.goal === undefined || figure.value === undefined) return undefined;
  return figure.value <= figure.goal;
}

export function formatUiTable(figures: readonly IUiFigure[]): string {
  const rows = figures.map((f) => {
    const verdict = passes(f);
    return [
      f.name,
      f.value === undefined ? 'n/a' : `${f.value} ${f.unit}`,
      f.goal === undefined ? '' : `≤ ${f.goal} ${f.unit}`,
      verdict === undefined ? '' : verdict ? 'PASS' : 'FAIL',
      f.note || ''
    ];
  });
  const header = ['figure', 'value', 'goal', 'result', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** One flat JSON object: figure → value, plus `<figure>_pass` for figures with a goal. */
export function toJson(figures: readonly IUiFigure[]): Record<string, number | boolean | null> {
  const json: Record<string, number | boolean | null> = {};
  for (const f of figures) {
    json[f.name] = f.value === undefined ? null : f.value;
    const verdict = passes(f);
    if (verdict !== undefined) json[`${f.name}_pass`] = verdict;
  }
  return json;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const runsArg = argv.indexOf('--runs');
  const figures = await runUiBench({
    runs: runsArg >= 0 ? Math.max(1, Number(argv[runsArg + 1]) || 7) : 7,
    skipShipBuild: argv.includes('--skip-ship-build')
  });
  if (argv.includes('--json')) console.log(JSON.stringify(toJson(figures)));
  else console.log(formatUiTable(figures));
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.stack ?? e.message : e);
    process.exit(1);
  });
}
