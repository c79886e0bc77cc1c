/**
 * The command-line entry starts a server on the given port and database and prints its URL.
 */
import { ChildProcess, spawn } from 'child_process';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

function startCli(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [require.resolve('tsx/cli'), join(__dirname, '../../localsp/src/cli.ts'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/localhost:\d+)/.exec(out);
      if (m) {
        resolve({ child, url: m[1] });
      }
    });
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`cli exited with ${String(code)}: ${out}`)));
  });
}

describe('cli', () => {
  it('serves /sites/gits with the latency asked for, on a file database', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'localsp-cli-')), 'data', 'gits.db');
    const { child, url } = await startCli(['--port', '0', '--db', db, '--latency', '30', '--reset']);
    try {
      const faults = await (await fetch(`${url}/_localsp/faults`)).json();
      expect(faults).toEqual({ latencyMs: 30 });
      const r = await fetch(`${url}/sites/gits/_api/web?$select=Title`, { headers: { 'X-Local-User': 'reader', Accept: 'application/json;odata=nometadata' } });
      expect(await r.json()).toEqual({ Title: 'gits' });
    } finally {
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    }
  });

  it('sets up new sites in the language and profile asked for, and keeps them across a restart', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'localsp-cli-')), 'gits.db');
    const title = async (url: string): Promise<unknown> =>
      (await (await fetch(`${url}/sites/gits/_api/web/associatedMemberGroup?$select=Title`, { headers: { 'X-Local-User': 'owner', Accept: 'application/json;odata=nometadata' } })).json());
    for (const round of [1, 2]) {
      const { child, url } = await startCli(['--port', '0', '--db', db, '--language', '1033']);
      try {
        expect([round, await title(url)]).toEqual([round, { Title: 'gits Members' }]);
      } finally {
        await new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        });
      }
    }
  });
});
