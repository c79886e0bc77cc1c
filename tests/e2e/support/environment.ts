/**
 * What a browser test runs against: the same dev server as `npm start` (local SharePoint,
 * our provisioning, the seeded SHVO report and its history) on a random free port with a
 * fresh temporary database, and the workbench page served from the same origin.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startDevServer } from '../../../tools/start';
import { createWorkbenchHandler } from '../../../workbench/server';
import { DEFAULT_WORKBENCH_DIST } from '../../../workbench/build';

export interface IE2eEnvironment {
  /** Origin of the page and the site, e.g. http://localhost:40123 */
  readonly baseUrl: string;
  readonly siteUrl: string;
  /** Adds latency to every SharePoint request (through the server's /_localsp/faults endpoint). */
  setLatency(ms: number): Promise<void>;
  /** SharePoint requests answered since the last reset. */
  requestCount(): Promise<number>;
  resetRequestCount(): Promise<void>;
  close(): Promise<void>;
}

export interface IE2eEnvironmentOptions {
  /** Folder of the built workbench; default workbench/dist (built by the e2e global setup). */
  readonly distDir?: string;
}

async function postJson(url: string, body: unknown): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${await response.text()}`);
}

export async function startE2eEnvironment(options: IE2eEnvironmentOptions = {}): Promise<IE2eEnvironment> {
  const distDir = options.distDir || DEFAULT_WORKBENCH_DIST;
  if (!fs.existsSync(path.join(distDir, 'main.js'))) throw new Error(`Workbench not built in ${distDir}: npm run build:workbench`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gits-e2e-db-'));
  const handler = createWorkbenchHandler({ distDir, sitePath: '/sites/gits' });
  let dev: Awaited<ReturnType<typeof startDevServer>>;
  try {
    dev = await startDevServer({ port: 0, dbFile: path.join(dataDir, 'gits.db'), fallbackHandler: handler, log: () => undefined });
  } catch (e) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw e;
  }

  // The local SharePoint hands paths outside /sites/ to the workbench handler (same origin).
  const page = await fetch(`${dev.url}/`);
  await page.arrayBuffer();
  if (page.status !== 200) {
    await dev.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw new Error(`The dev server did not serve the workbench page at / (HTTP ${page.status})`);
  }
  const baseUrl = dev.url;
  const adminUrl = `${dev.url}/_localsp`;

  return {
    baseUrl,
    siteUrl: `${baseUrl}/sites/gits`,
    setLatency: (ms: number) => postJson(`${adminUrl}/faults`, { latencyMs: ms }),
    requestCount: async () => ((await (await fetch(`${adminUrl}/requests`)).json()) as { count: number }).count,
    resetRequestCount: async () => {
      await fetch(`${adminUrl}/requests`, { method: 'DELETE' });
    },
    close: async () => {
      await dev.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  };
}
