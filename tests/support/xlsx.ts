/**
 * Reads an .xlsx back the way Excel does: unzips it and parses the sheet, shared strings and
 * styles, so tests see cell types, numbers, dates and formats, not what the writer meant.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { XMLParser } from 'fast-xml-parser';

interface ICellXml {
  readonly r: string;
  readonly t?: string;
  readonly s?: string;
  readonly v?: string | number;
  readonly is?: { t: string | { '#text': string } };
}

export interface IReadBack {
  /** Cell by reference ("A1"): its type (s = shared string, str/inlineStr = text, n = number) and value. */
  readonly cells: Map<string, { type: string; value: string | number; style?: string }>;
  readonly numberFormats: Map<string, string>;
  /** Style index → number format code. */
  readonly styleFormats: string[];
  readonly sheetName: string;
}

export function readXlsx(bytes: Uint8Array): IReadBack {
  const files = unzipSync(bytes);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['row', 'c', 'si', 'xf', 'numFmt', 'sheet'].indexOf(name) >= 0 });
  const xml = (path: string): Record<string, unknown> => parser.parse(strFromU8(files[path])) as Record<string, unknown>;
  const shared: string[] = [];
  if (files['xl/sharedStrings.xml']) {
    const sst = xml('xl/sharedStrings.xml').sst as { si?: { t: string | { '#text': string } }[] };
    (sst.si ?? []).forEach((si) => shared.push(typeof si.t === 'object' ? si.t['#text'] : String(si.t)));
  }
  const workbook = xml('xl/workbook.xml').workbook as { sheets: { sheet: { name: string }[] } };
  const sheetPath = Object.keys(files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))[0];
  const rows = ((xml(sheetPath).worksheet as { sheetData: { row?: { c?: ICellXml[] }[] } }).sheetData.row ?? []);
  const cells = new Map<string, { type: string; value: string | number; style?: string }>();
  rows.forEach((row) =>
    (row.c ?? []).forEach((c) => {
      const type = c.t ?? 'n';
      const raw = c.is ? (typeof c.is.t === 'object' ? c.is.t['#text'] : c.is.t) : c.v;
      const value = type === 's' ? shared[Number(raw)] : type === 'n' ? Number(raw) : String(raw);
      cells.set(c.r, { type, value, style: c.s });
    })
  );
  const styles = xml('xl/styles.xml').styleSheet as { numFmts?: { numFmt: { numFmtId: string; formatCode: string }[] }; cellXfs: { xf: { numFmtId: string }[] } };
  const numberFormats = new Map<string, string>();
  (styles.numFmts?.numFmt ?? []).forEach((f) => numberFormats.set(String(f.numFmtId), f.formatCode));
  const styleFormats = styles.cellXfs.xf.map((xf) => numberFormats.get(String(xf.numFmtId)) ?? String(xf.numFmtId));
  return { cells, numberFormats, styleFormats, sheetName: workbook.sheets.sheet[0].name };
}

export function isText(type: string): boolean {
  return type === 's' || type === 'str' || type === 'inlineStr';
}

