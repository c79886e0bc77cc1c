import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { EXIT_IMPORT_FAILED, EXIT_OK, EXIT_USAGE, parseCliArgs, runImportCli } from '../../tools/import-report';
import { SEED_PATH, readSeedText, seedReport } from '../domain/support/seed';

const ROOT = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'import-report-'));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content, 'utf8');
  return path;
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

  it('exits 2 on wrong arguments', () => {
    expect(cli().status).toBe(2);
    const badYear = cli(SEED_PATH, '--year', 'tjugo');
    expect(badYear.status).toBe(2);
    expect(badYear.stderr).toContain('usage: npm run import');
  });
});

describe('runImportCli (in process)', () => {
  function run(argv: string[], files: Record<string, string>): { code: number; out: string; err: string } {
    let out = '';
    let err = '';
    const code = runImportCli(argv, {
      out: (text) => (out += text),
      err: (text) => (err += text),
      readFile: (path) => {
        if (!(path in files)) {
          throw new Error('ENOENT');
        }
        return files[path];
      }
    });
    return { code, out, err };
  }

  it('reports unplaced lines and findings on stderr but still prints the report', () => {
    const text = readSeedText().replace('## Planerade aktiviteter', '## Okänd rubrik\nNågot\n## Planerade aktiviteter')
      .replace('46,6 %', '48,6 %');
    const result = run(['r.md', '--quarter', 'Q4'], { 'r.md': text });
    expect(result.code).toBe(EXIT_OK);
    expect(result.err).toContain('unplaced line 77 (import.unplaced.unknownSection');
    expect(result.err).toContain('unplaced line 78 (import.unplaced.unknownSection');
    expect(result.err).toContain('derived figure does not check out: shareActiveUsers.current at kpis[12].current: stated 48,6 %');
    expect(JSON.parse(result.out).header.period).toEqual({ year: 2025, quarter: 4 });
  });

  it('reports validation findings', () => {
    const text = readSeedText().replace('Gisella Koutsiou.', '.');
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

  it('reads the real seed file', () => {
    const result = run([SEED_PATH, '--year', '2025', '--quarter', '4'], { [SEED_PATH]: readFileSync(SEED_PATH, 'utf8') });
    expect(result).toMatchObject({ code: EXIT_OK, err: '' });
  });
});
