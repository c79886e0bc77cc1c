import { linkSegments, safeHref } from '../../../src/domain/text/links';

describe('linkSegments', () => {
  it("shows the seed's HTML mail link as a link with its text", () => {
    expect(linkSegments('<a href="mailto:info.samsa@vgregion.se">info.samsa@vgregion.se</a>')).toEqual([
      { kind: 'link', text: 'info.samsa@vgregion.se', href: 'mailto:info.samsa@vgregion.se' }
    ]);
  });

  it('finds e-mail and web addresses in running text, leaving punctuation and brackets outside', () => {
    expect(linkSegments('Skriv till anna@example.org, eller se https://example.org/sida?a=1&b=2. (Mer: www.example.org/x)')).toEqual([
      { kind: 'text', text: 'Skriv till ' },
      { kind: 'link', text: 'anna@example.org', href: 'mailto:anna@example.org' },
      { kind: 'text', text: ', eller se ' },
      { kind: 'link', text: 'https://example.org/sida?a=1&b=2', href: 'https://example.org/sida?a=1&b=2' },
      { kind: 'text', text: '. (Mer: ' },
      { kind: 'link', text: 'www.example.org/x', href: 'https://www.example.org/x' },
      { kind: 'text', text: ')' }
    ]);
    expect(linkSegments('https://sv.wikipedia.org/wiki/Fil_(data)')).toEqual([
      { kind: 'link', text: 'https://sv.wikipedia.org/wiki/Fil_(data)', href: 'https://sv.wikipedia.org/wiki/Fil_(data)' }
    ]);
  });

  it('makes nothing of javascript:, data:, other schemes, attributes, nested tags or entities', () => {
    for (const text of [
      '<a href="javascript:alert(1)">klicka</a>',
      '<a href=javascript:alert(1)>x</a>',
      '<a href="data:text/html,<script>alert(1)</script>">x</a>',
      '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>',
      'javascript:alert(1)',
      'ftp://example.org/fil',
      'file:///etc/passwd',
      '<a href="https://example.org" onclick="alert(1)">x</a>',
      '<a onmouseover="alert(1)" href="https://example.org">x</a>',
      '<a href="https://example.org"><b>fet</b></a>',
      '<a href="https://example.org"></a>',
      '&lt;a href=&quot;https://example.org&quot;&gt;x&lt;/a&gt;',
      '<b>fet</b> &amp; <i>kursiv</i>',
      'vbscript:msgbox(1)'
    ]) {
      const segments = linkSegments(text);
      const links = segments.filter((s) => s.kind === 'link');
      // An address inside kept text may be linked on its own; a link is never to anything else.
      links.forEach((link) => expect(link.kind === 'link' && /^(https?:\/\/|mailto:)/.test(link.href)).toBe(true));
      expect(segments.map((s) => s.text).join('')).toBe(text);
    }
    expect(linkSegments('<a href="javascript:alert(1)">klicka</a>')).toEqual([{ kind: 'text', text: '<a href="javascript:alert(1)">klicka</a>' }]);
    expect(linkSegments('<a href="https://example.org"><b>fet</b></a>')).toEqual([
      { kind: 'text', text: '<a href="' },
      { kind: 'link', text: 'https://example.org', href: 'https://example.org/' },
      { kind: 'text', text: '"><b>fet</b></a>' }
    ]);
  });

  it('keeps text without addresses as one piece, and the empty text as nothing', () => {
    expect(linkSegments('Inga adresser här.')).toEqual([{ kind: 'text', text: 'Inga adresser här.' }]);
    expect(linkSegments('')).toEqual([]);
  });
});

describe('safeHref', () => {
  it('gives http(s) and mailto only', () => {
    expect(safeHref('https://example.org')).toBe('https://example.org/');
    expect(safeHref('HTTP://EXAMPLE.ORG/a')).toBe('http://example.org/a');
    expect(safeHref('mailto:a@example.org')).toBe('mailto:a@example.org');
    expect(safeHref('a@example.org')).toBe('mailto:a@example.org');
    expect(safeHref('mailto:a@example.org?subject=x')).toBeUndefined();
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,x')).toBeUndefined();
    expect(safeHref('https://')).toBeUndefined();
    expect(safeHref('//example.org')).toBeUndefined();
  });
});
