/**
 * npm run bench:ui [-- --json] [--runs N] [--skip-ship-build]
 *
 * UI figures of the web part, printed as a table (or one JSON object with --json):
 * - bundle_initial_gzip_kb: the script of the report's first screen in the SPFx ship build,
 *   gzipped: the web part's entry (release/assets/status-report-web-part_*.js) and the chunks of
 *   its React tree (report-app), which load while the first request is under way; React is not
 *   in them (SPFx provides react/react-dom as externals; checked below). Goal ≤ 100.
 * - bundle_total_gzip_kb: every .js of release/assets (entry, lazy chunks, loc files), gzipped.
 * - render_ratio: the large report (60 KPIs x 20 quarters) rendered by the web part in Chromium
 *   (workbench/bench.html: React render + chart.js + layout) against the same figures as a plain
 *   React table, interleaved pairs. Goal ≤ 3.
 * - e2e_open_ratio: navigation to the seeded report's figures in the DOM, the workbench against a
 *   bare page sending the same first-screen request (interleaved pairs), with 50 ms added per
 *   SharePoint request (BENCH_LATENCY_MS sets another delay, for information; the goals are
 *   stated at 50). Returning visits (bundle in the HTTP cache, as from SharePoint's CDN): goal
 *   ≤ 1.5; first visits (cache cleared): goal ≤ 2. Two floors against the same bare page, for
 *   information: React and ReactDOM alone (`e2e_open_ratio_react_floor`), and the workbench's
 *   own data path (repository, reader, PnPjs) with React alone (`e2e_open_ratio_data_floor`,
 *   returning and first visits). Milliseconds are printed as information only.
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
import type { BrowserContext } from 'playwright-core';
import { buildWorkbench, DEFAULT_WORKBENCH_DIST, PRELOADS_FILE, withModulePreloads } from '../workbench/build';
import { userCookie } from '../workbench/src/state';
import { launchBrowser, type IBrowser } from '../tests/e2e/support/browser';
import { startE2eEnvironment, type IE2eEnvironment } from '../tests/e2e/support/environment';

const ROOT = path.resolve(__dirname, '..');
const ENTRY_PATTERN = /^status-report-web-part_[0-9a-f]+\.js$/;
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS || 50);

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

/**
 * The chunks the entry loads for the web part's React tree (`import()` named 'report-app' in
 * src/webparts/statusReport/loadReportApp.ts): webpack's chunk-name map gives its id, and the
 * `Promise.all([….e(id), …])` that loads it the chunks it shares with others.
 */
export function firstScreenChunks(entrySource: string, files: readonly string[]): string[] {
  const nameMap = /"chunk\."\+\((\{[^}]*\})\[e\]/.exec(entrySource);
  if (!nameMap) throw new Error('No chunk-name map in the entry bundle');
  const names: Record<string, string> = {};
  for (const m of nameMap[1].matchAll(/(\d+):"([^"]+)"/g)) names[m[1]] = m[2];
  const id = Object.keys(names).find((key) => names[key] === 'report-app');
  if (!id) throw new Error('No report-app chunk in the entry bundle');
  const loads = new RegExp(`Promise\\.all\\(\\[((?:\\w+\\.e\\(\\d+\\),)*\\w+\\.e\\(${id}\\))\\]\\)|\\w+\\.e\\(${id}\\)`).exec(entrySource);
  const ids = loads && loads[1] ? Array.from(loads[1].matchAll(/\.e\((\d+)\)/g), (m) => m[1]) : [id];
  return ids.map((chunkId) => {
    const stem = `chunk.${names[chunkId] ?? chunkId}_`;
    const file = files.find((f) => f.startsWith(stem));
    if (!file) throw new Error(`No file for chunk ${chunkId} (${stem}*)`);
    return file;
  });
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
  const reportApp = firstScreenChunks(entrySource, files);
  const entryKb = gzipKb(path.join(assets, entry));
  const reportAppKb = reportApp.reduce((sum, f) => sum + gzipKb(path.join(assets, f)), 0);
  return [
    {
      name: 'bundle_initial_gzip_kb',
      value: round(entryKb + reportAppKb),
      unit: 'kB',
      goal: 100,
      note: `the first screen's script: ${entry} (${round(entryKb)}) and the report-app chunks ${reportApp.join(', ')} (${round(reportAppKb)}); React ${reactExternal && !reactInside ? 'external (SPFx)' : 'BUNDLED'}`
    },
    { name: 'bundle_total_gzip_kb', value: round(total), unit: 'kB', note: `${files.length} files (entry, lazy chunks, loc)` }
  ];
}

/** Records when the page first shows the seed's registered users (61 829) in main article, from navigation start. */
function observeFigures(): void {
  const observer = new MutationObserver(() => {
    const card = document.querySelector('main article');
    if (card && /61[\s\u00a0\u202f]829/.test(card.textContent || '')) {
      (window as unknown as { figuresVisibleAt: number }).figuresVisibleAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/** Navigates a new page of `context` to `url` and returns the ms from navigation start to the figures on screen. */
async function timeOpen(context: BrowserContext, url: string, clearCache: boolean): Promise<number> {
  const page = await context.newPage();
  try {
    if (clearCache) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.clearBrowserCache');
      await cdp.detach();
    }
    await page.addInitScript(observeFigures);
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { figuresVisibleAt?: number }).figuresVisibleAt !== undefined, undefined, { timeout: 30000 });
    return (await page.evaluate(() => (window as unknown as { figuresVisibleAt: number }).figuresVisibleAt)) as number;
  } finally {
    await page.close();
  }
}

interface ICapturedRequest {
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/**
 * The baseline page: sends the captured request (the report view's first-screen $batch, with
 * the page's form digest), finds the newest snapshot in the answer and writes its KPI numbers.
 * No framework, no bundle: what the data costs at the least.
 */
/** A page of the open benchmark: the site and digest meta tags the server fills in, then `body`. */
function benchPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="sv-SE">
  <head>
    <meta charset="utf-8" />
    <meta name="workbench-site" content="" />
    <meta name="workbench-form-digest" content="" />
    <title>${title}</title>
  </head>
  <body>
${body}  </body>
</html>
`;
}

/** The captured request as a page sends it again: its own headers, without the browser's and the digest (the page's is added). */
function replayable(request: ICapturedRequest): ICapturedRequest {
  const headers: Record<string, string> = {};
  Object.keys(request.headers).forEach((name) => {
    if (!/^(x-requestdigest|cookie|content-length|host|origin|referer|user-agent|sec-)/i.test(name)) headers[name] = request.headers[name];
  });
  return { url: request.url, headers, body: request.body };
}

export function bareHtml(request: ICapturedRequest, cookie: string): string {
  const embedded = JSON.stringify({ ...replayable(request), cookie }).replace(/</g, '\\u003c');
  return benchPage('GITS Statusrapport – baslinje', `    <main><article id="figures"></article></main>
    <script>
      (function () {
        var req = ${embedded};
        document.cookie = req.cookie;
        var headers = Object.assign({}, req.headers, { 'X-RequestDigest': document.querySelector('meta[name="workbench-form-digest"]').getAttribute('content') });
        fetch(req.url, { method: 'POST', credentials: 'same-origin', headers: headers, body: req.body })
          .then(function (r) { return r.text(); })
          .then(function (text) {
            var lines = text.split(/\\r?\\n/);
            for (var i = 0; i < lines.length; i++) {
              if (lines[i].charAt(0) !== '{') continue;
              var json;
              try { json = JSON.parse(lines[i]); } catch (e) { continue; }
              var rows = json.value || (json.d && json.d.results) || [];
              if (!rows.length || !rows[0].SnapshotJson) continue;
              var report = JSON.parse(rows[0].SnapshotJson).report;
              var format = new Intl.NumberFormat('sv-SE');
              var out = document.getElementById('figures');
              report.kpis.forEach(function (k) {
                var p = document.createElement('p');
                p.textContent = k.definitionKey + ': ' + (k.current && typeof k.current.number === 'number' ? format.format(k.current.number) : '');
                out.appendChild(p);
              });
              return;
            }
          });
      })();
    </script>
`);
}

/**
 * The React floor: the bare page's request and numbers through React and ReactDOM
 * (workbench/src/bench/reactFloor.tsx), the least any React web part pays.
 */
export function floorHtml(request: ICapturedRequest, cookie: string): string {
  const embedded = JSON.stringify(replayable(request)).replace(/</g, '\\u003c');
  return benchPage('GITS Statusrapport – React-golv', `    <main></main>
    <script type="application/json" id="floor-request">${embedded}</script>
    <script>document.cookie = ${JSON.stringify(cookie)};</script>
    <script type="module" src="/workbench/floor.js"></script>
`);
}

/**
 * The data floor: the workbench's data path (repository, reader, PnPjs) sending the first
 * screen and React writing the numbers (workbench/src/bench/dataFloor.ts), with the chunks it
 * needs preloaded as the workbench page preloads its own.
 */
export function dataFloorHtml(cookie: string, preloads: readonly string[]): string {
  const page = benchPage('GITS Statusrapport – datagolv', `    <main></main>
    <script>document.cookie = ${JSON.stringify(cookie)};</script>
    <script type="module" src="/workbench/datafloor.js"></script>
`);
  return withModulePreloads(page, preloads);
}

/** The chunks the build listed for `entry` (workbench/build.ts writes them next to the bundles). */
function builtPreloads(entry: string): string[] {
  const file = path.join(DEFAULT_WORKBENCH_DIST, PRELOADS_FILE);
  if (!fs.existsSync(file)) return [];
  const lists = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string[] | undefined>;
  return lists[entry] || [];
}

/**
 * e2e_open_ratio: navigation to the report's figures on screen, the workbench (the web part
 * against the local SharePoint) against the bare page sending the same one request, both at
 * 50 ms per SharePoint request, in interleaved pairs; returning visits (bundle in the HTTP
 * cache, as from SharePoint's CDN) and first visits (cache cleared before each navigation).
 */
export async function e2eOpenFigures(browser: IBrowser, env: IE2eEnvironment, runs: number, log: (m: string) => void): Promise<IUiFigure[]> {
  const ours = `${env.baseUrl}/?user=reader&object=SHVO`;
  const bare = `${env.baseUrl}/bare.html`;
  const floor = `${env.baseUrl}/floor.html`;
  const dataFloor = `${env.baseUrl}/datafloor.html`;
  await env.setLatency(LATENCY_MS);
  try {
    // The request the report view sends first, and how many it sends before its figures show.
    const captured: ICapturedRequest[] = [];
    const probe = await browser.newPage();
    probe.on('request', (r) => {
      if (r.method() === 'POST' && r.url().indexOf('/_api/$batch') >= 0) captured.push({ url: r.url(), headers: r.headers(), body: r.postData() || '' });
    });
    await probe.addInitScript(observeFigures);
    await env.resetRequestCount();
    await probe.goto(ours);
    await probe.waitForFunction(() => (window as unknown as { figuresVisibleAt?: number }).figuresVisibleAt !== undefined, undefined, { timeout: 30000 });
    const beforeFigures = (await probe.evaluate(() => {
      const at = (window as unknown as { figuresVisibleAt: number }).figuresVisibleAt;
      return (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.name.indexOf('/sites/') >= 0 && e.responseEnd <= at).length;
    })) as number;
    await probe.close();
    if (captured.length === 0 || captured[0].body.indexOf('GitsSnapshots') < 0) throw new Error('the report view sent no first-screen $batch');
    fs.writeFileSync(path.join(DEFAULT_WORKBENCH_DIST, 'bare.html'), bareHtml(captured[0], userCookie('reader')));
    fs.writeFileSync(path.join(DEFAULT_WORKBENCH_DIST, 'floor.html'), floorHtml(captured[0], userCookie('reader')));
    fs.writeFileSync(path.join(DEFAULT_WORKBENCH_DIST, 'datafloor.html'), dataFloorHtml(userCookie('reader'), builtPreloads('datafloor.js')));

    const pairs = async (count: number, clearCache: boolean, page: string = ours): Promise<{ ratio: number; ours: number; bare: number }> => {
      const a: number[] = [];
      const b: number[] = [];
      const ratios: number[] = [];
      for (let i = 0; i < count; i++) {
        let o: number;
        let n: number;
        if (i % 2 === 0) {
          o = await timeOpen(browser.context, page, clearCache);
          n = await timeOpen(browser.context, bare, clearCache);
        } else {
          n = await timeOpen(browser.context, bare, clearCache);
          o = await timeOpen(browser.context, page, clearCache);
        }
        a.push(o);
        b.push(n);
        ratios.push(o / n);
      }
      return { ratio: median(ratios), ours: median(a), bare: median(b) };
    };
    log('e2e open: workbench vs bare page, returning visits...');
    // Warm-up: both pages in the HTTP cache.
    await timeOpen(browser.context, ours, false);
    await timeOpen(browser.context, bare, false);
    const returning = await pairs(Math.max(7, runs), false);
    log('e2e open: first visits (cache cleared)...');
    const first = await pairs(Math.max(5, Math.ceil(runs / 2) + 1), true);
    log('e2e open: React floor vs bare page, returning visits...');
    await timeOpen(browser.context, floor, false);
    const floorPairs = await pairs(Math.max(7, runs), false, floor);
    log('e2e open: data floor vs bare page, returning visits...');
    await timeOpen(browser.context, dataFloor, false);
    const dataFloorPairs = await pairs(Math.max(7, runs), false, dataFloor);
    const dataFloorFirst = await pairs(Math.max(5, Math.ceil(runs / 2) + 1), true, dataFloor);
    return [
      {
        name: 'e2e_open_ratio',
        value: round(returning.ratio, 2),
        unit: '×',
        goal: 1.5,
        note: `returning visits, median of ${Math.max(7, runs)} interleaved pairs against the bare page (${LATENCY_MS} ms per SharePoint request)`
      },
      { name: 'e2e_open_ratio_first_visit', value: round(first.ratio, 2), unit: '×', goal: 2, note: 'first visits (HTTP cache cleared before each navigation)' },
      {
        name: 'e2e_open_ratio_react_floor',
        value: round(floorPairs.ratio, 2),
        unit: '×',
        note: `information: React and ReactDOM alone sending the same request and writing the numbers, against the bare page (${round(floorPairs.ours)} / ${round(floorPairs.bare)} ms)`
      },
      {
        name: 'e2e_open_ratio_data_floor',
        value: round(dataFloorPairs.ratio, 2),
        unit: '×',
        note: `information: the workbench's repository sending the first screen and React alone writing the numbers, against the bare page (${round(dataFloorPairs.ours)} / ${round(dataFloorPairs.bare)} ms)`
      },
      {
        name: 'e2e_open_ratio_data_floor_first_visit',
        value: round(dataFloorFirst.ratio, 2),
        unit: '×',
        note: `information: the data floor's first visits, against the bare page's (${round(dataFloorFirst.ours)} / ${round(dataFloorFirst.bare)} ms)`
      },
      { name: 'e2e_requests_before_figures', value: beforeFigures, unit: 'requests', goal: 1, note: 'SharePoint requests answered before the figures showed' },
      { name: 'e2e_open_ms', value: round(returning.ours), unit: 'ms', note: 'information: workbench, returning visit' },
      { name: 'e2e_open_ms_bare', value: round(returning.bare), unit: 'ms', note: 'information: bare page, returning visit' },
      { name: 'e2e_open_ms_first_visit', value: round(first.ours), unit: 'ms', note: 'information: workbench, first visit' },
      { name: 'e2e_open_ms_bare_first_visit', value: round(first.bare), unit: 'ms', note: 'information: bare page, first visit' }
    ];
  } finally {
    await env.setLatency(0);
  }
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
      (n: number) =>
        (window as unknown as { gitsRenderPaired(pairs: number): Promise<{ webPartMs: number[]; plainMs: number[]; ratio: number; renderedKpiRows: number; plainRows: number }> }).gitsRenderPaired(n),
      // Renders are short: more of them make the median steadier on a busy machine.
      Math.max(15, runs * 2)
    );
    await page.close();
    figures.push({
      name: 'render_ratio',
      value: round(render.ratio, 2),
      unit: '×',
      goal: 3,
      note: `web part vs plain React table of the same figures, median of ${render.webPartMs.length} interleaved pairs (60 KPIs x 20 quarters; ${render.renderedKpiRows} KPI rows, ${render.plainRows} table rows)`
    });
    figures.push({ name: 'render_ms_large', value: round(median(render.webPartMs)), unit: 'ms', note: 'information: the web part (React render + chart.js + layout)' });
    figures.push({ name: 'render_ms_plain_table', value: round(median(render.plainMs)), unit: 'ms', note: 'information: the plain table' });

    figures.push(...(await e2eOpenFigures(browser, env, runs, log)));
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
