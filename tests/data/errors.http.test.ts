/**
 * Errors are classified by HTTP status and SharePoint's error code, never by message text: on a
 * Swedish-language site the messages are Swedish (localised error messages on SPO:
 * vgrem/office365-rest-python-client#462, pnp/powershell#3436). Codes as recorded from SharePoint
 * Online: a missing list by title answers 404 "-1, System.ArgumentException"; a missing item 404
 * "-2130575338" (pnp/pnpcore Base/MockData/BatchClientTests/HandleBatchErrorsForLargeBatch-0-00008.response.json);
 * a duplicate unique value 500 "-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException".
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { startLocalSharePoint } from '../../localsp/src/index';
import { createNodeRepository, createNodeSpfi } from '../../src/data/repository/createNodeSpfi';
import '@pnp/sp/fields';
import { sharePointErrorCode, toRepositoryError } from '../../src/data/repository/errors';

type Server = Awaited<ReturnType<typeof startLocalSharePoint>>;
let server: Server;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gits-errors-'));
  server = await startLocalSharePoint({ port: 0, dbFile: join(dir, 'x.db'), sites: ['gits', 'tom'], profile: 'real', language: 1053 });
  // One list with a unique column (single requests: the product's provisioning is tested elsewhere).
  const sp = createNodeSpfi(server.siteUrl('gits'), { user: 'owner' });
  await sp.web.lists.add('GitsObjects', '', 100);
  await sp.web.lists.getByTitle('GitsObjects').fields.createFieldAsXml('<Field Type="Text" Name="ObjectKey" StaticName="ObjectKey" DisplayName="Objektnyckel" Indexed="TRUE" EnforceUniqueValues="TRUE" />');
}, 60000);
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function thrown(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected the request to fail');
}

describe('errors on a Swedish-language site', () => {
  it('a missing list is notProvisioned although the message is Swedish', async () => {
    const sp = createNodeSpfi(server.siteUrl('tom'), { user: 'owner' });
    const e = await thrown(sp.web.lists.getByTitle('GitsReports').items.top(1)());
    expect(String((e as Error).message)).toMatch(/Listan 'GitsReports' finns inte/);
    expect(sharePointErrorCode(e)).toEqual({ hresult: -1, type: 'System.ArgumentException' });
    expect(toRepositoryError(e)).toEqual({ kind: 'notProvisioned', messageKey: 'data.error.notProvisioned' });
    expect((await createNodeRepository(server.siteUrl('tom'), { user: 'owner' }).listObjects()).kind).toBe('notProvisioned');
  });

  it('a missing item is notFound', async () => {
    const sp = createNodeSpfi(server.siteUrl('gits'), { user: 'owner' });
    const e = await thrown(sp.web.lists.getByTitle('GitsObjects').items.getById(987654)());
    expect(String((e as Error).message)).toMatch(/Objektet finns inte/);
    expect(sharePointErrorCode(e).hresult).toBe(-2130575338);
    expect(toRepositoryError(e).kind).toBe('notFound');
  });

  it('a duplicate unique value is alreadyExists', async () => {
    const sp = createNodeSpfi(server.siteUrl('gits'), { user: 'owner' });
    await sp.web.lists.getByTitle('GitsObjects').items.add({ Title: 'Ett', ObjectKey: 'DUPL' });
    const e = await thrown(sp.web.lists.getByTitle('GitsObjects').items.add({ Title: 'Två', ObjectKey: 'dupl' }));
    expect(sharePointErrorCode(e).hresult).toBe(-2130575169);
    expect(toRepositoryError(e).kind).toBe('alreadyExists');
  });
});

describe('SharePoint error codes from error bodies', () => {
  const err = (status: number, body: string): Error => Object.assign(new Error(`Error making HttpClient request in queryable [${status}] X ::> ${body}`), { status });

  it('reads minimal-metadata and verbose bodies; ignores the message text', () => {
    const minimal = err(404, '{"odata.error":{"code":"-1, System.ArgumentException","message":{"lang":"en-US","value":"Item does not exist"}}}');
    expect(toRepositoryError(minimal).kind).toBe('notProvisioned');
    const verbose = err(404, '{"error":{"code":"-2130575338, System.ArgumentException","message":{"lang":"sv-SE","value":"List \'X\' does not exist"}}}');
    expect(sharePointErrorCode(verbose)).toEqual({ hresult: -2130575338, type: 'System.ArgumentException' });
    expect(toRepositoryError(verbose).kind).toBe('notFound');
    // English words in a message do not decide anything.
    expect(toRepositoryError(err(500, '{"odata.error":{"code":"-2146232832, Microsoft.SharePoint.SPException","message":{"value":"duplicate value network unique"}}}')).kind).toBe('unexpected');
    expect(toRepositoryError(new Error('socket hang up network')).kind).toBe('unexpected');
    expect(toRepositoryError(new TypeError('fetch failed')).kind).toBe('network');
  });
});
