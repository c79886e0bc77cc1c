import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { exportReportToDocx } from '../../src/docx';
import { EXIT_IMPORT_FAILED, EXIT_OK, EXIT_USAGE, parseCliArgs, reportFileKind, runImportCli } from '../../tools/import-report';
import { SEED_PATH, seedText, seedReport } from '../support/seed';

const ROOT = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'import-report-'));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const PICTURE = '<w:p><w:r><w:drawing><wp:inline xmlns:wp="urn:wp"><wp:docPr id="1" name="Bild 1"/></wp:inline></w:drawing></w:r></w:p>';

/** The seed report as a Word document, optionally with a picture after the last section (not placed). */
async function seedDocx(withPicture = false): Promise<Uint8Array> {
  const bytes = await exportReportToDocx(seedReport(), { locale: 'sv-SE' });
  if (!withPicture) return bytes;
  const parts = unzipSync(bytes);
  parts['word/document.xml'] = strToU8(strFromU8(parts['word/document.xml']).replace('<w:sectPr', `${PICTURE}<w:sectPr`));
  return zipSync(parts);
}

/** Runs the CLI the way `npm run import` does (tsx under npx). */
function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npx', ['tsx', 'tools/import-report.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('tools/import-report.ts (spawned)', () => {
  it('prints the seed as pretty JSON and exits 0', () => {
    const run = cli(SEED_PATH, '--year', '2025', '--quarter', '4', '--object', 'SHVO');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('{\n  "header": {\n')).toBe(true);
    const printed = JSON.parse(run.stdout);
    expect(printed).toEqual(JSON.parse(JSON.stringify(seedReport())));
    expect(printed.kpis[10].current).toEqual({ text: '61 829', number: 61829 });
    expect(printed.staffing.fteStart).toBe(6);
  });

  it('rejects quarter 5 with a message and exit 1', () => {
    const run = cli(SEED_PATH, '--year', '2025', '--quarter', '5');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('import.error.quarterRange');
  });

  it('fails clearly on a missing, empty or malformed file', () => {
    const missing = cli(join(dir, 'no-such-file.md'), '--quarter', '4');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*no-such-file\.md/);

    const empty = cli(file('empty.md', ''), '--quarter', '4');
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain('import.error.empty');

    const notReport = cli(file('list.md', 'Inköpslista\n- mjölk\n- bröd\n'), '--quarter', '4');
    expect(notReport.status).toBe(1);
    expect(notReport.stderr).toContain('import.error.notAReport');
    expect(notReport.stdout).toBe('');
  });

  it('prints a Word document exactly as the same report in the text format', async () => {
    const docx = file('seed.docx', await seedDocx());
    const fromWord = cli(docx, '--year', '2025', '--quarter', '4', '--object', 'SHVO');
    const fromText = cli(SEED_PATH, '--year', '2025', '--quarter', '4', '--object', 'SHVO');
    expect(fromWord.stderr).toBe('');
    expect(fromWord.status).toBe(0);
    expect(fromWord.stdout).toBe(fromText.stdout);
    expect(JSON.parse(fromWord.stdout)).toEqual(JSON.parse(JSON.stringify(seedReport())));
  });

  it('says so for a file that is neither a Word document nor report text', () => {
    const pdf = cli(file('report.pdf', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0xfe, 0x00])));
    expect(pdf.status).toBe(1);
    expect(pdf.stdout).toBe('');
    expect(pdf.stderr).toContain('report.pdf is neither a Word document (.docx) nor a report in the text format (.md, .txt)');
  });

  it('exits 2 on wrong arguments', () => {
    expect(cli().status).toBe(2);
    const badYear = cli(SEED_PATH, '--year', 'tjugo');
    expect(badYear.status).toBe(2);
    expect(badYear.stderr).toContain('usage: npm run import');
  });
});

describe('runImportCli (in process)', () => {
  function run(argv: string[], files: Record<string, string | Uint8Array>): { code: number; out: string; err: string } {
    let out = '';
    let err = '';
    const code = runImportCli(argv, {
      out: (text) => (out += text),
      err: (text) => (err += text),
      readFile: (path) => {
        if (!(path in files)) {
          throw new Error('ENOENT');
        }
        const content = files[path];
        return typeof content === 'string' ? new TextEncoder().encode(content) : content;
      }
    });
    return { code, out, err };
  }

  it('reports unplaced lines and findings on stderr but still prints the report', () => {
    const text = seedText().replace('## Planerade aktiviteter', '## Okänd rubrik\nNågot\n## Planerade aktiviteter')
      .replace('46,6 %', '48,6 %');
    const result = run(['r.md', '--quarter', 'Q4'], { 'r.md': text });
    expect(result.code).toBe(EXIT_OK);
    expect(result.err).toContain('unplaced line 77 (import.unplaced.unknownSection');
    expect(result.err).toContain('unplaced line 78 (import.unplaced.unknownSection');
    expect(result.err).toContain('derived figure does not check out: shareActiveUsers.current at kpis[12].current: stated 48,6 %');
    expect(JSON.parse(result.out).header.period).toEqual({ year: 2025, quarter: 4 });
  });

  it('reports validation findings', () => {
    const text = seedText().replace('Gisella Koutsiou.', '.');
    const result = run(['r.md', '--quarter', '4'], { 'r.md': text });
    expect(result.code).toBe(EXIT_OK);
    expect(result.err).toContain('validation: header.coordinator.displayName: validation.required');
  });

  it('parses arguments', () => {
    expect(parseCliArgs(['a.md', '--year', '2025', '--quarter', '4', '--object', 'SHVO'])).toEqual({
      file: 'a.md',
      options: { year: 2025, quarter: 4, objectKey: 'SHVO' }
    });
    expect(parseCliArgs(['a.md'])).toEqual({ file: 'a.md', options: {} });
    expect(parseCliArgs(['a.md', 'b.md'])).toBe('give exactly one file');
    expect(typeof parseCliArgs(['a.md', '--quarter', 'x'])).toBe('string');
    expect(run([], {}).code).toBe(EXIT_USAGE);
    expect(run(['gone.md'], {}).code).toBe(EXIT_IMPORT_FAILED);
  });

  it('reports the unplaced text of a Word document on stderr the same way, and still prints the report', async () => {
    const result = run(['r.docx'], { 'r.docx': await seedDocx(true) });
    expect(result.code).toBe(EXIT_OK);
    expect(result.err).toMatch(/^unplaced paragraph \d+ in "Kommunikationsaktiviteter" \(docx\.unplaced\.image: a picture \(not imported\)\): ""\n$/);
    expect(JSON.parse(result.out)).toEqual(JSON.parse(JSON.stringify(seedReport())));
  });

  it('explains a Word document that is not a report, and a damaged one', () => {
    const damaged = run(['r.docx'], { 'r.docx': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) });
    expect(damaged.code).toBe(EXIT_IMPORT_FAILED);
    expect(damaged.out).toBe('');
    expect(damaged.err).toContain('error: docx.error.corrupt');
  });

  it('tells the kinds of file apart by extension, else by content', () => {
    const text = new TextEncoder().encode('## Viktiga händelser\n');
    expect(reportFileKind('a.DOCX', text)).toBe('docx');
    expect(reportFileKind('a.md', new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe('text');
    expect(reportFileKind('a.report', new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe('docx');
    expect(reportFileKind('a.report', text)).toBe('text');
    expect(reportFileKind('a.pdf', new Uint8Array([0x25, 0x50, 0x00]))).toBeUndefined();
    expect(reportFileKind('a.bin', new Uint8Array([0xff, 0xfe, 0xfd]))).toBeUndefined();
  });

  it('reads the real seed file', () => {
    const result = run([SEED_PATH, '--year', '2025', '--quarter', '4'], { [SEED_PATH]: readFileSync(SEED_PATH, 'utf8') });
    expect(result).toMatchObject({ code: EXIT_OK, err: '' });
  });
});
