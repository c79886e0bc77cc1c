/**
 * Reads a quarterly report in the text format and prints it as JSON.
 *
 *   npm run import -- <file> --year 2025 --quarter 4 [--object SHVO]
 *
 * stdout: the parsed report (pretty JSON). stderr: lines that could not be placed, validation
 * findings and derived figures that do not check out. Exit codes: 0 parsed, 1 the file is
 * missing, empty or not a report, 2 wrong arguments.
 *
 * Parsing lives in src/domain/import; this file only handles arguments, files and output, so
 * that writing to SharePoint (--site) can be added beside it.
 */
import { readFileSync } from 'fs';
import { parseArgs } from 'util';
import { checkDerivedFigures } from '../src/domain/derived';
import { parseReportText, type IImportError, type ImportMessageKey, type IReportTextOptions } from '../src/domain/import';
import { validateReport } from '../src/domain/validation';

export const EXIT_OK = 0;
export const EXIT_IMPORT_FAILED = 1;
export const EXIT_USAGE = 2;

const USAGE = 'usage: npm run import -- <file> [--year 2025] [--quarter 4] [--object SHVO]';

/** English for the terminal; the web part shows the same keys from its loc files. */
const MESSAGES: Record<ImportMessageKey, string> = {
  'import.error.empty': 'the text is empty',
  'import.error.notAReport': 'the text is not a status report (no "**Förvaltningsobjekt:**" header and no known section)',
  'import.error.quarterMissing': 'the text does not settle the quarter: give --quarter 1..4',
  'import.error.yearMissing': 'the text does not state the year: give --year',
  'import.error.quarterConflict': 'the quarter in the text differs from --quarter',
  'import.error.yearConflict': 'the year in the text differs from --year',
  'import.error.objectKeyMissing': 'no object key: give --object (or write it in parentheses in the title, e.g. "(SHVO)")',
  'import.error.quarterRange': 'the quarter must be 1, 2, 3 or 4',
  'import.error.yearRange': 'the year is out of range',
  'import.unplaced.unknownSection': 'unknown section',
  'import.unplaced.duplicateSection': 'second section of a kind that the report has once (its content is kept)',
  'import.unplaced.textOutsideSection': 'text outside any section',
  'import.unplaced.unexpectedLine': 'unexpected line',
  'import.unplaced.subItemWithoutItem': 'sub-point without a point above it',
  'import.unplaced.extraCells': 'table cells outside the known columns',
  'import.unplaced.kpiLabelMissing': 'KPI row without a label',
  'import.unplaced.meetingTypeMissing': 'meeting row without a type'
};

export interface ICliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly readFile: (path: string) => string;
}

interface ICliArgs {
  readonly file: string;
  readonly options: IReportTextOptions;
}

function describeError(error: IImportError): string {
  const where = error.line !== undefined ? ` (line ${error.line})` : '';
  const params = error.params ? ' ' + JSON.stringify(error.params) : '';
  return `error: ${error.messageKey}${where}: ${MESSAGES[error.messageKey]}${params}`;
}

function parseInteger(name: string, text: string | undefined, pattern: RegExp): number | undefined | string {
  if (text === undefined) {
    return undefined;
  }
  const match = pattern.exec(text.trim());
  return match ? Number(match[1]) : `--${name} must be a whole number, got "${text}"`;
}

/** Arguments, or the message to print with the usage. */
export function parseCliArgs(argv: readonly string[]): ICliArgs | string {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv.slice(),
      allowPositionals: true,
      strict: true,
      options: {
        year: { type: 'string' },
        quarter: { type: 'string' },
        object: { type: 'string' }
      }
    });
  } catch (e) {
    return (e as Error).message;
  }
  const values = parsed.values as { year?: string; quarter?: string; object?: string };
  if (parsed.positionals.length !== 1) {
    return parsed.positionals.length ? 'give exactly one file' : 'no file given';
  }
  const year = parseInteger('year', values.year, /^(\d+)$/);
  // "--quarter Q4" and "--quarter 4" both work; the range is checked by the parser.
  const quarter = parseInteger('quarter', values.quarter, /^[Qq]?(\d+)$/);
  if (typeof year === 'string') return year;
  if (typeof quarter === 'string') return quarter;
  return {
    file: parsed.positionals[0],
    options: {
      ...(year !== undefined ? { year } : {}),
      ...(quarter !== undefined ? { quarter } : {}),
      ...(values.object !== undefined ? { objectKey: values.object } : {})
    }
  };
}

export function runImportCli(argv: readonly string[], io: ICliIo): number {
  const args = parseCliArgs(argv);
  if (typeof args === 'string') {
    io.err(`error: ${args}\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  let text: string;
  try {
    text = io.readFile(args.file);
  } catch (e) {
    io.err(`error: cannot read ${args.file}: ${(e as Error).message}\n`);
    return EXIT_IMPORT_FAILED;
  }
  const result = parseReportText(text, args.options);
  for (const line of result.unplaced) {
    io.err(`unplaced line ${line.line} (${line.reason}: ${MESSAGES[line.reason]}): ${JSON.stringify(line.text)}\n`);
  }
  if (!result.report) {
    io.err(result.errors.map(describeError).join('\n') + '\n');
    return EXIT_IMPORT_FAILED;
  }
  for (const finding of validateReport(result.report)) {
    io.err(`validation: ${finding.path}: ${finding.messageKey}${finding.params ? ' ' + JSON.stringify(finding.params) : ''}\n`);
  }
  for (const check of checkDerivedFigures(result.report)) {
    if (!check.ok) {
      io.err(`derived figure does not check out: ${check.check} at ${check.path}: stated ${check.statedText}, computed ${check.computed}\n`);
    }
  }
  io.out(JSON.stringify(result.report, undefined, 2) + '\n');
  return EXIT_OK;
}

if (require.main === module) {
  process.exitCode = runImportCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    readFile: (path) => readFileSync(path, 'utf8')
  });
}
