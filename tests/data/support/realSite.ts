/**
 * A local site served with SharePoint Online's rules (profile 'real': Swedish, W. Europe time,
 * 1 MiB request bodies, 255-character text), provisioned and with the product's roles set up as
 * a site owner would: `editor` in the team of each object given, `approver` an approver.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { TimelinePipe } from '@pnp/core';
import { startLocalSharePoint } from '../../../localsp/src/index';
import { provisionSite } from '../../../src/data/provisioning/provision';
import { PnPStatusReportRepository, type IRepositoryOptions } from '../../../src/data/repository/PnPStatusReportRepository';
import { createNodeSpfi, type INodeSpfiOptions, type LocalUser } from '../../../src/data/repository/createNodeSpfi';
import { setUpProductRoles } from './roles';

export type LocalServer = Awaited<ReturnType<typeof startLocalSharePoint>>;

export interface IRealSite {
  readonly server: LocalServer;
  readonly siteUrl: string;
  repo(user: LocalUser, options?: INodeSpfiOptions & IRepositoryOptions, ...extra: TimelinePipe[]): PnPStatusReportRepository;
  close(): Promise<void>;
}

export async function startRealSite(objects: readonly string[] = ['SHVO']): Promise<IRealSite> {
  const dir = mkdtempSync(join(tmpdir(), 'gits-real-'));
  const dbFile = join(dir, 'x.db');
  const server = await startLocalSharePoint({ port: 0, dbFile, profile: 'real', language: 1053, timeZoneId: 4 });
  const siteUrl = server.siteUrl('gits');
  const owner = createNodeSpfi(siteUrl, { user: 'owner' });
  await provisionSite(owner);
  await setUpProductRoles(owner, objects);
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
