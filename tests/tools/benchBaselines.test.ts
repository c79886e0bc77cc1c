/**
 * Pieces of the benchmark's baselines: the bare page of e2e_open_ratio sends exactly the
 * captured request (with the page's digest, never one captured earlier) and cannot be broken
 * out of its script by the request body; the pairs' median.
 */
import { bareHtml, dataFloorHtml, firstScreenChunks, floorHtml } from '../../tools/bench-ui';
import { editEverything, median } from '../../tools/bench';
import { loadSeedReport } from '../../tools/seed/seedData';

describe('the bare page of e2e_open_ratio', () => {
  const request = {
    url: 'http://localhost:1234/sites/gits/_api/$batch',
    headers: { 'content-type': 'multipart/mixed; boundary=batch_1', 'x-requestdigest': '0xOLD', accept: 'application/json', cookie: 'a=b' },
    body: "--batch_1\nGET http://localhost:1234/sites/gits/_api/web/lists/getByTitle('GitsSnapshots')/items HTTP/1.1\n\n</script><script>alert(1)</script>\n--batch_1--"
  };

  it('embeds the request without its old digest or cookie, and the body cannot close the script', () => {
    const html = bareHtml(request, 'localsp-user=reader; path=/');
    const script = html.slice(html.indexOf('<script>') + '<script>'.length, html.lastIndexOf('</script>'));
    expect(script).not.toContain('</script>');
    expect(script).not.toContain('0xOLD');
    const embedded = JSON.parse(/var req = (\{.*\});/.exec(script)![1]) as { url: string; headers: Record<string, string>; body: string; cookie: string };
    expect(embedded.url).toBe(request.url);
    expect(embedded.body).toBe(request.body);
    expect(embedded.headers).toEqual({ 'content-type': 'multipart/mixed; boundary=batch_1', accept: 'application/json' });
    expect(embedded.cookie).toBe('localsp-user=reader; path=/');
    // The digest is the one the server writes into the page's meta tag.
    expect(html).toContain('<meta name="workbench-form-digest" content="" />');
    expect(script).toContain("'X-RequestDigest': document.querySelector('meta[name=\"workbench-form-digest\"]')");
  });

  it('gives the React floor the same request as JSON data, which the body cannot close either', () => {
    const html = floorHtml(request, 'localsp-user=reader; path=/');
    const data = /<script type="application\/json" id="floor-request">(.*)<\/script>/.exec(html);
    expect(data).not.toBeNull();
    expect(data![1]).not.toContain('</script>');
    const embedded = JSON.parse(data![1]) as { url: string; headers: Record<string, string>; body: string };
    expect(embedded).toEqual({ url: request.url, headers: { 'content-type': 'multipart/mixed; boundary=batch_1', accept: 'application/json' }, body: request.body });
    expect(html).toContain('<script>document.cookie = "localsp-user=reader; path=/";</script>');
    expect(html).toContain('<script type="module" src="/workbench/floor.js"></script>');
  });
});

describe('the data floor page of e2e_open_ratio', () => {
  it('signs in the reader and preloads the chunks of its entry before it, sending no captured request', () => {
    const html = dataFloorHtml('localsp-user=reader; path=/', ['chunk-AAA.js', 'chunk-BBB.js']);
    const at = (text: string): number => html.indexOf(text);
    expect(at('<script>document.cookie = "localsp-user=reader; path=/";</script>')).toBeGreaterThan(0);
    expect(at('<link rel="modulepreload" href="/workbench/chunk-AAA.js" />')).toBeGreaterThan(at('document.cookie'));
    expect(at('<link rel="modulepreload" href="/workbench/chunk-BBB.js" />')).toBeGreaterThan(at('chunk-AAA.js'));
    expect(at('<script type="module" src="/workbench/datafloor.js"></script>')).toBeGreaterThan(at('chunk-BBB.js'));
    // Its request is the repository's own: the page carries no captured body.
    expect(html).not.toContain('$batch');
    expect(html).toContain('<meta name="workbench-form-digest" content="" />');
  });
});

describe('the first screen’s chunks in the SPFx ship build', () => {
  // The shape webpack 5 writes into the entry: the chunk-name map and the import() of the tree.
  const entry =
    'f.u=e=>"chunk."+({89:"report-editor",739:"report-app",848:"provisioning"}[e]||e)+"_"+{53:"e62b",89:"67fc",739:"9bd3"}[e]+".js";' +
    'function r(){return Promise.all([f.e(53),f.e(739)]).then(f.bind(f,1234))}';
  const files = ['status-report-web-part_2285.js', 'chunk.53_e62b.js', 'chunk.report-app_9bd3.js', 'chunk.report-editor_67fc.js'];

  it('are the report-app chunk and the chunks it shares, not the other lazy chunks', () => {
    expect(firstScreenChunks(entry, files)).toEqual(['chunk.53_e62b.js', 'chunk.report-app_9bd3.js']);
  });

  it('are the report-app chunk alone when it shares nothing', () => {
    expect(firstScreenChunks(entry.replace('Promise.all([f.e(53),f.e(739)])', 'f.e(739)'), files)).toEqual(['chunk.report-app_9bd3.js']);
  });

  it('cannot be counted from an entry without the tree’s chunk', () => {
    expect(() => firstScreenChunks(entry.replace('739:"report-app",', ''), files)).toThrow(/report-app/);
  });
});

describe('bench helpers', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('edits every text and KPI value of the report for the largest save', () => {
    const seed = loadSeedReport();
    const edited = editEverything(seed, '(mätning)');
    expect(edited.header.mission).toBe(`${seed.header.mission} (mätning)`);
    expect(edited.kpis).toHaveLength(seed.kpis.length);
    edited.kpis.forEach((k, i) => {
      expect(k.comment.endsWith('(mätning)')).toBe(true);
      expect(k.current).toEqual({ text: String(1009 + i), number: 1009 + i });
    });
    expect(edited.problems.every((p, i) => p.text === `${seed.problems[i].text} (mätning)`)).toBe(true);
  });
});
