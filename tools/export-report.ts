/**
 * Exports a report as a Word document laid out like the template.
 *
 *   npm run export -- --site <url> --object SHVO --year 2025 --quarter 4 --out report.docx
 *                     [--draft] [--user reader] [--locale sv-SE|en-US]
 *   npm run export -- --from-text report.md [--year 2025 --quarter 4 --object SHVO] --out report.docx
 *   npm run export -- --site <url> --pack --year 2025 --quarter 4 --out pack.docx [--today 2026-02-01]
 *
 * From a site it exports what the board reads, the latest approved snapshot of that quarter
 * (--draft: the working copy instead). --from-text exports a seed-format text file without a
 * site. --pack writes the board pack of a quarter: a summary of every object, the open
 * assignments with the answers, then each approved report (--today sets the day the due
 * states are judged on; default today in Sweden). No chart picture: the chart is drawn by the
 * web part (its PNG is passed there).
 * Exit codes: 0 written, 1 not found/not readable/not written, 2 wrong arguments.
 */
import { readFileSync, writeFileSync } from 'fs';
import { parseArgs } from 'util';
import { exportBoardPackToDocx, exportReportToDocx } from '../src/docx';
import type { IBoardRepository } from '../src/data/repository/board/IBoardRepository';
import { PnPBoardRepository } from '../src/data/repository/board/PnPBoardRepository';
import { createNodeSpfi } from '../src/data/repository/createNodeSpfi';
import { isIsoDate } from '../src/domain/board/dates';
import { loadBoardPack, todayInSweden } from './board-pack';
import type { DocxLocale } from '../src/docx';
import { parseReportText } from '../src/domain/import';
import type { IStatusReport } from '../src/domain/model';
import type { IStatusReportRepository } from '../src/data/repository/IStatusReportRepository';
import { createNodeRepository } from '../src/data/repository/createNodeSpfi';
import type { LocalUser } from '../src/data/repository/createNodeSpfi';
import { describeMessage } from './migrate-reports';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

const USAGE =
  'usage: npm run export -- (--site <url> --object SHVO --year 2025 --quarter 4 | --site <url> --pack --year 2025 --quarter 4 [--today yyyy-mm-dd] | --from-text <file>) --out report.docx [--draft] [--user reader] [--locale sv-SE]';

export interface IExportCliArgs {
  readonly out: string;
  readonly site?: string;
  readonly fromText?: string;
  readonly objectKey?: string;
  readonly year?: number;
  readonly quarter?: number;
  readonly draft: boolean;
  /** The board pack of the quarter instead of one report. */
  readonly pack: boolean;
  readonly today?: string;
  readonly user: LocalUser;
  readonly locale: DocxLocale;
}

const USERS: readonly LocalUser[] = ['reader', 'editor', 'approver', 'owner'];

export function parseExportArgs(argv: readonly string[]): IExportCliArgs | string {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv.slice(),
      allowPositionals: false,
      strict: true,
      options: {
        site: { type: 'string' },
        'from-text': { type: 'string' },
        object: { type: 'string' },
        year: { type: 'string' },
        quarter: { type: 'string' },
        out: { type: 'string' },
        draft: { type: 'boolean' },
        pack: { type: 'boolean' },
        today: { type: 'string' },
        user: { type: 'string' },
        locale: { type: 'string' }
      }
    });
  } catch (e) {
    return (e as Error).message;
  }
  const v = parsed.values as Record<string, string | boolean | undefined>;
  const str = (name: string): string | undefined => (typeof v[name] === 'string' ? (v[name] as string) : undefined);
  const out = str('out');
  if (!out) return '--out <file.docx> is required';
  const site = str('site');
  const fromText = str('from-text');
  if (!site === !fromText) return 'give either --site <url> or --from-text <file>';
  const yearText = str('year');
  const quarterText = str('quarter');
  const year = yearText !== undefined ? (/^\d{4}$/.test(yearText) ? Number(yearText) : NaN) : undefined;
  const quarterMatch = quarterText !== undefined ? /^[Qq]?([1-4])$/.exec(quarterText) : undefined;
  if (year !== undefined && isNaN(year)) return `--year must be a four-digit year, got "${yearText}"`;
  if (quarterText !== undefined && !quarterMatch) return `--quarter must be 1, 2, 3 or 4, got "${quarterText}"`;
  const quarter = quarterMatch ? Number(quarterMatch[1]) : undefined;
  const objectKey = str('object');
  const pack = v.pack === true;
  const today = str('today');
  if (today !== undefined && !isIsoDate(today)) return `--today must be a date as yyyy-mm-dd, got "${today}"`;
  if (pack && (!site || year === undefined || quarter === undefined)) return 'with --pack give --site, --year and --quarter';
  if (pack && (objectKey !== undefined || v.draft === true)) return '--pack covers every object and approved reports only: leave out --object and --draft';
  if (site && !pack && (!objectKey || year === undefined || quarter === undefined)) return 'with --site give --object, --year and --quarter';
  const locale = (str('locale') ?? 'sv-SE') as DocxLocale;
  if (locale !== 'sv-SE' && locale !== 'en-US') return '--locale must be sv-SE or en-US';
  const user = (str('user') ?? 'reader') as LocalUser;
  if (USERS.indexOf(user) < 0) return `--user must be one of ${USERS.join(', ')}`;
  return { out, site, fromText, objectKey, year, quarter, draft: v.draft === true, pack, ...(today ? { today } : {}), user, locale };
}

/** The report to export, or an error text. */
export async function loadReportForExport(args: IExportCliArgs, repository: IStatusReportRepository | undefined, readText: (path: string) => string): Promise<IStatusReport | string> {
  if (args.fromText !== undefined) {
    let text: string;
    try {
      text = readText(args.fromText);
    } catch (e) {
      return `cannot read ${args.fromText}: ${(e as Error).message}`;
    }
    const parsed = parseReportText(text, { year: args.year, quarter: args.quarter, objectKey: args.objectKey });
    if (!parsed.report) {
      return parsed.errors.map((e) => describeMessage({ messageKey: e.messageKey, params: e.params })).join('; ');
    }
    return parsed.report;
  }
  if (!repository || args.objectKey === undefined || args.year === undefined || args.quarter === undefined) {
    return 'no site';
  }
  const period = { year: args.year, quarter: args.quarter as 1 | 2 | 3 | 4 };
  const what = `${args.objectKey} ${args.year} Q${args.quarter}`;
  if (!args.draft) {
    const approved = await repository.loadApprovedReport(args.objectKey, period);
    if (approved.kind !== 'ok') return `${approved.messageKey}: cannot read the approved report of ${what}`;
    if (!approved.value.snapshot) return `data.error.notFound: ${what} has no approved report (--draft exports the working copy)`;
    return approved.value.snapshot.report;
  }
  const listed = await repository.listReports(args.objectKey);
  if (listed.kind !== 'ok') return `${listed.messageKey}: cannot list the reports of ${args.objectKey}`;
  const summary = listed.value.find((s) => s.period.year === period.year && s.period.quarter === period.quarter);
  if (!summary) return `data.error.notFound: the site has no report for ${what}`;
  const loaded = await repository.loadReportForEditing(summary.id);
  if (loaded.kind !== 'ok') return `${loaded.messageKey}: cannot load ${what}`;
  return loaded.value.editable.report;
}

export interface IExportIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly readText: (path: string) => string;
  readonly writeFile: (path: string, bytes: Uint8Array) => void;
}

export async function runExportCli(
  argv: readonly string[],
  io: IExportIo,
  makeRepository: (site: string, user: LocalUser) => IStatusReportRepository = (site, user) => createNodeRepository(site, { user }),
  makeBoard: (site: string, user: LocalUser) => IBoardRepository = (site, user) => new PnPBoardRepository(createNodeSpfi(site, { user }))
): Promise<number> {
  const args = parseExportArgs(argv);
  if (typeof args === 'string') {
    io.err(`error: ${args}\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  if (args.pack && args.site && args.year !== undefined && args.quarter !== undefined) {
    return writePack(args, io, makeRepository(args.site, args.user), makeBoard(args.site, args.user));
  }
  const repository = args.site ? makeRepository(args.site, args.user) : undefined;
  const report = await loadReportForExport(args, repository, io.readText);
  if (typeof report === 'string') {
    io.err(`error: ${report}\n`);
    return EXIT_FAILED;
  }
  const bytes = await exportReportToDocx(report, { locale: args.locale });
  try {
    io.writeFile(args.out, bytes);
  } catch (e) {
    io.err(`error: cannot write ${args.out}: ${(e as Error).message}\n`);
    return EXIT_FAILED;
  }
  io.out(`${args.out}: ${report.header.objectKey} ${report.header.period.year} Q${report.header.period.quarter}, ${bytes.length} bytes\n`);
  return EXIT_OK;
}

async function writePack(args: IExportCliArgs, io: IExportIo, repository: IStatusReportRepository, board: IBoardRepository): Promise<number> {
  const period = { year: args.year as number, quarter: args.quarter as 1 | 2 | 3 | 4 };
  const pack = await loadBoardPack(repository, board, period, args.today ?? todayInSweden());
  if (typeof pack === 'string') {
    io.err(`error: ${pack}\n`);
    return EXIT_FAILED;
  }
  const bytes = await exportBoardPackToDocx(pack, { locale: args.locale });
  try {
    io.writeFile(args.out, bytes);
  } catch (e) {
    io.err(`error: cannot write ${args.out}: ${(e as Error).message}\n`);
    return EXIT_FAILED;
  }
  io.out(`${args.out}: board pack ${period.year} Q${period.quarter}, ${pack.reports.length} approved of ${pack.summary.length} objects, ${pack.assignments.length} open assignments, ${bytes.length} bytes\n`);
  return EXIT_OK;
}

if (require.main === module) {
  runExportCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    readText: (path) => readFileSync(path, 'utf8'),
    writeFile: (path, bytes) => writeFileSync(path, bytes)
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`error: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = EXIT_FAILED;
    }
  );
}
