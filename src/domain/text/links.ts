/**
 * Finds the e-mail and web addresses in report text so the UI can show them as links, and
 * nothing else: the text is never parsed as HTML. Only http, https and mailto links are made.
 * One piece of markup is understood, because Word's conversion leaves it in real reports: a
 * plain mail or web link `<a href="…">…</a>` (only an href attribute, text without tags inside),
 * shown as a link with its text. Anything else, `javascript:` and `data:` links included, stays
 * text exactly as written. The stored text is never changed.
 */

export type TextSegment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'link'; readonly text: string; readonly href: string };

const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
// An anchor with one href attribute in double or single quotes and plain text inside.
const ANCHOR = /<a\s+href\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)')\s*>([^<>]*)<\/a\s*>/gi;
// A web address, an e-mail address; stopped by whitespace, quotes, angle brackets.
// An HTML entity for a quote or bracket ends an address too ("&quot;https://x.se&quot;").
const ADDRESS =
  /\b(?:(?:https?:\/\/|www\.)(?:(?!&(?:quot|apos|lt|gt|#\d+|#x[0-9a-f]+);)[^\s<>"'])+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/gi;
const TRAILING = /[.,;:!?]+$/;

/** A safe href for an address as written, or undefined: http(s) with a host, or mailto with one e-mail address. */
export function safeHref(address: string): string | undefined {
  const text = address.trim();
  if (/^mailto:/i.test(text)) {
    const target = text.slice(7);
    return EMAIL.test(target) ? `mailto:${target}` : undefined;
  }
  if (EMAIL.test(text)) {
    return `mailto:${text}`;
  }
  const web = /^www\./i.test(text) ? `https://${text}` : text;
  if (!/^https?:\/\//i.test(web)) {
    return undefined;
  }
  try {
    const url = new URL(web);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Closing brackets belong to a URL only when it opened them: "(se https://x.se/a)" ends before ")". */
function trimAddress(candidate: string): string {
  let text = candidate.replace(TRAILING, '');
  while (/[)\]]$/.test(text)) {
    const close = text.charAt(text.length - 1);
    const open = close === ')' ? '(' : '[';
    if (text.split(open).length >= text.split(close).length) break;
    text = text.slice(0, -1).replace(TRAILING, '');
  }
  return text;
}

function addresses(text: string, out: TextSegment[]): void {
  let last = 0;
  ADDRESS.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = ADDRESS.exec(text)) !== null) {
    const address = trimAddress(match[0]);
    const href = address ? safeHref(address) : undefined;
    if (!href) {
      continue;
    }
    if (match.index > last) out.push({ kind: 'text', text: text.slice(last, match.index) });
    out.push({ kind: 'link', text: address, href });
    last = match.index + address.length;
    ADDRESS.lastIndex = last;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
}

/** The text as segments; joining every segment's text gives the text back except for understood anchors. */
export function linkSegments(text: string): TextSegment[] {
  const out: TextSegment[] = [];
  let last = 0;
  ANCHOR.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = ANCHOR.exec(text)) !== null) {
    const target = (match[1] ?? match[2] ?? '').replace(/&amp;/g, '&');
    const label = match[3];
    const href = safeHref(target);
    if (!href || label.trim() === '') {
      continue;
    }
    addresses(text.slice(last, match.index), out);
    out.push({ kind: 'link', text: label, href });
    last = match.index + match[0].length;
  }
  addresses(text.slice(last), out);
  // Adjacent text pieces as one.
  return out.reduce<TextSegment[]>((merged, segment) => {
    const previous = merged[merged.length - 1];
    if (segment.kind === 'text' && previous && previous.kind === 'text') {
      merged[merged.length - 1] = { kind: 'text', text: previous.text + segment.text };
    } else if (segment.text !== '') {
      merged.push(segment);
    }
    return merged;
  }, []);
}
