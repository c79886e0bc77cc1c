import * as fs from 'fs';
import * as path from 'path';
import { SRC, staticGraph } from '../../support/importGraph';

const DOCX_DIR = path.join(SRC, 'docx');
const HEAVY_PACKAGES = /^(docx|fflate|fast-xml-parser)(\/|$)/;

// The Word writer (docx, ~80 KB gzip) and reader (fflate + fast-xml-parser) must stay out of
// the reader's first bundle: they are reached only through import() when someone exports or imports.
describe('the docx code is loaded on demand', () => {
  it.each([
    ['StatusCard', 'components/StatusCard/index.ts'],
    ['DocxExport', 'components/DocxExport/index.ts'],
    ['DocxImport', 'components/DocxImport/index.ts']
  ])('the static import graph of %s does not reach src/docx or its packages', (_name, entry) => {
    const graph = staticGraph(path.join(SRC, entry));
    expect(graph.files.size).toBeGreaterThan(1);
    const intoDocx = Array.from(graph.files).filter((file) => file.startsWith(DOCX_DIR + path.sep));
    expect(intoDocx).toEqual([]);
    expect(Array.from(graph.packages).filter((name) => HEAVY_PACKAGES.test(name))).toEqual([]);
  });

  it('the status card does reach the export button (so the check above means something)', () => {
    const graph = staticGraph(path.join(SRC, 'components/StatusCard/index.ts'));
    expect(graph.files.has(path.join(SRC, 'components/DocxExport/ExportToWordButton.tsx'))).toBe(true);
    expect(graph.files.has(path.join(SRC, 'components/DocxExport/buildReportDocx.ts'))).toBe(true);
  });

  it('finds a static import of src/docx when there is one (the check can fail)', () => {
    const graph = staticGraph(path.join(SRC, 'docx/index.ts'));
    expect(graph.packages.has('docx')).toBe(true);
  });

  it('loads the writer and the reader through named dynamic imports', () => {
    const build = fs.readFileSync(path.join(SRC, 'components/DocxExport/buildReportDocx.ts'), 'utf8');
    expect(build).toMatch(/import\(\s*\/\* webpackChunkName: 'docx-export' \*\/\s*'\.\.\/\.\.\/docx\/writer\/exportReportToDocx'\s*\)/);
    const types = fs.readFileSync(path.join(SRC, 'components/DocxImport/importTypes.ts'), 'utf8');
    expect(types).toMatch(/import\(\s*\/\* webpackChunkName: 'docx-import' \*\/\s*'\.\/previewImport'\s*\)/);
    // The chunk is the reader alone: previewImport reaches the docx reader, not the writer.
    const chunk = staticGraph(path.join(SRC, 'components/DocxImport/previewImport.ts'));
    expect(chunk.files.has(path.join(SRC, 'docx/reader/importReportFromDocx.ts'))).toBe(true);
    expect(Array.from(chunk.files).filter((file) => file.indexOf(path.join('docx', 'writer')) >= 0)).toEqual([]);
    expect(chunk.packages.has('docx')).toBe(false);
    // previewImport is reached from the panel only through that import().
    const importDir = path.join(SRC, 'components/DocxImport');
    const staticUsers = fs
      .readdirSync(importDir)
      .filter((name) => /^\s*import\s+(?!type\b)[^;]*from\s+['"]\.\/previewImport['"]/m.test(fs.readFileSync(path.join(importDir, name), 'utf8')));
    expect(staticUsers).toEqual([]);
  });
});
