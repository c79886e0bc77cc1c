/**
 * A local site served with SharePoint Online's rules (profile 'real': Swedish, W. Europe time,
 * 1 MiB request bodies, 255-character text). The lists are made first under the lenient profile,
 * then the same database is served with the real one.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { TimelinePipe } from '@pnp/core';
import { startLocalSharePoint } from '../../../localsp/src/index';
import { provisionSite } from '../../../src/data/provisioning/provision';
import { PnPStatusReportRepository, type IRepositoryOptions } from '../../../src/data/repository/PnPStatusReportRepository';
import { createNodeSpfi, type INodeSpfiOptions, type LocalUser } from '../../../src/data/repository/createNodeSpfi';

export type LocalServer = Awaited<ReturnType<typeof startLocalSharePoint>>;

export interface IRealSite {
  readonly server: LocalServer;
  readonly siteUrl: string;
  repo(user: LocalUser, options?: INodeSpfiOptions & IRepositoryOptions, ...extra: TimelinePipe[]): PnPStatusReportRepository;
  close(): Promise<void>;
}

export async function startRealSite(): Promise<IRealSite> {
  const dir = mkdtempSync(join(tmpdir(), 'gits-real-'));
  const dbFile = join(dir, 'x.db');
  const setup = await startLocalSharePoint({ port: 0, dbFile, profile: 'lenient', language: 1053, timeZoneId: 4 });
  await provisionSite(createNodeSpfi(setup.siteUrl('gits'), { user: 'owner' }));
  await setup.close();
  const server = await startLocalSharePoint({ port: 0, dbFile, profile: 'real', language: 1053, timeZoneId: 4 });
  const siteUrl = server.siteUrl('gits');
  return {
    server,
    siteUrl,
    repo: (user, options = {}, ...extra) => {
      const sp = createNodeSpfi(siteUrl, { retryInterval: 10, ...options, user });
      return new PnPStatusReportRepository(extra.length > 0 ? sp.using(...extra) : sp, options);
    },
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
