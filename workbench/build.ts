/**
 * Bundles the local workbench with esbuild: the same React tree and repository class the
 * web part uses, plus a host bar. Handles what the SPFx toolchain normally does for us:
 * - `*.module.scss` → compiled with the `sass` the SPFx build ships, then esbuild's CSS modules
 *   (`local-css`), so `import styles from './X.module.scss'` gives hashed class names;
 * - SPFx localized resources (`StatusReportWebPartStrings`, ...) → the AMD loc files of
 *   config/config.json, evaluated through a tiny `define` shim, picked at page load by `?lang=`.
 *
 * Run: `npm run build:workbench` (writes workbench/dist, gitignored).
 */
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';
import { firstRenderChunks, type IMergedChunk, mergeChunks } from './mergeChunks';

export const REPO_ROOT: string = path.resolve(__dirname, '..');
export const DEFAULT_WORKBENCH_DIST: string = path.join(__dirname, 'dist');

/** Chunks each benchmark entry preloads, written next to the bundles (entry file → chunk files). */
export const PRELOADS_FILE = 'preloads.json';

export interface IBuildWorkbenchOptions {
  /** Output folder; default workbench/dist. */
  readonly outdir?: string;
  /** Minify (default true: the workbench should behave like the ship build). */
  readonly minify?: boolean;
  /** Log level of esbuild; default 'warning'. */
  readonly logLevel?: esbuild.LogLevel;
}

export interface IBuildWorkbenchResult {
  readonly outdir: string;
  /** Bytes per output file name (main.js, main.css, ...). */
  readonly files: Readonly<Record<string, number>>;
  readonly durationMs: number;
}

interface ILocalizedResource {
  readonly moduleName: string;
  /** Folder holding {locale}.js files under src/. */
  readonly folder: string;
}

/** The localized resources declared in config/config.json, mapped from lib/ to src/. */
export function readLocalizedResources(root: string = REPO_ROOT): ILocalizedResource[] {
  const config = JSON.parse(fs.readFileSync(path.join(root, 'config', 'config.json'), 'utf8')) as {
    localizedResources?: Record<string, string>;
  };
  return Object.entries(config.localizedResources || {}).map(([moduleName, pattern]) => ({
    moduleName,
    folder: path.join(root, path.dirname(pattern.replace(/^lib\//, 'src/')))
  }));
}

/** AMD loc file → CommonJS: define() hands back the strings object. */
export function amdLocToCommonJs(source: string): string {
  return (
    'var __locStrings;\n' +
    'function define(deps, factory) { __locStrings = (typeof deps === "function" ? deps : factory)(); }\n' +
    source +
    '\nmodule.exports = __locStrings;\n'
  );
}

function localizedResourcesPlugin(resources: readonly ILocalizedResource[]): esbuild.Plugin {
  const stateModule = path.join(__dirname, 'src', 'uiLanguage.ts');
  return {
    name: 'spfx-localized-resources',
    setup(build: esbuild.PluginBuild): void {
      const names = new Set(resources.map((r) => r.moduleName));
      build.onResolve({ filter: /^[A-Za-z]+Strings$/ }, (args) =>
        names.has(args.path) ? { path: args.path, namespace: 'spfx-loc' } : undefined
      );
      build.onLoad({ filter: /.*/, namespace: 'spfx-loc' }, (args) => {
        const resource = resources.find((r) => r.moduleName === args.path);
        if (!resource) return { errors: [{ text: `Unknown localized resource ${args.path}` }] };
        const files = fs.existsSync(resource.folder)
          ? fs.readdirSync(resource.folder).filter((f) => /^[a-z]{2}-[a-z]{2}\.js$/.test(f))
          : [];
        if (!files.length) return { errors: [{ text: `No loc files in ${resource.folder}` }] };
        const cases = files
          .map((f) => `  ${JSON.stringify(f.replace(/\.js$/, ''))}: function () { return require(${JSON.stringify(path.join(resource.folder, f))}); }`)
          .join(',\n');
        // SPFx falls back to en-us when a locale has no file; so do we.
        const contents =
          `var loaders = {\n${cases}\n};\n` +
          `var locale = require(${JSON.stringify(stateModule)}).uiLocFileLocale();\n` +
          `module.exports = (loaders[locale] || loaders["en-us"] || loaders[Object.keys(loaders)[0]])();\n`;
        return { contents, loader: 'js', resolveDir: resource.folder, watchFiles: files.map((f) => path.join(resource.folder, f)) };
      });
      build.onLoad({ filter: /[\\/][A-Za-z]*[Ll]oc[\\/][a-z]{2}-[a-z]{2}\.js$/ }, (args) => {
        const source = fs.readFileSync(args.path, 'utf8');
        if (!/\bdefine\s*\(/.test(source)) return undefined;
        return { contents: amdLocToCommonJs(source), loader: 'js' };
      });
    }
  };
}

function scssModulesPlugin(): esbuild.Plugin {
  return {
    name: 'scss-modules',
    setup(build: esbuild.PluginBuild): void {
      build.onLoad({ filter: /\.scss$/ }, (args) => {
        // The sass shipped with the SPFx toolchain (1.44: legacy renderSync API).
        // eslint-disable-next-line @typescript-eslint/no-var-requires
        const sass = require('sass') as {
          renderSync(options: { file: string; includePaths: string[]; importer?: unknown }): { css: Buffer; stats: { includedFiles: string[] } };
        };
        const result = sass.renderSync({
          file: args.path,
          includePaths: [path.join(REPO_ROOT, 'node_modules')],
          // SPFx scss uses "~package/..." for node_modules.
          importer: (url: string) => (url.startsWith('~') ? { file: path.join(REPO_ROOT, 'node_modules', url.slice(1)) } : null)
        });
        return {
          contents: result.css.toString('utf8'),
          loader: /\.module\.scss$/.test(args.path) ? 'local-css' : 'css',
          resolveDir: path.dirname(args.path),
          watchFiles: result.stats.includedFiles
        };
      });
    }
  };
}

/** The pages' entry points: the workbench page and the benchmark pages. */
const ENTRY_POINTS: Readonly<Record<string, string>> = {
  main: path.join(__dirname, 'src', 'main.ts'),
  // The render benchmark page (tools/bench-ui.ts).
  bench: path.join(__dirname, 'src', 'bench', 'renderBench.tsx'),
  // The React floor of the open benchmark (tools/bench-ui.ts).
  floor: path.join(__dirname, 'src', 'bench', 'reactFloor.tsx'),
  // The data floor of the open benchmark: the repository's first screen and React alone.
  datafloor: path.join(__dirname, 'src', 'bench', 'dataFloor.ts')
};

/** Options shared by the one-off build and watch mode. */
export function workbenchBuildOptions(options: IBuildWorkbenchOptions = {}): esbuild.BuildOptions {
  const outdir = options.outdir || DEFAULT_WORKBENCH_DIST;
  return {
    absWorkingDir: REPO_ROOT,
    entryPoints: ENTRY_POINTS,
    outdir,
    bundle: true,
    // ES modules with code splitting: what the report view does not need (editor, Word,
    // portfolio tools) loads on demand, as the SPFx build's chunks do.
    format: 'esm',
    splitting: true,
    chunkNames: 'chunk-[hash]',
    platform: 'browser',
    target: ['es2019', 'chrome100'],
    minify: options.minify !== false,
    sourcemap: 'linked',
    metafile: true,
    jsx: 'transform',
    charset: 'utf8',
    logLevel: options.logLevel || 'warning',
    // React's production build, as SharePoint serves it.
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [scssModulesPlugin(), localizedResourcesPlugin(readLocalizedResources())]
  };
}

/** The output folder, absolute (esbuild resolves a relative one from the repository's root). */
function outputFolder(options: IBuildWorkbenchOptions): string {
  return path.resolve(REPO_ROOT, options.outdir || DEFAULT_WORKBENCH_DIST);
}

/** Where esbuild writes, before rollup merges its chunks into the output folder. */
export function stageDir(outdir: string): string {
  return path.join(outdir, 'esbuild');
}

/**
 * Builds the workbench bundles (main.*, bench.*, the benchmark floors) and copies their pages
 * next to them: esbuild compiles into a stage folder, rollup merges its chunks into the output
 * folder (`mergeChunks.ts`), and the page lists its first render's chunks as module preloads.
 */
export async function buildWorkbench(options: IBuildWorkbenchOptions = {}): Promise<IBuildWorkbenchResult> {
  const started = Date.now();
  const outdir = outputFolder(options);
  const stage = stageDir(outdir);
  fs.mkdirSync(stage, { recursive: true });
  const result = await esbuild.build(workbenchBuildOptions({ ...options, outdir: stage }));
  const files = await writePages(outdir, result.metafile as esbuild.Metafile);
  return { outdir, files, durationMs: Date.now() - started };
}

/** From esbuild's output in the stage folder: stylesheets, merged chunks, fonts and pages in `outdir`. */
async function writePages(outdir: string, metafile: esbuild.Metafile): Promise<Record<string, number>> {
  const stage = stageDir(outdir);
  // CSS of the on-demand chunks goes into the pages' stylesheets (class names are scoped, so
  // loading it up front changes nothing else): a lazily loaded editor finds its styles.
  const chunkCss = chunkStylesheets(metafile)
    .map((f) => fs.readFileSync(path.join(stage, f), 'utf8'))
    .join('\n');
  const files: Record<string, number> = {};
  for (const sheet of ['main.css', 'bench.css']) {
    const staged = path.join(stage, sheet);
    if (!fs.existsSync(staged)) continue;
    const css = fs.readFileSync(staged, 'utf8') + (chunkCss ? `\n${chunkCss}` : '');
    fs.writeFileSync(path.join(outdir, sheet), css);
    files[sheet] = Buffer.byteLength(css);
  }
  // The workbench page is merged on its own: chunks shared with the benchmark pages would split its first screen again.
  const [pageBundle, benchBundle] = await Promise.all([
    mergeChunks(stage, outdir, ['main']),
    mergeChunks(stage, outdir, Object.keys(ENTRY_POINTS).filter((name) => name !== 'main'))
  ]);
  Object.assign(files, pageBundle.files, benchBundle.files);
  // Fluent's icon font, served locally (initializeIcons('/workbench/')) instead of from the CDN.
  const iconFonts = path.join(REPO_ROOT, 'node_modules', '@fluentui', 'font-icons-mdl2', 'fonts');
  for (const font of fs.readdirSync(iconFonts).filter((f) => f.endsWith('.woff'))) {
    fs.copyFileSync(path.join(iconFonts, font), path.join(outdir, font));
    files[font] = fs.statSync(path.join(outdir, font)).size;
  }
  for (const page of ['index.html', 'bench.html']) {
    fs.copyFileSync(path.join(__dirname, page), path.join(outdir, page));
  }
  const firstRender = (chunks: readonly IMergedChunk[], entry: string): string[] =>
    firstRenderChunks(chunks, entry, entryImports(metafile, stage, `${entry}.js`));
  const index = path.join(outdir, 'index.html');
  fs.writeFileSync(index, withModulePreloads(fs.readFileSync(index, 'utf8'), firstRender(pageBundle.chunks, 'main')));
  // The open benchmark writes its data-floor page with the same kind of preloads as the workbench's.
  fs.writeFileSync(path.join(outdir, PRELOADS_FILE), JSON.stringify({ 'datafloor.js': firstRender(benchBundle.chunks, 'datafloor') }));
  for (const page of ['index.html', 'bench.html']) files[page] = fs.statSync(path.join(outdir, page)).size;
  return files;
}

/**
 * The files an entry of esbuild's output loads with its own `import()` (absolute paths): for the
 * workbench's main.js, the React tree it starts once the first request is out. The tree's own
 * import() calls are what loads on demand, and are not listed.
 */
export function entryImports(metafile: esbuild.Metafile, stage: string, entryFile: string): string[] {
  const entry = Object.keys(metafile.outputs).find((key) => path.resolve(REPO_ROOT, key) === path.join(stage, entryFile));
  if (!entry) return [];
  return metafile.outputs[entry].imports.filter((imported) => imported.kind === 'dynamic-import' && !imported.external).map((imported) => path.resolve(REPO_ROOT, imported.path));
}

/**
 * The stylesheets of the chunks this build wrote (file names, sorted). Only this build's: the
 * output folder keeps the chunks of earlier builds (hashed names), whose CSS would otherwise
 * pile up in the page's stylesheet with every rebuild.
 */
export function chunkStylesheets(metafile: esbuild.Metafile): string[] {
  return Object.keys(metafile.outputs)
    .map((key) => path.basename(key))
    .filter((name) => /^chunk-[A-Z0-9]+\.css$/.test(name))
    .sort();
}

/**
 * `<link rel="modulepreload">` for `chunks` before the page's module script: the browser fetches
 * and compiles them while the entry runs, instead of discovering them import by import.
 */
export function withModulePreloads(html: string, chunks: readonly string[]): string {
  const links = chunks.map((name) => `    <link rel="modulepreload" href="/workbench/${name}" />\n`).join('');
  return html.replace(/(\s*)<script type="module"/, (match: string, space: string) => `\n${links.replace(/\n$/, '')}${space}<script type="module"`);
}

/** Rebuilds on every change of the bundled sources until stopped (the server reads files per request). */
export async function watchWorkbench(options: IBuildWorkbenchOptions = {}): Promise<esbuild.BuildContext> {
  await buildWorkbench(options);
  const outdir = outputFolder(options);
  const stageOptions = workbenchBuildOptions({ ...options, outdir: stageDir(outdir) });
  const rewritePages: esbuild.Plugin = {
    name: 'workbench-pages',
    setup(build: esbuild.PluginBuild): void {
      build.onEnd(async (result) => {
        if (result.errors.length === 0 && result.metafile) await writePages(outdir, result.metafile);
      });
    }
  };
  const context = await esbuild.context({ ...stageOptions, logLevel: 'info', plugins: [...(stageOptions.plugins || []), rewritePages] });
  await context.watch();
  return context;
}

if (require.main === module) {
  const minify = !process.argv.includes('--dev');
  if (process.argv.includes('--watch')) {
    watchWorkbench({ minify }).then(
      () => console.log('Watching src/ and workbench/; reload the page after a rebuild. Stop with Ctrl+C.'),
      (error: unknown) => {
        console.error(error);
        process.exitCode = 1;
      }
    );
  } else {
    buildWorkbench({ minify, logLevel: 'info' }).then(
      (result) => {
        const sizes = Object.entries(result.files)
          .filter(([file]) => !file.endsWith('.woff'))
          .map(([file, bytes]) => `${file} ${(bytes / 1024).toFixed(1)} kB`)
          .join(', ');
        console.log(`Workbench built in ${result.durationMs} ms → ${path.relative(REPO_ROOT, result.outdir)} (${sizes})`);
      },
      (error: unknown) => {
        console.error(error);
        process.exitCode = 1;
      }
    );
  }
}
