/**
 * Pieces of the benchmark's baselines: the bare page of e2e_open_ratio sends exactly the
 * captured request (with the page's digest, never one captured earlier) and cannot be broken
 * out of its script by the request body; the pairs' median.
 */
import { bareHtml } from '../../tools/bench-ui';
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
