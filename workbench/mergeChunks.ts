/**
 * The workbench's second bundling pass. esbuild splits the code at every `import()` and writes one
 * chunk per set of entry points that share a module, so the report's first screen loaded 39
 * module files, where the SPFx ship build (webpack) loads its entry and the report-app chunk.
 * Every module file costs the browser a fetch, even from the HTTP cache, and an instantiation:
 * the same first screen from 3 files showed its figures in 273 ms instead of 389 (30 interleaved
 * navigations, all 30 faster). rollup re-bundles esbuild's output as webpack would: a module
 * already loaded by everything that imports a lazy chunk stays out of that chunk, and chunks
 * below webpack's default `minSize` (20 kB) merge into the chunks loaded with them.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rollup, type OutputChunk, type Plugin } from 'rollup';

/** Chunks smaller than this merge into others (webpack's default splitChunks.minSize). */
export const MIN_CHUNK_BYTES = 20000;

/** What the first-render list needs to know of an output chunk (a subset of rollup's OutputChunk). */
export interface IMergedChunk {
  readonly fileName: string;
  readonly name: string;
  readonly isEntry: boolean;
  /** The files of esbuild's output this chunk holds (absolute paths). */
  readonly moduleIds: readonly string[];
  readonly imports: readonly string[];
}

export interface IMergedBundle {
  /** Bytes per written chunk file name. */
  readonly files: Readonly<Record<string, number>>;
  readonly chunks: readonly IMergedChunk[];
}

/** Reads esbuild's output with its source map, so the merged chunks map back to the sources. */
function esbuildSourceMaps(): Plugin {
  return {
    name: 'esbuild-source-maps',
    load(id: string) {
      const code = fs.readFileSync(id, 'utf8');
      const mapFile = `${id}.map`;
      if (!fs.existsSync(mapFile)) return code;
      return { code: code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'), map: fs.readFileSync(mapFile, 'utf8') };
    }
  };
}

/** Re-bundles the entries `entryNames` (esbuild's `<name>.js` in `stageDir`) into `outdir`. */
export async function mergeChunks(stageDir: string, outdir: string, entryNames: readonly string[]): Promise<IMergedBundle> {
  const input: Record<string, string> = {};
  for (const name of entryNames) input[name] = path.join(stageDir, `${name}.js`);
  const bundle = await rollup({
    input,
    plugins: [esbuildSourceMaps()],
    // Not the merge statistics experimentalMinChunkSize logs at 'info'.
    logLevel: 'warn',
    // esbuild has shaken the tree already; rollup only moves modules between chunks.
    treeshake: false,
    onwarn: (warning, warn) => {
      // esbuild's output names `this` at the top level of some CommonJS shims: harmless here.
      if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
    }
  });
  try {
    const { output } = await bundle.write({
      dir: outdir,
      format: 'es',
      entryFileNames: '[name].js',
      // Lower-case hashes: the server serves `chunk-*` as immutable, as a CDN serves hashed files.
      chunkFileNames: 'chunk-[hash].js',
      hashCharacters: 'base36',
      sourcemap: true,
      experimentalMinChunkSize: MIN_CHUNK_BYTES
    });
    const files: Record<string, number> = {};
    const chunks: IMergedChunk[] = [];
    for (const item of output) {
      if (item.type !== 'chunk') continue;
      const chunk: OutputChunk = item;
      files[chunk.fileName] = Buffer.byteLength(chunk.code);
      chunks.push({ fileName: chunk.fileName, name: chunk.name, isEntry: chunk.isEntry, moduleIds: chunk.moduleIds, imports: chunk.imports });
    }
    return { files, chunks };
  } finally {
    await bundle.close();
  }
}

/**
 * The merged chunks the entry `entryName` needs for its first render, in the order it needs them:
 * its static imports, then each of `firstRenderModules` (the esbuild files the entry loads with
 * its own `import()`, such as the React tree) and their static imports. Never the chunks that
 * load later on demand. File names, the entry excluded.
 */
export function firstRenderChunks(chunks: readonly IMergedChunk[], entryName: string, firstRenderModules: readonly string[]): string[] {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entry = chunks.find((chunk) => chunk.isEntry && chunk.name === entryName);
  if (!entry) return [];
  const ordered: string[] = [];
  const add = (fileName: string): void => {
    if (fileName === entry.fileName || ordered.indexOf(fileName) >= 0) return;
    ordered.push(fileName);
    const chunk = byFile.get(fileName);
    if (chunk) chunk.imports.forEach(add);
  };
  entry.imports.forEach(add);
  for (const moduleId of firstRenderModules) {
    // The chunk that holds it (a module merged into the entry needs no file of its own).
    const target = chunks.find((chunk) => chunk.moduleIds.indexOf(moduleId) >= 0);
    if (target) add(target.fileName);
  }
  return ordered;
}
