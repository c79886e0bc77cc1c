/**
 * The export and migrate command-line tools: file level (no site) and against the local
 * SharePoint over real HTTP through the repository.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { exportReportToDocx, importReportFromDocx } from '../../../src/docx';
import type { IStatusReport } from '../../../src/domain/model';
import { runExportCli } from '../../../tools/export-report';
import { progressBar, runMigrateCli } from '../../../tools/migrate-reports';
import { startTestSite } from '../../data/support/server';
import type { ITestSite } from '../../data/support/server';
import { seedReport } from '../../support/seed';
import { capture, ok } from './cliSupport';

const ROOT = join(__dirname, '..', '..', '..');
const SEED_FILE = join(ROOT, 'tools', 'seed', 'statusrapport-shvo-2025.md');

function streams(): { out: string[]; err: string[]; s: { out: (t: string) => void; err: (t: string) => void; isTty: boolean } } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, s: { out: (t) => out.push(t), err: (t) => err.push(t), isTty: false } };
}

function withoutApproval(report: IStatusReport | undefined): unknown {
  return report ? { ...report, header: { ...report.header, approval: undefined } } : undefined;
}

function forQuarter(report: IStatusReport, year: number, quarter: 1 | 2 | 3 | 4): IStatusReport {
  return { ...report, header: { ...report.header, period: { year, quarter } } };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gits-docx-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run export --from-text', () => {
  it('writes a .docx of a seed-format text file that imports back to the same report', async () => {
    const out = join(dir, 'report.docx');
    const c = capture();
    const code = await runExportCli(['--from-text', SEED_FILE, '--year', '2025', '--quarter', '4', '--out', out], c.io);
    expect(c.err.join('')).toBe('');
    expect(code).toBe(0);
    expect(c.out.join('')).toMatch(/report\.docx: SHVO 2025 Q4, \d+ bytes/);
    expect(importReportFromDocx(new Uint8Array(readFileSync(out))).report).toEqual(seedReport());
  });

  it('fails with exit 1 and a message key when the text does not settle the quarter; writes nothing', async () => {
    const out = join(dir, 'x.docx');
    const c = capture();
    expect(await runExportCli(['--from-text', SEED_FILE, '--out', out], c.io)).toBe(1);
    expect(c.err.join('')).toContain('import.error.quarterMissing');
    expect(() => readFileSync(out)).toThrow();
  });

  it('exit 2 on wrong arguments', async () => {
    const c = capture();
    expect(await runExportCli(['--site', 'http://x', '--out', join(dir, 'x.docx')], c.io)).toBe(2);
    expect(c.err.join('')).toContain('with --site give --object, --year and --quarter');
    expect(await runExportCli(['--from-text', SEED_FILE], capture().io)).toBe(2);
  });
});

describe('npm run migrate (files only)', () => {
  it('runs as a script: dry run over a folder, progress on stderr, summary on stdout, exit 1 when a file failed', async () => {
    writeFileSync(join(dir, 'a-seed.docx'), await exportReportToDocx(seedReport(), { locale: 'sv-SE' }));
    writeFileSync(join(dir, 'b-broken.docx'), new Uint8Array([1, 2, 3, 4, 5]));
    writeFileSync(join(dir, 'c-seed.md'), readFileSync(SEED_FILE));
    writeFileSync(join(dir, 'notes.pdf'), 'ignored');
    const run = spawnSync('npx', ['tsx', join(ROOT, 'tools', 'migrate-reports.ts'), dir, '--dry-run', '--quarter', '4'], {
      cwd: ROOT,
      encoding: 'utf8'
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('[########################] 3/3 c-seed.md');
    expect(run.stdout).toContain('dry run (nothing written): imported 1, updated 0, skipped 1, failed 1');
    expect(run.stdout).toMatch(/failed\s+\S*b-broken\.docx — docx\.error\.corrupt/);
    expect(run.stdout).toMatch(/skipped\s+\S*c-seed\.md SHVO 2025 Q4 — same object and quarter as a-seed\.docx in this run/);
  }, 60000);

  it('draws a progress bar', () => {
    expect(progressBar(0, 4, 'a.docx', 8)).toBe('[--------] 0/4 a.docx');
    expect(progressBar(3, 4, 'c.docx', 8)).toBe('[######--] 3/4 c.docx');
    expect(progressBar(12, 12, 'x', 4)).toBe('[####] 12/12 x');
  });
});

describe('export and migrate against the local SharePoint', () => {
  let site: ITestSite;
  beforeAll(async () => {
    site = await startTestSite();
  }, 60000);
  afterAll(async () => site && site.close());

  it('migrates a folder as drafts; a second run skips what exists (no duplicates); --update saves over drafts', async () => {
    const seed = seedReport();
    writeFileSync(join(dir, '2025-q4.docx'), await exportReportToDocx(seed, { locale: 'sv-SE' }));
    writeFileSync(join(dir, '2025-q3.docx'), await exportReportToDocx(forQuarter(seed, 2025, 3), { locale: 'sv-SE' }));
    writeFileSync(join(dir, 'broken.docx'), new Uint8Array(50).fill(7));
    const repo = (): ReturnType<ITestSite['repo']> => site.repo('editor');

    const first = streams();
    expect(await runMigrateCli([dir, '--site', site.siteUrl, '--object', 'SHVO'], first.s, () => repo())).toBe(1);
    expect(first.out[0]).toContain('imported 2, updated 0, skipped 0, failed 1');
    let listed = ok(await site.repo('editor').listReports('SHVO'));
    expect(listed.map((s) => `${s.period.year} Q${s.period.quarter} ${s.approval}`).sort()).toEqual(['2025 Q3 draft', '2025 Q4 draft']);
    const q4 = listed.find((s) => s.period.quarter === 4);
    expect(ok(await site.repo('editor').loadReportForEditing(q4?.id as number)).editable.report).toEqual(seed);

    const second = streams();
    expect(await runMigrateCli([join(dir, '2025-q4.docx'), '--site', site.siteUrl], second.s, () => repo())).toBe(0);
    expect(second.out.join('')).toContain('imported 0, updated 0, skipped 1, failed 0');
    expect(second.out.join('')).toContain('the site already has SHVO 2025 Q4');
    listed = ok(await site.repo('editor').listReports('SHVO'));
    expect(listed).toHaveLength(2);

    const edited: IStatusReport = { ...seed, header: { ...seed.header, mission: 'Nytt uppdrag.' } };
    writeFileSync(join(dir, '2025-q4.docx'), await exportReportToDocx(edited, { locale: 'sv-SE' }));
    const third = streams();
    expect(await runMigrateCli([join(dir, '2025-q4.docx'), '--site', site.siteUrl, '--update'], third.s, () => repo())).toBe(0);
    expect(third.out.join('')).toContain('imported 0, updated 1, skipped 0, failed 0');
    expect(ok(await site.repo('editor').listReports('SHVO'))).toHaveLength(2);
    expect(ok(await site.repo('editor').loadReportForEditing(q4?.id as number)).editable.report.header.mission).toBe('Nytt uppdrag.');
  }, 60000);

  it('writes nothing for documents that fail', async () => {
    writeFileSync(join(dir, 'empty.docx'), new Uint8Array(0));
    writeFileSync(join(dir, 'letter.md'), 'Hej!\n\nDetta är inget.');
    const s = streams();
    expect(await runMigrateCli([dir, '--site', site.siteUrl, '--object', 'EMPTY'], s.s, () => site.repo('editor'))).toBe(1);
    expect(s.out[0]).toContain('imported 0, updated 0, skipped 0, failed 2');
    expect(s.out.join('')).toContain('docx.error.empty');
    expect(s.out.join('')).toContain('import.error.notAReport');
    expect(ok(await site.repo('editor').listReports('EMPTY'))).toEqual([]);
  });

  it('exports the approved report a reader sees, and with --draft the working copy', async () => {
    const seed = forQuarter(seedReport(), 2024, 2);
    const created = ok(await site.repo('editor').createReport(seed));
    ok(await site.repo('editor').submitReport(created.id));
    ok(await site.repo('approver').approveReport(created.id));
    const edited: IStatusReport = { ...seed, header: { ...seed.header, mission: 'Ändrat efter godkännandet.' } };
    const loaded = ok(await site.repo('editor').loadReportForEditing(created.id)).editable;
    ok(await site.repo('editor').saveReport(loaded, edited));

    const approvedOut = join(dir, 'approved.docx');
    const c = capture();
    const args = ['--site', site.siteUrl, '--object', 'SHVO', '--year', '2024', '--quarter', '2'];
    expect(await runExportCli([...args, '--out', approvedOut], c.io, () => site.repo('reader'))).toBe(0);
    const approved = importReportFromDocx(new Uint8Array(readFileSync(approvedOut)));
    expect(withoutApproval(approved.report)).toEqual(withoutApproval(seed));

    const draftOut = join(dir, 'draft.docx');
    expect(await runExportCli([...args, '--draft', '--out', draftOut], capture().io, () => site.repo('editor'))).toBe(0);
    expect(importReportFromDocx(new Uint8Array(readFileSync(draftOut))).report?.header.mission).toBe('Ändrat efter godkännandet.');

    const missing = capture();
    expect(
      await runExportCli(['--site', site.siteUrl, '--object', 'SHVO', '--year', '2019', '--quarter', '1', '--out', join(dir, 'none.docx')], missing.io, () =>
        site.repo('reader')
      )
    ).toBe(1);
    expect(missing.err.join('')).toContain('has no approved report');
  }, 60000);
});
