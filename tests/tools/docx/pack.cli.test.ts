/**
 * `npm run export -- --site <url> --pack --year 2025 --quarter 4 --out pack.docx` against a local
 * site with SharePoint Online's rules: the board (reader) gets one document with the summary,
 * the open assignment with the approved answer, and the approved report.
 */
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { PnPBoardRepository } from '../../../src/data/repository/board/PnPBoardRepository';
import { createNodeSpfi } from '../../../src/data/repository/createNodeSpfi';
import type { IStatusReport } from '../../../src/domain/model';
import { runExportCli } from '../../../tools/export-report';
import { grantRoles } from '../../data/support/roles';
import { startRealSite, type IRealSite } from '../../data/support/realSite';
import { seedReport } from '../../support/seed';
import { capture, ok } from './cliSupport';

let site: IRealSite;
let dir: string;
const q3 = { year: 2025, quarter: 3 } as const;

beforeAll(async () => {
  site = await startRealSite(['SHVO', 'EKO']);
  const owner = createNodeSpfi(site.siteUrl, { user: 'owner' });
  await grantRoles(owner, { recorders: ['protokoll'] });
  const recorder = new PnPBoardRepository(createNodeSpfi(site.siteUrl, { headers: { 'X-Local-User': 'protokoll' } }));
  ok(await recorder.saveMeeting({ date: '2026-02-12', title: 'GITS ledningsråd 2026-02-12' }));
  ok(await recorder.giveAssignment({ objectKey: 'SHVO', text: 'Redovisa en plan för Oracle-beroendet.', givenFor: q3, meetingDate: '2025-11-06', answerBy: { year: 2025, quarter: 4 } }));
  const editor = site.repo('editor');
  const approver = site.repo('approver');
  const seed = seedReport();
  const q3Report: IStatusReport = { ...seed, header: { ...seed.header, period: q3 } };
  const first = ok(await editor.createReport(q3Report));
  ok(await editor.submitReport(first.id));
  ok(await approver.approveReport(first.id));
  const draft = ok(await editor.createNextQuarterDraft('SHVO'));
  const items = draft.report.reportingBack ?? [];
  const answered: IStatusReport = { ...seed, reportingBack: items.map((i) => ({ ...i, status: 'ongoing' as const, answer: 'Planen tas fram med VVG.' })) };
  const saved = ok(await editor.saveReport(draft, answered));
  ok(await editor.submitReport(saved.id));
  ok(await approver.approveReport(saved.id));
}, 120000);
afterAll(async () => site && site.close());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gits-pack-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('export --pack', () => {
  it('writes the board pack of a quarter as the board reads it', async () => {
    const c = capture();
    const out = join(dir, 'pack.docx');
    const code = await runExportCli(['--site', site.siteUrl, '--pack', '--year', '2025', '--quarter', '4', '--today', '2026-02-01', '--out', out], c.io);
    expect(c.err.join('')).toBe('');
    expect(code).toBe(0);
    expect(c.out.join('')).toContain('board pack 2025 Q4, 1 approved of 2 objects, 1 open assignments');
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(out)))['word/document.xml']);
    const order = [
      'Underlag till GITS ledningsråd',
      'Sammanfattning',
      // Objects in key order.
      'EKO',
      'Ingen godkänd rapport',
      'Försenad, skulle ha lämnats senast (2026-01-29)',
      'Samordnad hälsa, vård och omsorg (SHVO)',
      'Inlämnad (2026-01-29)',
      'Öppna uppdrag och återrapportering',
      'Uppdrag SHVO-2025Q3-1',
      'Planen tas fram med VVG.',
      'Godkända rapporter',
      'Statusrapport - förvaltningsobjekt i GITS',
      'Återrapportering av uppdrag från ledningsrådet',
      'Kommunikationsaktiviteter'
    ];
    let at = 0;
    order.forEach((text) => {
      const found = xml.indexOf(text, at);
      expect({ text, found: found >= 0 }).toEqual({ text, found: true });
      at = found + text.length;
    });
  });

  it('refuses a pack without a quarter or with one object', async () => {
    const c = capture();
    expect(await runExportCli(['--site', site.siteUrl, '--pack', '--year', '2025', '--out', join(dir, 'x.docx')], c.io)).toBe(2);
    expect(await runExportCli(['--site', site.siteUrl, '--pack', '--year', '2025', '--quarter', '4', '--object', 'SHVO', '--out', join(dir, 'x.docx')], c.io)).toBe(2);
    expect(await runExportCli(['--site', site.siteUrl, '--pack', '--year', '2025', '--quarter', '4', '--today', '1 feb', '--out', join(dir, 'x.docx')], c.io)).toBe(2);
    expect(c.err.join('')).toContain('with --pack give --site, --year and --quarter');
    expect(c.err.join('')).toContain('--today must be a date');
  });
});
