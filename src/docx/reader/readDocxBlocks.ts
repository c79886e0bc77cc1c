/**
 * Reads a .docx into a flat list of blocks (paragraphs and tables) in document order:
 * what the report importer needs, and nothing of the layout. Guards against huge files
 * before unzipping and against zip bombs while unzipping; never throws for bad input.
 *
 * Unzipping with `fflate` (the zip library `docx` itself uses, so the lazy chunk carries one
 * zip implementation), XML with `fast-xml-parser` in order-preserving mode.
 */
import { unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import type { DocxMessageKey, DocxMessageParams } from '../messages';

/** Largest .docx accepted for import, checked before unzipping: 10 MiB. */
export const MAX_DOCX_BYTES: number = 10 * 1024 * 1024;
/** Largest total of the XML parts we inflate (document, styles, numbering): 50 MiB. */
export const MAX_UNZIPPED_XML_BYTES: number = 50 * 1024 * 1024;

export interface IDocxParagraph {
  readonly kind: 'paragraph';
  /** Position among all blocks (0-based), for "where" in the preview. */
  readonly index: number;
  readonly text: string;
  /** 0 for Title, 1.. for Heading 1..; undefined for body text. */
  readonly headingLevel?: number;
  /** 0-based list level when the paragraph is a list item (bullets or numbers). */
  readonly listLevel?: number;
  /** The paragraph holds a picture (drawing/VML). */
  readonly hasImage: boolean;
}

export interface IDocxTable {
  readonly kind: 'table';
  readonly index: number;
  /**
   * Cell texts per row on the table's grid: a cell spanning n grid columns gives its text and
   * n-1 empty strings; a vertically merged continuation cell is empty. Paragraphs in a cell
   * are joined with "\n".
   */
  readonly rows: readonly (readonly string[])[];
}

export type DocxBlock = IDocxParagraph | IDocxTable;

export type ReadDocxResult =
  | { readonly ok: true; readonly blocks: readonly DocxBlock[] }
  | { readonly ok: false; readonly messageKey: DocxMessageKey; readonly params: DocxMessageParams };

/** One node of fast-xml-parser's order-preserving output: `{ tag: children, ':@': attributes }`. */
type XmlNode = Record<string, unknown>;

const ATTRS = ':@';
const TEXT = '#text';

interface IStyleInfo {
  readonly name: string;
  readonly basedOn?: string;
  readonly headingLevel?: number;
  readonly listLevel?: number;
}

const MB = 1024 * 1024;
const OLE_SIGNATURE: readonly number[] = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function readDocxBlocks(bytes: Uint8Array): ReadDocxResult {
  if (bytes.length === 0) {
    return fail('docx.error.empty');
  }
  if (bytes.length > MAX_DOCX_BYTES) {
    return fail('docx.error.tooLarge', {
      limitBytes: MAX_DOCX_BYTES,
      limitMb: MAX_DOCX_BYTES / MB,
      sizeBytes: bytes.length
    });
  }
  // Word 97–2003 files and password-protected .docx files are OLE compound files, not zips.
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    return fail('docx.error.notWordDocument', { format: 'ole' });
  }
  // "PK\x03\x04" (or an empty-archive "PK\x05\x06"): anything else is not a zip at all.
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    return fail('docx.error.corrupt');
  }
  const wanted = ['word/document.xml', 'word/styles.xml', 'word/numbering.xml'];
  let declared = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (wanted.indexOf(file.name) < 0) {
          return false;
        }
        declared += file.originalSize;
        return declared <= MAX_UNZIPPED_XML_BYTES;
      }
    });
  } catch {
    return fail('docx.error.corrupt');
  }
  if (declared > MAX_UNZIPPED_XML_BYTES) {
    return fail('docx.error.tooLargeUnzipped', { limitBytes: MAX_UNZIPPED_XML_BYTES, limitMb: MAX_UNZIPPED_XML_BYTES / MB });
  }
  const documentXml = files['word/document.xml'];
  if (!documentXml) {
    return fail('docx.error.notWordDocument');
  }
  let documentTree: XmlNode[];
  let styles: Map<string, IStyleInfo>;
  let numberedListLevels: Map<string, boolean>;
  try {
    documentTree = parseXml(documentXml);
    styles = files['word/styles.xml'] ? readStyles(parseXml(files['word/styles.xml'])) : new Map();
    numberedListLevels = files['word/numbering.xml'] ? readNumbering(parseXml(files['word/numbering.xml'])) : new Map();
  } catch {
    return fail('docx.error.badXml');
  }
  const body = find(children(find(documentTree, 'w:document')), 'w:body');
  if (!body) {
    return fail('docx.error.notWordDocument');
  }
  const blocks: DocxBlock[] = [];
  collectBlocks(children(body), blocks, styles, numberedListLevels);
  return { ok: true, blocks };
}

function fail(messageKey: DocxMessageKey, params: DocxMessageParams = {}): ReadDocxResult {
  return { ok: false, messageKey, params };
}

function parseXml(bytes: Uint8Array): XmlNode[] {
  const xml = new TextDecoder('utf-8').decode(bytes);
  // Word never writes a DOCTYPE; one here can only be an entity-expansion trick.
  if (/<!DOCTYPE/i.test(xml)) {
    throw new Error('DOCTYPE in a Word part');
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    // Word XML carries only the five XML entities and numeric references; no DOCTYPE entities.
    processEntities: true,
    htmlEntities: false
  });
  // fast-xml-parser is lenient; validate first so a damaged part is reported, not half-read.
  const result: unknown = parser.parse(xml, true);
  if (!Array.isArray(result)) {
    throw new Error('not xml');
  }
  return result as XmlNode[];
}

function tagOf(node: XmlNode): string | undefined {
  for (const key of Object.keys(node)) {
    if (key !== ATTRS) {
      return key;
    }
  }
  return undefined;
}

function children(node: XmlNode | undefined): XmlNode[] {
  if (!node) {
    return [];
  }
  const tag = tagOf(node);
  const value = tag ? node[tag] : undefined;
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function attr(node: XmlNode | undefined, name: string): string | undefined {
  const attrs = node ? (node[ATTRS] as Record<string, unknown> | undefined) : undefined;
  const value = attrs ? attrs[name] : undefined;
  return typeof value === 'string' ? value : undefined;
}

function find(nodes: XmlNode[], tag: string): XmlNode | undefined {
  for (const node of nodes) {
    if (tagOf(node) === tag) {
      return node;
    }
  }
  return undefined;
}

function findAll(nodes: XmlNode[], tag: string): XmlNode[] {
  return nodes.filter((n) => tagOf(n) === tag);
}

/** Heading levels and list levels that paragraph styles carry (Word's "heading 1", "List Bullet"…). */
function readStyles(tree: XmlNode[]): Map<string, IStyleInfo> {
  const map = new Map<string, IStyleInfo>();
  for (const style of findAll(children(find(tree, 'w:styles')), 'w:style')) {
    if (attr(style, 'w:type') !== 'paragraph') {
      continue;
    }
    const id = attr(style, 'w:styleId');
    if (!id) {
      continue;
    }
    const props = children(style);
    const name = (attr(find(props, 'w:name'), 'w:val') ?? id).toLowerCase();
    const basedOn = attr(find(props, 'w:basedOn'), 'w:val');
    const pPr = children(find(props, 'w:pPr'));
    const outline = attr(find(pPr, 'w:outlineLvl'), 'w:val');
    let headingLevel: number | undefined;
    const named = /^(heading|rubrik) ?(\d)$/.exec(name);
    if (name === 'title' || name === 'rubrik') {
      headingLevel = 0;
    } else if (named) {
      headingLevel = Number(named[2]);
    } else if (outline !== undefined && /^\d$/.test(outline) && Number(outline) < 9) {
      headingLevel = Number(outline) + 1;
    }
    const numPr = find(pPr, 'w:numPr');
    let listLevel: number | undefined;
    if (numPr && attr(find(children(numPr), 'w:numId'), 'w:val') !== '0') {
      listLevel = Number(attr(find(children(numPr), 'w:ilvl'), 'w:val') ?? '0');
    } else if (/^list (bullet|number)( \d)?$/.test(name)) {
      const n = /(\d)$/.exec(name);
      listLevel = n ? Number(n[1]) - 1 : 0;
    }
    map.set(id, { name, basedOn, headingLevel, listLevel });
  }
  return map;
}

/** Which numbering definitions exist (numId → true); numId 0 means "no list". */
function readNumbering(tree: XmlNode[]): Map<string, boolean> {
  const map = new Map<string, boolean>();
  for (const num of findAll(children(find(tree, 'w:numbering')), 'w:num')) {
    const id = attr(num, 'w:numId');
    if (id) {
      map.set(id, true);
    }
  }
  return map;
}

function styleChain<T>(styles: Map<string, IStyleInfo>, id: string | undefined, pick: (s: IStyleInfo) => T | undefined): T | undefined {
  let current = id;
  for (let depth = 0; current && depth < 10; depth++) {
    const style = styles.get(current);
    if (!style) {
      return undefined;
    }
    const value = pick(style);
    if (value !== undefined) {
      return value;
    }
    current = style.basedOn;
  }
  return undefined;
}

function collectBlocks(nodes: XmlNode[], out: DocxBlock[], styles: Map<string, IStyleInfo>, numbering: Map<string, boolean>): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === 'w:p') {
      out.push(readParagraph(node, out.length, styles, numbering));
    } else if (tag === 'w:tbl') {
      out.push({ kind: 'table', index: out.length, rows: readTable(node) });
    } else if (tag === 'w:sdt' || tag === 'w:sdtContent' || tag === 'w:customXml' || tag === 'w:ins' || tag === 'w:smartTag') {
      // Content controls and tracked insertions wrap whole paragraphs/tables at block level.
      collectBlocks(children(node), out, styles, numbering);
    }
  }
}

function readParagraph(p: XmlNode, index: number, styles: Map<string, IStyleInfo>, numbering: Map<string, boolean>): IDocxParagraph {
  const kids = children(p);
  const pPr = children(find(kids, 'w:pPr'));
  const styleId = attr(find(pPr, 'w:pStyle'), 'w:val');
  let headingLevel = styleChain(styles, styleId, (s) => s.headingLevel);
  if (headingLevel === undefined && styleId) {
    // Without styles.xml, fall back to Word's built-in style ids.
    const m = /^(?:Heading|Rubrik)(\d)$/.exec(styleId);
    headingLevel = m ? Number(m[1]) : styleId === 'Title' ? 0 : undefined;
  }
  const outline = attr(find(pPr, 'w:outlineLvl'), 'w:val');
  if (headingLevel === undefined && outline !== undefined && /^\d$/.test(outline) && Number(outline) < 9) {
    headingLevel = Number(outline) + 1;
  }
  let listLevel: number | undefined;
  const numPr = find(pPr, 'w:numPr');
  if (numPr) {
    const numId = attr(find(children(numPr), 'w:numId'), 'w:val');
    if (numId !== undefined && numId !== '0' && (numbering.size === 0 || numbering.has(numId))) {
      listLevel = Number(attr(find(children(numPr), 'w:ilvl'), 'w:val') ?? '0');
    }
  } else {
    listLevel = styleChain(styles, styleId, (s) => s.listLevel);
  }
  const state = { text: '', hasImage: false };
  collectRunText(kids, state);
  return {
    kind: 'paragraph',
    index,
    text: state.text,
    headingLevel,
    listLevel: listLevel !== undefined && isFinite(listLevel) ? listLevel : undefined,
    hasImage: state.hasImage
  };
}

/** Wingdings/Symbol glyphs old templates use for check boxes. */
const SYMBOL_BOXES: Readonly<Record<string, string>> = {
  F0FE: '\u2612',
  F078: '\u2612',
  F0FD: '\u2612',
  F0A8: '\u2610',
  F06F: '\u2610',
  F071: '\u2610'
};

/** Walks runs (also inside hyperlinks, content controls, tracked insertions, fields) and gathers their text. */
function collectRunText(nodes: XmlNode[], state: { text: string; hasImage: boolean }): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    switch (tag) {
      case 'w:t':
        state.text += textOf(node);
        break;
      case 'w:tab':
        state.text += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        state.text += '\n';
        break;
      case 'w:noBreakHyphen':
        state.text += '\u2011';
        break;
      case 'w:sym': {
        const code = (attr(node, 'w:char') ?? '').toUpperCase();
        state.text += SYMBOL_BOXES[code] ?? '';
        break;
      }
      case 'w:ffData': {
        // Legacy check box form field: the ticked state is in ffData, not in the text.
        const box = find(children(node), 'w:checkBox');
        if (box) {
          const checked = find(children(box), 'w:checked') ?? find(children(box), 'w:default');
          const val = attr(checked, 'w:val');
          const ticked = find(children(box), 'w:checked') ? val !== '0' && val !== 'false' : val === '1' || val === 'true';
          state.text += ticked ? '\u2612' : '\u2610';
        }
        break;
      }
      case 'mc:AlternateContent': {
        // Word 2010+ writes the same content twice (a modern choice and a fallback): read one.
        const alternatives = children(node);
        const chosen = find(alternatives, 'mc:Choice') ?? find(alternatives, 'mc:Fallback');
        collectRunText(children(chosen), state);
        break;
      }
      case 'w:drawing':
      case 'w:pict':
      case 'w:object':
        state.hasImage = true;
        break;
      case 'w:pPr':
      case 'w:rPr':
      case 'w:del':
      case 'w:delText':
      case 'w:instrText':
      case 'w:commentReference':
      case 'w:footnoteReference':
      case 'w:endnoteReference':
        break;
      default:
        if (tag && tag !== TEXT && tag !== ATTRS) {
          collectRunText(children(node), state);
        }
    }
  }
}

function textOf(node: XmlNode): string {
  let text = '';
  for (const child of children(node)) {
    const value = child[TEXT];
    if (value !== undefined) {
      text += String(value);
    }
  }
  return text;
}

function readTable(tbl: XmlNode): string[][] {
  const rows: string[][] = [];
  for (const tr of findAll(children(tbl), 'w:tr')) {
    const row: string[] = [];
    // Grid columns a row leaves out before/after its cells (Word's ragged rows) are empty cells.
    const trPr = children(find(children(tr), 'w:trPr'));
    const skipped = (tag: string): number => {
      const n = Number(attr(find(trPr, tag), 'w:val') ?? '0');
      return isFinite(n) && n > 0 ? Math.min(n, 64) : 0;
    };
    for (let i = 0; i < skipped('w:gridBefore'); i++) {
      row.push('');
    }
    for (const tc of cellsOf(children(tr))) {
      const tcPr = children(find(children(tc), 'w:tcPr'));
      const span = Number(attr(find(tcPr, 'w:gridSpan'), 'w:val') ?? '1');
      const vMerge = find(tcPr, 'w:vMerge');
      const continuation = vMerge !== undefined && attr(vMerge, 'w:val') !== 'restart';
      const text = continuation ? '' : cellText(tc);
      row.push(text);
      for (let i = 1; i < (isFinite(span) && span > 1 ? Math.min(span, 64) : 1); i++) {
        row.push('');
      }
    }
    for (let i = 0; i < skipped('w:gridAfter'); i++) {
      row.push('');
    }
    rows.push(row);
  }
  return rows;
}

/** Cells of a row, also those wrapped in content controls. */
function cellsOf(nodes: XmlNode[]): XmlNode[] {
  const cells: XmlNode[] = [];
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === 'w:tc') {
      cells.push(node);
    } else if (tag === 'w:sdt' || tag === 'w:sdtContent' || tag === 'w:customXml') {
      cells.push(...cellsOf(children(node)));
    }
  }
  return cells;
}

function cellText(tc: XmlNode): string {
  const lines: string[] = [];
  const walk = (nodes: XmlNode[]): void => {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === 'w:p') {
        const state = { text: '', hasImage: false };
        collectRunText(children(node), state);
        lines.push(state.text);
      } else if (tag === 'w:tbl' || tag === 'w:tr' || tag === 'w:tc' || tag === 'w:sdt' || tag === 'w:sdtContent') {
        walk(children(node));
      }
    }
  };
  walk(children(tc));
  return lines.join('\n');
}
