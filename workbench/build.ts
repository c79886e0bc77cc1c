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

/** Options shared by the one-off build and watch mode. */
export function workbenchBuildOptions(options: IBuildWorkbenchOptions = {}): esbuild.BuildOptions {
  const outdir = options.outdir || DEFAULT_WORKBENCH_DIST;
  return {
    absWorkingDir: REPO_ROOT,
    entryPoints: {
      main: path.join(__dirname, 'src', 'main.ts'),
      // The render benchmark page (tools/bench-ui.ts).
      bench: path.join(__dirname, 'src', 'bench', 'renderBench.tsx'),
      // The React floor of the open benchmark (tools/bench-ui.ts).
      floor: path.join(__dirname, 'src', 'bench', 'reactFloor.tsx'),
      // The data floor of the open benchmark: the repository's first screen and React alone.
      datafloor: path.join(__dirname, 'src', 'bench', 'dataFloor.ts')
    },
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

/** Builds the workbench bundles (main.*, bench.*) and copies their pages next to them. */
export async function buildWorkbench(options: IBuildWorkbenchOptions = {}): Promise<IBuildWorkbenchResult> {
  const started = Date.now();
  const buildOptions = workbenchBuildOptions(options);
  const outdir = buildOptions.outdir as string;
  fs.mkdirSync(outdir, { recursive: true });
  const result = await esbuild.build(buildOptions);
  const files: Record<string, number> = {};
  for (const [file, info] of Object.entries(result.metafile ? result.metafile.outputs : {})) {
    files[path.basename(file)] = info.bytes;
  }
  // CSS of the on-demand chunks goes into the pages' stylesheets (class names are scoped, so
  // loading it up front changes nothing else): a lazily loaded editor finds its styles.
  const chunkCss = (result.metafile ? chunkStylesheets(result.metafile) : [])
    .map((f) => fs.readFileSync(path.join(outdir, f), 'utf8'))
    .join('\n');
  if (chunkCss) {
    for (const sheet of ['main.css', 'bench.css']) {
      const file = path.join(outdir, sheet);
      if (fs.existsSync(file)) fs.appendFileSync(file, `\n${chunkCss}`);
    }
  }
  // Fluent's icon font, served locally (initializeIcons('/workbench/')) instead of from the CDN.
  const iconFonts = path.join(REPO_ROOT, 'node_modules', '@fluentui', 'font-icons-mdl2', 'fonts');
  for (const font of fs.readdirSync(iconFonts).filter((f) => f.endsWith('.woff'))) {
    fs.copyFileSync(path.join(iconFonts, font), path.join(outdir, font));
  }
  for (const page of ['index.html', 'bench.html']) {
    fs.copyFileSync(path.join(__dirname, page), path.join(outdir, page));
  }
  if (result.metafile) {
    const index = path.join(outdir, 'index.html');
    fs.writeFileSync(index, withModulePreloads(fs.readFileSync(index, 'utf8'), preloadedChunks(result.metafile, 'main.js')));
    // The open benchmark writes its data-floor page with the same preloads as the workbench's.
    fs.writeFileSync(path.join(outdir, PRELOADS_FILE), JSON.stringify({ 'datafloor.js': preloadedChunks(result.metafile, 'datafloor.js') }));
  }
  for (const page of ['index.html', 'bench.html']) files[page] = fs.statSync(path.join(outdir, page)).size;
  return { outdir, files, durationMs: Date.now() - started };
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
 * The chunks the entry `entryName` needs for its first render: its static imports and, through
 * its `import()` of the React tree, that chunk and everything it imports statically (not the
 * chunks loaded later on demand: editor, Word, portfolio...). Output file names, entry excluded.
 * Only the entry's own import() counts: the tree's are what loads on demand.
 */
export function preloadedChunks(metafile: esbuild.Metafile, entryName: string): string[] {
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find((key) => path.basename(key) === entryName);
  if (!entry) return [];
  // In the order the page needs them: what the first request needs, then the React tree.
  const ordered: string[] = [];
  const add = (key: string): void => {
    if (ordered.indexOf(key) >= 0) return;
    ordered.push(key);
    for (const imported of outputs[key].imports) {
      if (!imported.external && imported.kind === 'import-statement') add(imported.path);
    }
  };
  for (const imported of outputs[entry].imports) if (imported.kind === 'import-statement') add(imported.path);
  for (const imported of outputs[entry].imports) if (imported.kind === 'dynamic-import') add(imported.path);
  return ordered.map((key) => path.basename(key)).filter((name) => name.endsWith('.js'));
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
  const context = await esbuild.context({ ...workbenchBuildOptions(options), logLevel: 'info' });
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
