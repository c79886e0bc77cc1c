/**
 * The workbench page preloads the modules of its first render: the merged entry's static imports
 * and, through its import() of the React tree, the chunk holding the tree and that chunk's static
 * imports; never the chunks the tree loads on demand (editor, Word, portfolio).
 */
import * as path from 'path';
import type { Metafile } from 'esbuild';
import { chunkStylesheets, entryImports, REPO_ROOT, stageDir, withModulePreloads } from '../../workbench/build';
import { firstRenderChunks, type IMergedChunk } from '../../workbench/mergeChunks';

function output(imports: Array<{ path: string; kind: 'import-statement' | 'dynamic-import' }>): Metafile['outputs'][string] {
  return { bytes: 1, inputs: {}, imports, exports: [], entryPoint: undefined } as unknown as Metafile['outputs'][string];
}

// esbuild's output in the stage folder: the entry imports the data chunk and import()s the tree.
const stage = stageDir(path.join(REPO_ROOT, 'workbench', 'dist'));
const staged = (name: string): string => path.join(stage, name);
const metafile = {
  inputs: {},
  outputs: {
    'workbench/dist/esbuild/main.js': output([
      { path: 'workbench/dist/esbuild/chunk-DATA.js', kind: 'import-statement' },
      { path: 'workbench/dist/esbuild/chunk-APP.js', kind: 'dynamic-import' }
    ]),
    'workbench/dist/esbuild/chunk-APP.js': output([
      { path: 'workbench/dist/esbuild/chunk-DATA.js', kind: 'import-statement' },
      { path: 'workbench/dist/esbuild/chunk-EDITOR.js', kind: 'dynamic-import' }
    ])
  }
} as unknown as Metafile;

// rollup's merge of it: the data chunk went into the entry, the tree shares React with the editor.
function chunk(fileName: string, moduleIds: string[], imports: string[], isEntry = false): IMergedChunk {
  return { fileName, name: fileName.replace(/\.js$/, ''), isEntry, moduleIds, imports };
}
const merged: IMergedChunk[] = [
  chunk('main.js', [staged('chunk-DATA.js'), staged('main.js')], [], true),
  chunk('chunk-tree.js', [staged('chunk-APP.js')], ['main.js', 'chunk-react.js']),
  chunk('chunk-react.js', [staged('chunk-REACT.js')], ['main.js']),
  chunk('chunk-editor.js', [staged('chunk-EDITOR.js')], ['chunk-react.js', 'chunk-docx.js']),
  chunk('chunk-docx.js', [staged('chunk-DOCX.js')], [])
];

describe('the workbench page’s module preloads', () => {
  it('start from what the entry loads with its own import(), not what the tree loads on demand', () => {
    expect(entryImports(metafile, stage, 'main.js')).toEqual([staged('chunk-APP.js')]);
    expect(entryImports(metafile, stage, 'other.js')).toEqual([]);
  });

  it('are the merged entry’s imports, then the chunk holding the tree and its imports, and no on-demand chunk', () => {
    expect(firstRenderChunks(merged, 'main', [staged('chunk-APP.js')])).toEqual(['chunk-tree.js', 'chunk-react.js']);
  });

  it('need no file for a tree merged into the entry, and nothing for an entry the build did not write', () => {
    const oneFile = [chunk('main.js', [staged('main.js'), staged('chunk-APP.js')], [], true), merged[3]];
    expect(firstRenderChunks(oneFile, 'main', [staged('chunk-APP.js')])).toEqual([]);
    expect(firstRenderChunks(merged, 'other', [])).toEqual([]);
  });

  it('go into the page before its module script', () => {
    const html = '<body>\n    <div id="root"></div>\n    <script type="module" src="/workbench/main.js"></script>\n</body>';
    const out = withModulePreloads(html, ['chunk-DATA.js', 'chunk-APP.js']);
    expect(out).toContain(
      '<link rel="modulepreload" href="/workbench/chunk-DATA.js" />\n    <link rel="modulepreload" href="/workbench/chunk-APP.js" />\n    <script type="module" src="/workbench/main.js"></script>'
    );
    expect(out.indexOf('modulepreload')).toBeGreaterThan(out.indexOf('<div id="root">'));
  });
});

describe('the workbench page’s stylesheet', () => {
  it('takes the CSS of the chunks this build wrote, not of earlier builds left in the folder', () => {
    const built = {
      inputs: {},
      outputs: {
        'workbench/dist/main.js': output([]),
        'workbench/dist/main.css': output([]),
        'workbench/dist/chunk-EDITOR.js': output([]),
        'workbench/dist/chunk-EDITOR.css': output([]),
        'workbench/dist/chunk-BOARD.css': output([]),
        'workbench/dist/chunk-BOARD.css.map': output([])
      }
    } as unknown as Metafile;
    expect(chunkStylesheets(built)).toEqual(['chunk-BOARD.css', 'chunk-EDITOR.css']);
  });
});
