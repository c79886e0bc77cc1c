/**
 * npm start [-- --reset] [--port N] [--db file]
 *
 * Starts the local SharePoint on PORT (default 4700) with the site /sites/gits in a persistent
 * SQLite file (.localsp-data/gits.db, gitignored), provisions it with our provisioning code and,
 * when the database is new (or with --reset), seeds it through the repository: the SHVO
 * 2025 Q4 report and its history, each submitted by the editor and approved by the approver.
 * Paths outside /sites/ are handed to a pluggable fallback handler (the browser workbench).
 */
import { existsSync, mkdirSync, rmSync } from 'fs';
import type { IncomingMessage, ServerResponse } from 'http';
import { dirname, join } from 'path';
import { startLocalSharePoint } from '../localsp/src/index';
import { provisionSite } from '../src/data/provisioning/provision';
import { createNodeRepository, createNodeSpfi } from '../src/data/repository/createNodeSpfi';
import { seedThroughRepository } from './seed/seedData';

export const DEFAULT_PORT = 4700;
export const SITE_NAME = 'gits';
export const SITE_PATH = `/sites/${SITE_NAME}`;
export const DEFAULT_DB_FILE = join(__dirname, '..', '.localsp-data', 'gits.db');

export const USERS = [
  { id: 'reader', role: 'läsare (ser bara godkända rapporter)' },
  { id: 'editor', role: 'redaktör (skriver och skickar in)' },
  { id: 'approver', role: 'godkännare (godkänner eller returnerar)' },
  { id: 'owner', role: 'webbplatsägare (kan skapa listorna)' }
] as const;

export type FallbackHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

export interface IDevServerOptions {
  readonly port?: number;
  readonly dbFile?: string;
  /** Delete the database first and seed again. */
  readonly reset?: boolean;
  /** Answers requests outside /sites/ (e.g. the workbench page); false = 404. */
  readonly fallbackHandler?: FallbackHandler;
  readonly log?: (message: string) => void;
}

export interface IDevServer {
  readonly url: string;
  readonly siteUrl: string;
  readonly seeded: boolean;
  close(): Promise<void>;
}

export async function startDevServer(options: IDevServerOptions = {}): Promise<IDevServer> {
  const log = options.log ?? ((m: string): void => console.log(m));
  const dbFile = options.dbFile ?? DEFAULT_DB_FILE;
  if (options.reset) {
    ['', '-wal', '-shm', '-journal'].forEach((suffix) => rmSync(dbFile + suffix, { force: true }));
  }
  const isNew = !existsSync(dbFile);
  mkdirSync(dirname(dbFile), { recursive: true });
  const server = await startLocalSharePoint({
    port: options.port ?? DEFAULT_PORT,
    dbFile,
    sites: [SITE_NAME],
    profile: 'lenient',
    fallbackHandler: options.fallbackHandler
  });
  const siteUrl = server.siteUrl(SITE_NAME);
  try {
    // Our own provisioning, always: a no-op on an up-to-date site, an in-place upgrade on an old one.
    const result = await provisionSite(createNodeSpfi(siteUrl, { user: 'owner' }));
    log(result.changes.length === 0 ? `Listor: schemaversion ${result.version}, oförändrade.` : `Listor: schemaversion ${result.version}, ${result.changes.length} ändringar.`);
    result.warnings.forEach((w) => log(`Varning: ${w}`));
    if (isNew) {
      log('Ny databas: lägger in startdata (SHVO 2024 Q4–2025 Q4) via repositoryt...');
      const ids = await seedThroughRepository(
        createNodeRepository(siteUrl, { user: 'editor' }),
        createNodeRepository(siteUrl, { user: 'approver' })
      );
      log(`  ${ids.length} rapporter inskickade och godkända (2025 Q1–Q3 är märkta Exempeldata).`);
    }
  } catch (e) {
    await server.close();
    throw e;
  }
  return { url: server.url, siteUrl, seeded: isNew, close: () => server.close() };
}

/** The workbench page; the local SharePoint still starts when the page cannot be built. */
async function loadWorkbench(log: (m: string) => void): Promise<FallbackHandler | undefined> {
  try {
    const { prepareWorkbench } = await import('../workbench/server');
    return await prepareWorkbench({ sitePath: SITE_PATH });
  } catch (e) {
    log(`(Workbench-sidan kunde inte byggas: ${e instanceof Error ? e.message : String(e)})`);
    return undefined;
  }
}

async function main(): Promise<void> {
  const portArg = process.argv.indexOf('--port');
  const port = portArg >= 0 ? Number(process.argv[portArg + 1]) : Number(process.env.PORT ?? DEFAULT_PORT);
  const reset = process.argv.indexOf('--reset') >= 0;
  const dbArg = process.argv.indexOf('--db');
  const dbFile = dbArg >= 0 ? process.argv[dbArg + 1] : process.env.LOCALSP_DB ?? DEFAULT_DB_FILE;
  const log = (m: string): void => console.log(m);
  const fallbackHandler = await loadWorkbench(log);
  const dev = await startDevServer({ port, reset, fallbackHandler, log, dbFile });
  log('');
  log(`Lokal SharePoint: ${dev.url}`);
  log(`Webbplats:        ${dev.siteUrl}`);
  if (fallbackHandler) log(`Workbench:        ${dev.url}/`);
  log(`Data:             ${dbFile}${dev.seeded ? ' (ny, med startdata)' : ''}`);
  log('Användare (välj med rubriken X-Local-User eller kakan localsp-user):');
  USERS.forEach((u) => log(`  ${u.id.padEnd(9)} ${u.role}`));
  log('Avsluta med Ctrl+C. Börja om med: npm start -- --reset');
  const stop = (): void => {
    dev.close().then(
      () => process.exit(0),
      () => process.exit(1)
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.stack ?? e.message : e);
    process.exit(1);
  });
}
