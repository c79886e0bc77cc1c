/**
 * Starts the local SharePoint from the command line:
 *   npx tsx localsp/src/cli.ts --port 4700 --db .localsp-data/gits.db [--latency 50] [--reset] [--site gits]
 *     [--language 1053|1033] [--profile real|lenient] [--publishing]
 */
import * as fs from 'fs';
import * as path from 'path';
import { startLocalSharePoint } from './index';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const port = Number(arg('port') || 4700);
  const db = arg('db') || '.localsp-data/gits.db';
  if (db !== ':memory:') {
    fs.mkdirSync(path.dirname(path.resolve(db)), { recursive: true });
    if (process.argv.indexOf('--reset') >= 0) {
      for (const suffix of ['', '-wal', '-shm']) {
        if (fs.existsSync(db + suffix)) {
          fs.unlinkSync(db + suffix);
        }
      }
    }
  }
  const sites = process.argv.reduce<string[]>((acc, a, i) => (a === '--site' ? acc.concat([process.argv[i + 1]]) : acc), []);
  const latency = arg('latency');
  const threshold = arg('threshold');
  const language = arg('language');
  const profile = arg('profile');
  if (language !== undefined && language !== '1053' && language !== '1033') {
    throw new Error('--language must be 1053 (sv-SE) or 1033 (en-US)');
  }
  if (profile !== undefined && profile !== 'real' && profile !== 'lenient') {
    throw new Error('--profile must be real or lenient');
  }
  const sp = await startLocalSharePoint({
    port,
    dbFile: db,
    sites: sites.length ? sites : undefined,
    faults: latency ? { latencyMs: Number(latency) } : undefined,
    listViewThreshold: threshold ? Number(threshold) : undefined,
    language: language === undefined ? undefined : (Number(language) as 1053 | 1033),
    profile: profile as 'real' | 'lenient' | undefined,
    publishing: process.argv.indexOf('--publishing') >= 0
  });
  process.stdout.write(`Local SharePoint listening on ${sp.url} (site ${sp.siteUrl()}, data ${db})\n`);
  const stop = (): void => {
    sp.close().then(
      () => process.exit(0),
      () => process.exit(1)
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`${String(e instanceof Error ? e.stack : e)}\n`);
  process.exit(1);
});
