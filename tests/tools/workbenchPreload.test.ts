/**
 * The workbench page preloads the modules of its first screen: the entry's static imports and,
 * through its import() of the React tree, that chunk's static imports; never the chunks the
 * tree loads on demand (editor, Word, portfolio).
 */
import type { Metafile } from 'esbuild';
import { chunkStylesheets, preloadedChunks, withModulePreloads } from '../../workbench/build';

function output(imports: Array<{ path: string; kind: 'import-statement' | 'dynamic-import' }>): Metafile['outputs'][string] {
  return { bytes: 1, inputs: {}, imports, exports: [], entryPoint: undefined } as unknown as Metafile['outputs'][string];
}

const metafile = {
  inputs: {},
  outputs: {
    'workbench/dist/main.js': output([
      { path: 'workbench/dist/chunk-DATA.js', kind: 'import-statement' },
      { path: 'workbench/dist/chunk-APP.js', kind: 'dynamic-import' }
    ]),
    'workbench/dist/chunk-DATA.js': output([{ path: 'workbench/dist/chunk-PNP.js', kind: 'import-statement' }]),
    'workbench/dist/chunk-PNP.js': output([]),
    'workbench/dist/chunk-APP.js': output([
      { path: 'workbench/dist/chunk-REACT.js', kind: 'import-statement' },
      { path: 'workbench/dist/chunk-DATA.js', kind: 'import-statement' },
      { path: 'workbench/dist/chunk-EDITOR.js', kind: 'dynamic-import' }
    ]),
    'workbench/dist/chunk-REACT.js': output([]),
    'workbench/dist/chunk-EDITOR.js': output([{ path: 'workbench/dist/chunk-DOCX.js', kind: 'import-statement' }]),
    'workbench/dist/chunk-DOCX.js': output([])
  }
} as unknown as Metafile;

describe('the workbench page’s module preloads', () => {
  it('are the entry’s imports first, then the React tree and its imports, and no on-demand chunk', () => {
    expect(preloadedChunks(metafile, 'main.js')).toEqual(['chunk-DATA.js', 'chunk-PNP.js', 'chunk-APP.js', 'chunk-REACT.js']);
  });

  it('are nothing for an entry the build did not write', () => {
    expect(preloadedChunks(metafile, 'other.js')).toEqual([]);
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
