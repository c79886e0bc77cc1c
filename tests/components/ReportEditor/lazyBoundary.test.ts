// The editor must stay out of the reader's first bundle: only the lazy entry may be imported
// from outside the editor (and the approval UI, which only the editor uses).
import * as fs from 'fs';
import * as path from 'path';

const SRC = path.join(__dirname, '../../../src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce<string[]>((files, entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return files.concat(sourceFiles(full));
    return /\.tsx?$/.test(entry.name) ? files.concat(full) : files;
  }, []);
}

describe('lazy editor boundary', () => {
  it('index.ts loads the editor only through a named dynamic import', () => {
    const index = fs.readFileSync(path.join(SRC, 'components/ReportEditor/index.ts'), 'utf8');
    expect(index).toContain("import(/* webpackChunkName: 'report-editor' */ './ReportEditor')");
    const staticImports = index.match(/^import .* from '\.\/[^']+';$/gm) ?? [];
    // Type-only imports vanish at compile time.
    expect(staticImports.filter((line) => !line.startsWith('import type'))).toEqual([]);
  });

  it('nothing outside the editor and the approval UI imports their modules directly', () => {
    const offenders: string[] = [];
    sourceFiles(SRC)
      .filter((file) => !/components[\\/](ReportEditor|Approval)[\\/]/.test(file))
      .forEach((file) => {
        const text = fs.readFileSync(file, 'utf8');
        const imports = text.match(/^import (?!type ).*from '([^']+)';$/gm) ?? [];
        imports
          .map((line) => /from '([^']+)'/.exec(line)![1])
          .filter((spec) => /ReportEditor\/.|(^|\/)Approval(\/|$)/.test(spec))
          .forEach((spec) => offenders.push(`${path.relative(SRC, file)} -> ${spec}`));
      });
    expect(offenders).toEqual([]);
  });
});
