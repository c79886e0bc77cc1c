/**
 * The workbench's form digests: the page's digest is used without a contextinfo request, and
 * without one exactly one contextinfo request serves every request waiting for a digest. Runs
 * PnPjs against the real local SharePoint (counting its requests).
 */
import { spfi } from '@pnp/sp';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { DefaultHeaders, DefaultInit, RequestDigest } from '@pnp/sp';
import { BrowserFetchWithRetry, DefaultParse, InjectHeaders } from '@pnp/queryable';
import { startLocalSharePoint } from '../../../localsp/src';
import type { ILocalSharePoint } from '../../../localsp/src';
import { fetchContextInfo, FormDigestSource, parsePageDigest, SharedRequestDigest } from '../../../workbench/src/digest';

const USER = { 'X-Local-User': 'owner' };

function sp(server: ILocalSharePoint, source: FormDigestSource): SPFI {
  const siteUrl = server.siteUrl();
  return spfi(siteUrl).using(
    DefaultInit(),
    DefaultHeaders(),
    BrowserFetchWithRetry({ retries: 1 }),
    DefaultParse(),
    SharedRequestDigest(source),
    RequestDigest((url: string) => (url.indexOf(`${siteUrl}/_api/`) === 0 ? source.current() : undefined)),
    InjectHeaders(USER)
  );
}

async function contextInfoDigest(server: ILocalSharePoint): Promise<string> {
  return (await fetchContextInfo(server.siteUrl(), USER)()).FormDigestValue;
}

describe('workbench form digests', () => {
  let server: ILocalSharePoint;

  beforeAll(async () => {
    server = await startLocalSharePoint({ port: 0, profile: 'lenient' });
    const setup = sp(server, new FormDigestSource(undefined, fetchContextInfo(server.siteUrl(), USER)));
    await setup.web.lists.add('DigestTest', '', 100, false);
  });

  afterAll(async () => {
    await server.close();
  });

  it('reads when a page digest expires from the date inside it, as SPFx does', () => {
    const digest = parsePageDigest('0xABCDEF,26 Nov 2026 05:00:00 -0000');
    expect(digest?.value).toBe('0xABCDEF,26 Nov 2026 05:00:00 -0000');
    expect(digest?.expiration.toISOString()).toBe('2026-11-26T05:29:45.000Z');
    expect(parsePageDigest('')).toBeUndefined();
    expect(parsePageDigest(undefined)).toBeUndefined();
    expect(parsePageDigest('not a digest')).toBeUndefined();
  });

  it('writes with the page digest and asks contextinfo nothing', async () => {
    const pageDigest = parsePageDigest(await contextInfoDigest(server));
    const fetchInfo = jest.fn(fetchContextInfo(server.siteUrl(), USER));
    const client = sp(server, new FormDigestSource(pageDigest, fetchInfo));
    server.resetRequestCount();
    const list = client.web.lists.getByTitle('DigestTest');
    await Promise.all([list.items.add({ Title: 'a' }), list.items.add({ Title: 'b' }), list.items.add({ Title: 'c' })]);
    expect(fetchInfo).not.toHaveBeenCalled();
    expect(server.requestCount()).toBe(3);
  });

  it('without a page digest, asks contextinfo once for requests made at the same time', async () => {
    const fetchInfo = jest.fn(fetchContextInfo(server.siteUrl(), USER));
    const client = sp(server, new FormDigestSource(undefined, fetchInfo));
    server.resetRequestCount();
    const list = client.web.lists.getByTitle('DigestTest');
    await Promise.all([list.items.add({ Title: 'd' }), list.items.add({ Title: 'e' }), list.items.add({ Title: 'f' })]);
    await list.items.add({ Title: 'g' });
    expect(fetchInfo).toHaveBeenCalledTimes(1);
    expect(server.requestCount()).toBe(5);
    const titles = (await client.web.lists.getByTitle('DigestTest').items.select('Title')()).map((row: { Title: string }) => row.Title);
    expect(titles).toEqual(expect.arrayContaining(['a', 'b', 'c', 'd', 'e', 'f', 'g']));
  });

  it('asks again once the digest expired, and again after a failed request', async () => {
    let now = new Date('2026-11-26T05:00:00Z');
    const fetchInfo = jest
      .fn<Promise<{ FormDigestValue: string; FormDigestTimeoutSeconds: number }>, []>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue({ FormDigestValue: '0x1,x', FormDigestTimeoutSeconds: 1800 });
    const source = new FormDigestSource(parsePageDigest('0x0,26 Nov 2026 04:40:00 -0000'), fetchInfo, () => now);
    expect(source.current()?.value).toBe('0x0,26 Nov 2026 04:40:00 -0000');
    now = new Date('2026-11-26T05:10:00Z');
    expect(source.current()).toBeUndefined();
    await expect(source.digest()).rejects.toThrow('offline');
    expect(await Promise.all([source.digest(), source.digest()])).toEqual(['0x1,x', '0x1,x']);
    expect(fetchInfo).toHaveBeenCalledTimes(2);
    now = new Date('2026-11-26T05:40:00Z');
    await source.digest();
    expect(fetchInfo).toHaveBeenCalledTimes(3);
  });
});
