/** Starts a local SharePoint on a free port with a temporary database, for tests over real HTTP. */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { TimelinePipe } from '@pnp/core';
import type { SPFI } from '@pnp/sp';
import { startLocalSharePoint, type SiteProfile } from '../../../localsp/src/index';
import { setUpProductRoles } from './roles';
import { LOCAL_SHAREPOINT_PROFILE } from '../../../tools/localspProfile';
import { provisionSite } from '../../../src/data/provisioning/provision';
import { createNodeSpfi, type LocalUser } from '../../../src/data/repository/createNodeSpfi';
import { PnPStatusReportRepository } from '../../../src/data/repository/PnPStatusReportRepository';
import { seedThroughRepository } from '../../../tools/seed/seedData';
import { ok } from '../../support/ok';

export type LocalServer = Awaited<ReturnType<typeof startLocalSharePoint>>;

export interface ITestSite {
  readonly server: LocalServer;
  readonly siteUrl: string;
  sp(user: LocalUser, ...extra: TimelinePipe[]): SPFI;
  repo(user: LocalUser, ...extra: TimelinePipe[]): PnPStatusReportRepository;
  close(): Promise<void>;
}

export interface ITestSiteOptions {
  /** Provision the lists and the security model (default true). */
  readonly provision?: boolean;
  /**
   * After provisioning, set up the product's roles as a site owner would (default true):
   * object SHVO created, `editor` in its team group, `approver` in the approvers group.
   */
  readonly roles?: boolean;
  /** Objects created for the roles, `editor` in each one's team (default: SHVO). */
  readonly objects?: readonly string[];
  readonly listViewThreshold?: number;
  /** The local SharePoint's set-up (default: the product's, a real team site). */
  readonly profile?: SiteProfile;
}

export async function startTestSite(options: ITestSiteOptions = {}): Promise<ITestSite> {
  const dir = mkdtempSync(join(tmpdir(), 'gits-data-test-'));
  const server = await startLocalSharePoint({
    port: 0,
    dbFile: join(dir, 'test.db'),
    listViewThreshold: options.listViewThreshold,
    profile: options.profile ?? LOCAL_SHAREPOINT_PROFILE
  });
  const siteUrl = server.siteUrl('gits');
  const sp = (user: LocalUser, ...extra: TimelinePipe[]): SPFI => {
    const s = createNodeSpfi(siteUrl, { user, retryInterval: 10 });
    return extra.length > 0 ? s.using(...extra) : s;
  };
  if (options.provision !== false) {
    await provisionSite(sp('owner'));
    if (options.roles !== false) await setUpProductRoles(sp('owner'), options.objects);
  }
  return {
    server,
    siteUrl,
    sp,
    repo: (user, ...extra) => new PnPStatusReportRepository(sp(user, ...extra)),
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

/** Records every HTTP request a SPFI sends, and the write parts inside $batch bodies. */
export function recordRequests(log: { method: string; url: string; writes: string[] }[]): TimelinePipe {
  return (instance) => {
    instance.on.pre(async (url: string, init: RequestInit, result: unknown): Promise<[string, RequestInit, unknown]> => {
      const body = typeof init.body === 'string' ? init.body : '';
      const writes =
        url.indexOf('$batch') >= 0
          ? body.split('\n')
          .filter((l: string) => /^(POST|PUT|PATCH|MERGE|DELETE) /.test(l))
          : (init.method ?? 'GET') !== 'GET' && url.indexOf('contextinfo') < 0
          ? [`${init.method} ${url}`]
          : [];
      log.push({ method: init.method ?? 'GET', url, writes });
      return [url, init, result];
    });
    return instance;
  };
}

/** Makes the next request matching `when` (URL and body) reach the server but lose its response (a dropped connection). */
export function dropResponse(when: (body: string, url: string) => boolean): { pipe: TimelinePipe; armed: { value: boolean } } {
  const armed = { value: false };
  const pipe: TimelinePipe = (instance) => {
    // Only the first send observer runs, so this one does the fetch itself (no retries).
    instance.on.send.prepend(async (url: URL, init: RequestInit): Promise<Response> => {
      const body = typeof init.body === 'string' ? init.body : '';
      if (armed.value && when(body, url.toString())) {
        armed.value = false;
        await fetch(url, init);
        throw new TypeError('fetch failed (test: connection dropped after the request was sent)');
      }
      return fetch(url, init);
    });
    return instance;
  };
  return { pipe, armed };
}

/** Whether an HTTP request writes (a non-GET other than contextinfo, or a $batch with a write part). */
export function isWriteRequest(url: string, init: RequestInit): boolean {
  const method = (init.method ?? 'GET').toUpperCase();
  if (method === 'GET' || url.indexOf('contextinfo') >= 0) return false;
  if (url.indexOf('$batch') < 0) return true;
  const body = typeof init.body === 'string' ? init.body : '';
  return body.split('\n').some((l) => /^(POST|PUT|PATCH|MERGE|DELETE) /.test(l));
}

/**
 * Replaces how requests are sent: `send(url, init, fetchIt)` may fetch, change the answer or
 * throw (an interrupted run). Only the first send observer runs, so this one does the fetch.
 */
export function interceptSend(send: (url: string, init: RequestInit, fetchIt: () => Promise<Response>) => Promise<Response>): TimelinePipe {
  return (instance) => {
    instance.on.send.prepend(async (url: URL, init: RequestInit): Promise<Response> => send(url.toString(), init, () => fetch(url, init)));
    return instance;
  };
}

/** What an interceptor does with one request: let it through, answer it itself, change it, or lose its response. */
export type Interception = 'pass' | 'drop' | Response | { readonly body: string };

/**
 * Lets a test step into requests: `decide` sees each request (URL, method, body) once armed and
 * returns what to do. It disarms itself after the first request it does not pass.
 */
export function intercept(decide: (url: string, method: string, body: string) => Interception): { pipe: TimelinePipe; armed: { value: boolean }; seen: string[] } {
  const armed = { value: false };
  const seen: string[] = [];
  const pipe: TimelinePipe = (instance) => {
    // Only the first send observer runs, so this one does the fetch itself (no retries).
    instance.on.send.prepend(async (url: URL, init: RequestInit): Promise<Response> => {
      const body = typeof init.body === 'string' ? init.body : '';
      const method = init.method ?? 'GET';
      if (!armed.value) return fetch(url, init);
      const what = decide(url.toString(), method, body);
      if (what === 'pass') return fetch(url, init);
      armed.value = false;
      seen.push(`${method} ${url.toString()}`);
      if (what === 'drop') {
        await fetch(url, init);
        throw new TypeError('fetch failed (test: connection dropped after the request was sent)');
      }
      if (what instanceof Response) return what;
      return fetch(url, { ...init, body: what.body });
    });
    return instance;
  };
  return { pipe, armed, seen };
}

/** A SharePoint error answer (odata.error, as SharePoint Online shapes it with minimal metadata). */
export function spErrorResponse(status: number, code: string, message: string): Response {
  return new Response(JSON.stringify({ 'odata.error': { code, message: { lang: 'sv-SE', value: message } } }), {
    status,
    headers: { 'Content-Type': 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8' }
  });
}

/** A site holding the seed stored through the repository (SHVO's five approved quarters), as `npm start` has it. */
export async function startSeededTestSite(): Promise<ITestSite> {
  const site = await startTestSite();
  await seedThroughRepository(site.repo('editor'), site.repo('approver'), undefined, site.repo('owner'));
  return site;
}

/** `user`'s repository with its form digest at hand, as on a SharePoint page (SPFx takes it from the page context). */
export async function repoWithDigest(site: ITestSite, user: LocalUser): Promise<PnPStatusReportRepository> {
  const repo = site.repo(user);
  ok(await repo.getPermissions());
  return repo;
}
