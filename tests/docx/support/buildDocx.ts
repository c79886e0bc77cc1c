/**
 * Builds small .docx files for tests from WordprocessingML snippets, so no binary fixtures
 * are committed. Only the parts a reader needs: content types, package rels, document (and
 * optionally styles and numbering).
 */
import { strToU8, zipSync } from 'fflate';
import type { Zippable } from 'fflate';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface IDocxParts {
  /** Inner XML of <w:body>. */
  readonly body: string;
  readonly styles?: string;
  readonly numbering?: string;
  /** Extra zip entries (e.g. a big media file), stored as given. */
  readonly extra?: Record<string, Uint8Array>;
  /** Leave out word/document.xml (a zip that is not a Word document). */
  readonly withoutDocument?: boolean;
  /** Replace the whole document.xml text (e.g. broken XML). */
  readonly documentXml?: string;
}

export function buildDocx(parts: IDocxParts): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '</Types>'
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '</Relationships>'
    )
  };
  if (!parts.withoutDocument) {
    files['word/document.xml'] = strToU8(
      parts.documentXml ??
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}"><w:body>${parts.body}</w:body></w:document>`
    );
  }
  if (parts.styles) {
    files['word/styles.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W_NS}">${parts.styles}</w:styles>`);
  }
  if (parts.numbering) {
    files['word/numbering.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W_NS}">${parts.numbering}</w:numbering>`);
  }
  for (const [name, bytes] of Object.entries(parts.extra ?? {})) {
    files[name] = [bytes, { level: 0 }];
  }
  return zipSync(files);
}

export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A plain paragraph; `style` is a w:pStyle id, `bold` makes the run bold (old reports' "headings"). */
export function p(text: string, options: { style?: string; bold?: boolean; list?: number } = {}): string {
  const pPr: string[] = [];
  if (options.style) pPr.push(`<w:pStyle w:val="${options.style}"/>`);
  if (options.list !== undefined) pPr.push(`<w:numPr><w:ilvl w:val="${options.list}"/><w:numId w:val="1"/></w:numPr>`);
  const rPr = options.bold ? '<w:rPr><w:b/></w:rPr>' : '';
  return `<w:p>${pPr.length ? `<w:pPr>${pPr.join('')}</w:pPr>` : ''}<w:r>${rPr}<w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
}

/** A table from rows of cells; a cell `{ text, span }` spans grid columns, `{ vmerge: true }` continues a vertical merge. */
export type CellSpec = string | { readonly text?: string; readonly span?: number; readonly vmerge?: 'restart' | 'continue' };

export function table(rows: readonly (readonly CellSpec[])[]): string {
  const tr = rows
    .map((row) => {
      const cells = row
        .map((c) => {
          const spec = typeof c === 'string' ? { text: c } : c;
          const tcPr: string[] = [];
          if (spec.span) tcPr.push(`<w:gridSpan w:val="${spec.span}"/>`);
          if (spec.vmerge === 'restart') tcPr.push('<w:vMerge w:val="restart"/>');
          if (spec.vmerge === 'continue') tcPr.push('<w:vMerge/>');
          const paras = (spec.text ?? '').split('\n').map((line) => p(line)).join('');
          return `<w:tc>${tcPr.length ? `<w:tcPr>${tcPr.join('')}</w:tcPr>` : ''}${paras}</w:tc>`;
        })
        .join('');
      return `<w:tr>${cells}</w:tr>`;
    })
    .join('');
  return `<w:tbl>${tr}</w:tbl>`;
}

export const NUMBERING: string =
  '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>' +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';

/** Word's built-in heading styles by name, as a Swedish Word saves them (ids "Rubrik1"/"Rubrik2"). */
export const SWEDISH_STYLES: string =
  '<w:style w:type="paragraph" w:styleId="Rubrik"><w:name w:val="Title"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Rubrik1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Rubrik2"><w:name w:val="heading 2"/><w:basedOn w:val="Rubrik1"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Punktlista"><w:name w:val="List Bullet"/></w:style>';
