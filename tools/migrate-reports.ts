/**
 * Bulk migration of old reports (.docx and seed-format .md/.txt) into SharePoint as drafts.
 *
 *   npm run migrate -- <file or folder> --site <url> --object SHVO [--year 2025] [--quarter 4]
 *                      [--user editor] [--update] [--dry-run]
 *
 * Each file is read and placed first (the same preview the web part shows); only a file that
 * makes a valid report is written. A report whose object and quarter already exist in the site
 * (or earlier in the same run) is skipped, or with --update saved over the existing draft; the
 * summary says which. --dry-run reads and places without a site and writes nothing.
 *
 * stderr: a progress bar and the unplaced text per file. stdout: the summary.
 * Exit codes: 0 all files imported/updated/skipped, 1 some file failed, 2 wrong arguments.
 */
import { readFileSync, readdirSync, statSync } from 'fs';
import { basename, extname, join, resolve } from 'path';
import { parseArgs } from 'util';
import { importReportFromDocx } from '../src/docx';
import type { DocxImportMessageKey, IDocxImportMessage, IDocxUnplaced } from '../src/docx';
import { parseReportText } from '../src/domain/import';
import type { IQuarter, IStatusReport } from '../src/domain/model';
import { formatQuarter } from '../src/domain/quarter';
import { validateReport } from '../src/domain/validation';
import type { IReportSummary, IStatusReportRepository, RepositoryError } from '../src/data/repository/IStatusReportRepository';
import { createNodeRepository } from '../src/data/repository/createNodeSpfi';
import type { LocalUser } from '../src/data/repository/createNodeSpfi';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

const USAGE =
  'usage: npm run migrate -- <file or folder> (--site <url> | --dry-run) [--object SHVO] [--year 2025] [--quarter 4] [--user editor] [--update]';

/** English for the terminal; the web part shows the same keys through its loc files. */
export const DOCX_MESSAGES_EN: Record<string, string> = {
  'docx.error.empty': 'the file is empty',
  'docx.error.tooLarge': 'the file is larger than the import limit',
  'docx.error.corrupt': 'the file is not a readable .docx (damaged or not a zip)',
  'docx.error.notWordDocument': 'the file is a zip but not a Word document',
  'docx.error.badXml': 'the Word document is damaged (invalid XML)',
  'docx.error.tooLargeUnzipped': 'the Word document unpacks to more than the limit',
  'docx.error.noText': 'the document has no text',
  'docx.error.notAReport': 'the document is not a status report (no heading of the template found)',
  'docx.error.yearUnknown': 'the document does not state the year: give --year',
  'docx.error.quarterUnknown': 'the document ticks no quarter: give --quarter',
  'docx.error.tableMissingColumns': 'a table has fewer columns than it needs',
  'docx.error.chartNotPng': 'the chart image is not a PNG',
  'docx.unplaced.unexpectedTable': 'a table where the template has none',
  'docx.unplaced.image': 'a picture (not imported)',
  'docx.ignored.chart': 'the chart (drawn from the KPI history, not imported)',
  'import.error.empty': 'the text is empty',
  'import.error.notAReport': 'the text is not a status report',
  'import.error.quarterMissing': 'the text does not settle the quarter: give --quarter',
  'import.error.yearMissing': 'the text does not state the year: give --year',
  'import.error.quarterConflict': 'the quarter in the file differs from --quarter',
  'import.error.yearConflict': 'the year in the file differs from --year',
  'import.error.objectKeyMissing': 'no object key: give --object',
  'import.error.quarterRange': 'the quarter must be 1, 2, 3 or 4',
  'import.error.yearRange': 'the year is out of range',
  'import.unplaced.unknownSection': 'unknown section',
  'import.unplaced.duplicateSection': 'second section of the same kind',
  'import.unplaced.textOutsideSection': 'text outside any section',
  'import.unplaced.unexpectedLine': 'unexpected line',
  'import.unplaced.subItemWithoutItem': 'sub-point without a point above it',
  'import.unplaced.extraCells': 'table cells outside the known columns',
  'import.unplaced.kpiLabelMissing': 'KPI row without a label',
  'import.unplaced.meetingTypeMissing': 'meeting row without a type'
};

export function describeMessage(message: { messageKey: string; params?: Readonly<Record<string, string | number>> }): string {
  if (message.messageKey === 'docx.error.notWordDocument' && message.params && message.params.format === 'ole') {
    return `${message.messageKey}: an old Word 97-2003 .doc or a password-protected document: open it in Word and save it as .docx without a password`;
  }
  const params = message.params && Object.keys(message.params).length ? ` ${JSON.stringify(message.params)}` : '';
  return `${message.messageKey}: ${DOCX_MESSAGES_EN[message.messageKey] ?? message.messageKey}${params}`;
}

export interface IMigrateOptions {
  readonly objectKey?: string;
  readonly year?: number;
  readonly quarter?: number;
  /** Save over an existing draft of the same object and quarter instead of skipping it. */
  readonly update: boolean;
}

export interface IFilePreview {
  readonly report?: IStatusReport;
  readonly errors: readonly IDocxImportMessage[];
  readonly unplaced: readonly IDocxUnplaced[];
}

export type MigrationStatus = 'imported' | 'updated' | 'skipped' | 'failed';

export interface IFileOutcome {
  readonly file: string;
  readonly status: MigrationStatus;
  /** Why skipped or failed (message keys with English text). */
  readonly reason?: string;
  readonly objectKey?: string;
  readonly period?: IQuarter;
  readonly unplaced: number;
}

/** .doc is listed so old binary files show up as failed with the reason, not silently left out. */
const REPORT_EXTENSIONS = ['.docx', '.doc', '.md', '.txt'];
const WORD_EXTENSIONS = ['.docx', '.doc'];

/** The report files under a path: the file itself, or a folder's .docx/.md/.txt files (recursively, sorted). */
export function listReportFiles(path: string): string[] {
  const stat = statSync(path);
  if (stat.isFile()) {
    return [path];
  }
  const out: string[] = [];
  for (const name of readdirSync(path).sort()) {
    const full = join(path, name);
    if (name.startsWith('.') || name.startsWith('~$')) {
      continue; // hidden files and Word's lock files
    }
    if (statSync(full).isDirectory()) {
      out.push(...listReportFiles(full));
    } else if (REPORT_EXTENSIONS.indexOf(extname(name).toLowerCase()) >= 0) {
      out.push(full);
    }
  }
  return out;
}

/** Reads and places one file; writes nothing. */
export function previewFile(file: string, bytes: Uint8Array, options: IMigrateOptions): IFilePreview {
  if (WORD_EXTENSIONS.indexOf(extname(file).toLowerCase()) >= 0) {
    const preview = importReportFromDocx(bytes, { year: options.year, quarter: options.quarter, objectKey: options.objectKey });
    return { report: preview.report, errors: preview.errors, unplaced: preview.unplaced };
  }
  const parsed = parseReportText(new TextDecoder('utf-8').decode(bytes), {
    year: options.year,
    quarter: options.quarter,
    objectKey: options.objectKey
  });
  return {
    report: parsed.report,
    errors: parsed.errors.map((e) => ({ messageKey: e.messageKey, params: e.params ?? {} })),
    unplaced: parsed.unplaced.map((u) => ({ text: u.text, reason: u.reason as DocxImportMessageKey, line: u.line }))
  };
}

function repositoryReason(error: RepositoryError): string {
  return `${error.messageKey}${error.kind === 'unexpected' && error.detail ? ` (${error.detail})` : ''}`;
}

export interface IMigrationIo {
  readonly readFile: (path: string) => Uint8Array;
  /** Progress after each file (for the bar). */
  readonly progress: (done: number, total: number, file: string) => void;
  /** Per-file notes (unplaced text). */
  readonly note: (text: string) => void;
}

/**
 * Migrates the files in order. Without a repository (dry run) it stops after placing, and
 * reports what it would do. Duplicates (same object and quarter) are detected against the
 * site's report list and against the files earlier in the run.
 */
export async function migrateFiles(
  files: readonly string[],
  options: IMigrateOptions,
  repository: IStatusReportRepository | undefined,
  io: IMigrationIo
): Promise<IFileOutcome[]> {
  const outcomes: IFileOutcome[] = [];
  const summaries = new Map<string, IReportSummary[]>();
  const ensuredObjects = new Set<string>();
  const seenInRun = new Map<string, string>();

  const record = (outcome: IFileOutcome): void => {
    outcomes.push(outcome);
    io.progress(outcomes.length, files.length, outcome.file);
  };

  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = io.readFile(file);
    } catch (e) {
      record({ file, status: 'failed', reason: `cannot read the file: ${(e as Error).message}`, unplaced: 0 });
      continue;
    }
    const preview = previewFile(file, bytes, options);
    for (const u of preview.unplaced) {
      const where = u.where
        ? ` [block ${u.where.block + 1}${u.where.table ? `, table ${u.where.table} row ${u.where.row}` : ''}${u.where.section ? `, in "${u.where.section}"` : ''}]`
        : u.line !== undefined
        ? ` [line ${u.line}]`
        : '';
      io.note(`${basename(file)}: unplaced${where} ${describeMessage({ messageKey: u.reason })}: ${JSON.stringify(u.text)}`);
    }
    if (!preview.report) {
      record({ file, status: 'failed', reason: preview.errors.map(describeMessage).join('; '), unplaced: preview.unplaced.length });
      continue;
    }
    const report = preview.report;
    const { objectKey, period } = report.header;
    const base = { file, objectKey, period, unplaced: preview.unplaced.length };
    const invalid = validateReport(report);
    if (invalid.length > 0) {
      const reason = invalid.map((v) => `${v.path}: ${v.messageKey}${v.params ? ' ' + JSON.stringify(v.params) : ''}`).join('; ');
      record({ ...base, status: 'failed', reason: `invalid report: ${reason}` });
      continue;
    }
    const key = `${objectKey}|${formatQuarter(period)}`;
    const earlier = seenInRun.get(key);
    if (earlier !== undefined) {
      record({ ...base, status: 'skipped', reason: `same object and quarter as ${basename(earlier)} in this run` });
      continue;
    }
    seenInRun.set(key, file);
    if (!repository) {
      record({ ...base, status: 'imported', reason: 'dry run: nothing written' });
      continue;
    }

    if (!ensuredObjects.has(objectKey)) {
      const ensured = await repository.ensureObject({ key: objectKey, title: report.header.objectTitle });
      if (ensured.kind !== 'ok') {
        record({ ...base, status: 'failed', reason: repositoryReason(ensured) });
        continue;
      }
      ensuredObjects.add(objectKey);
    }
    let known = summaries.get(objectKey);
    if (!known) {
      const listed = await repository.listReports(objectKey);
      if (listed.kind !== 'ok') {
        record({ ...base, status: 'failed', reason: repositoryReason(listed) });
        continue;
      }
      known = listed.value.slice();
      summaries.set(objectKey, known);
    }
    const existing = known.find((s) => s.period.year === period.year && s.period.quarter === period.quarter);
    if (existing) {
      if (!options.update) {
        record({ ...base, status: 'skipped', reason: `the site already has ${objectKey} ${formatQuarter(period)} (report ${existing.id}); --update saves over a draft` });
        continue;
      }
      if (existing.approval !== 'draft' && existing.approval !== 'returned') {
        record({ ...base, status: 'skipped', reason: `the site's ${objectKey} ${formatQuarter(period)} is ${existing.approval}, not a draft: left as it is` });
        continue;
      }
      const loaded = await repository.loadReportForEditing(existing.id);
      if (loaded.kind !== 'ok') {
        record({ ...base, status: 'failed', reason: repositoryReason(loaded) });
        continue;
      }
      const editable = loaded.value.editable;
      const saved = await repository.saveReport(editable, { ...report, header: { ...report.header, approval: editable.report.header.approval } });
      record(saved.kind === 'ok' ? { ...base, status: 'updated' } : { ...base, status: 'failed', reason: repositoryReason(saved) });
      continue;
    }
    const created = await repository.createReport(report);
    if (created.kind === 'ok') {
      known.push({
        id: created.value.id,
        objectKey,
        objectTitle: report.header.objectTitle,
        period,
        approval: 'draft',
        coordinator: report.header.coordinator,
        revision: 0,
        modified: created.value.modified
      });
      record({ ...base, status: 'imported' });
    } else if (created.kind === 'alreadyExists') {
      record({ ...base, status: 'skipped', reason: `${created.messageKey}: the site already has ${objectKey} ${formatQuarter(period)}` });
    } else {
      record({ ...base, status: 'failed', reason: repositoryReason(created) });
    }
  }
  return outcomes;
}

/** "[#########-----------]  9/20  file.docx" */
export function progressBar(done: number, total: number, label: string, width: number = 24): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(done).padStart(String(total).length)}/${total} ${label}`;
}

export function formatSummary(outcomes: readonly IFileOutcome[], dryRun: boolean): string {
  const count = (s: MigrationStatus): number => outcomes.filter((o) => o.status === s).length;
  const lines = [
    `${dryRun ? 'dry run (nothing written): ' : ''}imported ${count('imported')}, updated ${count('updated')}, skipped ${count('skipped')}, failed ${count('failed')}`
  ];
  for (const o of outcomes) {
    const what = o.objectKey && o.period ? ` ${o.objectKey} ${formatQuarter(o.period)}` : '';
    const unplaced = o.unplaced ? ` (${o.unplaced} unplaced)` : '';
    lines.push(`${o.status.padEnd(8)} ${o.file}${what}${unplaced}${o.reason ? ` — ${o.reason}` : ''}`);
  }
  return lines.join('\n') + '\n';
}

export interface IMigrateCliArgs {
  readonly path: string;
  readonly site?: string;
  readonly user: LocalUser;
  readonly dryRun: boolean;
  readonly options: IMigrateOptions;
}

const USERS: readonly LocalUser[] = ['reader', 'editor', 'approver', 'owner'];

export function parseMigrateArgs(argv: readonly string[]): IMigrateCliArgs | string {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv.slice(),
      allowPositionals: true,
      strict: true,
      options: {
        site: { type: 'string' },
        object: { type: 'string' },
        year: { type: 'string' },
        quarter: { type: 'string' },
        user: { type: 'string' },
        update: { type: 'boolean' },
        'dry-run': { type: 'boolean' }
      }
    });
  } catch (e) {
    return (e as Error).message;
  }
  const v = parsed.values as { site?: string; object?: string; year?: string; quarter?: string; user?: string; update?: boolean; 'dry-run'?: boolean };
  if (parsed.positionals.length !== 1) {
    return parsed.positionals.length ? 'give one file or folder' : 'no file or folder given';
  }
  const dryRun = v['dry-run'] === true;
  if (!dryRun && !v.site) {
    return '--site <url> is required (or --dry-run)';
  }
  const year = v.year !== undefined ? (/^\d{4}$/.test(v.year) ? Number(v.year) : NaN) : undefined;
  const quarterMatch = v.quarter !== undefined ? /^[Qq]?([1-4])$/.exec(v.quarter) : undefined;
  if (year !== undefined && isNaN(year)) return `--year must be a four-digit year, got "${v.year}"`;
  if (v.quarter !== undefined && !quarterMatch) return `--quarter must be 1, 2, 3 or 4, got "${v.quarter}"`;
  const user = (v.user ?? 'editor') as LocalUser;
  if (USERS.indexOf(user) < 0) return `--user must be one of ${USERS.join(', ')}`;
  return {
    path: parsed.positionals[0],
    site: v.site,
    user,
    dryRun,
    options: {
      objectKey: v.object,
      year,
      quarter: quarterMatch ? Number(quarterMatch[1]) : undefined,
      update: v.update === true
    }
  };
}

export interface ICliStreams {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** stderr is a terminal: redraw the bar in place. */
  readonly isTty: boolean;
}

export async function runMigrateCli(
  argv: readonly string[],
  streams: ICliStreams,
  makeRepository: (site: string, user: LocalUser) => IStatusReportRepository = (site, user) => createNodeRepository(site, { user })
): Promise<number> {
  const args = parseMigrateArgs(argv);
  if (typeof args === 'string') {
    streams.err(`error: ${args}\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  let files: string[];
  try {
    files = listReportFiles(resolve(args.path));
  } catch (e) {
    streams.err(`error: cannot read ${args.path}: ${(e as Error).message}\n`);
    return EXIT_FAILED;
  }
  if (files.length === 0) {
    streams.err(`error: no .docx, .md or .txt files in ${args.path}\n`);
    return EXIT_FAILED;
  }
  const repository = args.dryRun || !args.site ? undefined : makeRepository(args.site, args.user);
  const outcomes = await migrateFiles(files, args.options, repository, {
    readFile: (path) => new Uint8Array(readFileSync(path)),
    progress: (done, total, file) => {
      const bar = progressBar(done, total, basename(file));
      streams.err(streams.isTty ? `\r\x1b[2K${bar}${done === total ? '\n' : ''}` : `${bar}\n`);
    },
    note: (text) => streams.err(`${streams.isTty ? '\r\x1b[2K' : ''}${text}\n`)
  });
  streams.out(formatSummary(outcomes, args.dryRun));
  return outcomes.some((o) => o.status === 'failed') ? EXIT_FAILED : EXIT_OK;
}

if (require.main === module) {
  runMigrateCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    isTty: process.stderr.isTTY === true
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
