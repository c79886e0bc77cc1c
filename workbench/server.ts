/**
 * Serves the built workbench (workbench/dist) from the local SharePoint's own port, so the page
 * and /sites/gits share an origin and the `localsp-user` cookie reaches the server.
 *
 * `createWorkbenchHandler(options)` returns a synchronous `(req, res) => boolean`: true when it
 * answered the request (the page at `/`, its assets under `/workbench/`), false to let the
 * caller (the local SharePoint) handle it. Files are read per request, so a rebuild
 * (`npm run build:workbench`) is picked up by a reload without restarting the server.
 */
import * as fs from 'fs';
import type { IncomingMessage, ServerResponse } from 'http';
import * as path from 'path';
import { buildWorkbench, DEFAULT_WORKBENCH_DIST, IBuildWorkbenchOptions } from './build';

export interface IWorkbenchHandlerOptions {
  /** Folder of the built bundle; default workbench/dist. */
  readonly distDir?: string;
  /** Server-relative URL of the site the page reads; default /sites/gits. */
  readonly sitePath?: string;
}

/** What the local SharePoint hands its fallback handler (see localsp's IFallbackPageContext). */
export interface IWorkbenchPageContext {
  formDigest(site: string): string | undefined;
}

export type WorkbenchHandler = (req: IncomingMessage, res: ServerResponse, page?: IWorkbenchPageContext) => boolean;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png'
};

const SITE_PATH_PATTERN: RegExp = /^\/sites\/[A-Za-z0-9_-]+$/;

function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  res.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff'
  });
  res.end(body);
}

/**
 * Bundle files are cached by the browser but revalidated on every load (ETag → 304): a rebuild
 * shows on reload, and a returning visitor gets what SharePoint's CDN gives: the file from the
 * HTTP cache, and with it V8's code cache.
 */
function sendFile(req: IncomingMessage, res: ServerResponse, file: string, contentType: string): void {
  const stat = fs.statSync(file);
  const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
  // Chunks are named by their content's hash: cached for good, as a CDN serves hashed files.
  const immutable = /^chunk-[A-Za-z0-9]+\.(js|css)$/.test(path.basename(file));
  const headers = { ETag: etag, 'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache', 'X-Content-Type-Options': 'nosniff' };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const body = fs.readFileSync(file);
  res.writeHead(200, { ...headers, 'Content-Type': contentType, 'Content-Length': body.length });
  res.end(body);
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The page, with the site path and (when given) a fresh form digest of the site written into
 * their meta tags: a SharePoint page carries its digest, so PnPjs needs no contextinfo request.
 */
export function renderIndexHtml(template: string, sitePath: string, formDigest?: string): string {
  const withSite = template.replace(/(<meta name="workbench-site" content=")[^"]*(")/, `$1${sitePath}$2`);
  return withSite.replace(/(<meta name="workbench-form-digest" content=")[^"]*(")/, (match: string, start: string, end: string) =>
    `${start}${formDigest ? escapeAttribute(formDigest) : ''}${end}`
  );
}

/** The open benchmark's pages: the bare page, its React floor and its data floor. */
const BENCH_PAGES: readonly string[] = ['bare.html', 'floor.html', 'datafloor.html'];

export function createWorkbenchHandler(options: IWorkbenchHandlerOptions = {}): WorkbenchHandler {
  const distDir = path.resolve(options.distDir || DEFAULT_WORKBENCH_DIST);
  const sitePath = options.sitePath || '/sites/gits';
  if (!SITE_PATH_PATTERN.test(sitePath)) throw new Error(`Invalid site path ${sitePath}`);

  const siteName = sitePath.slice('/sites/'.length);

  return (req: IncomingMessage, res: ServerResponse, page?: IWorkbenchPageContext): boolean => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const pathname = new URL(req.url || '/', 'http://localhost').pathname;

    if (pathname === '/' || pathname === '/index.html') {
      const built = path.join(distDir, 'index.html');
      const template = fs.existsSync(built) ? built : path.join(__dirname, 'index.html');
      if (!fs.existsSync(path.join(distDir, 'main.js'))) {
        send(res, 503, 'text/plain; charset=utf-8', 'The workbench is not built yet: run `npm run build:workbench`.\n');
        return true;
      }
      send(res, 200, CONTENT_TYPES['.html'], renderIndexHtml(fs.readFileSync(template, 'utf8'), sitePath, page?.formDigest(siteName)));
      return true;
    }
    // The e2e benchmark's baseline pages (written into dist by tools/bench-ui.ts), with the digest as the page has it.
    const benchPage = BENCH_PAGES.find((name) => pathname === `/${name}`);
    if (benchPage && fs.existsSync(path.join(distDir, benchPage))) {
      send(res, 200, CONTENT_TYPES['.html'], renderIndexHtml(fs.readFileSync(path.join(distDir, benchPage), 'utf8'), sitePath, page?.formDigest(siteName)));
      return true;
    }
    if (pathname === '/favicon.ico') {
      res.writeHead(204, { 'Cache-Control': 'max-age=86400' });
      res.end();
      return true;
    }
    if (pathname.startsWith('/workbench/')) {
      const name = decodeURIComponent(pathname.slice('/workbench/'.length));
      // Only plain file names inside dist: no folders, no traversal.
      if (!/^[A-Za-z0-9_.-]+$/.test(name) || name.startsWith('.')) {
        send(res, 404, 'text/plain; charset=utf-8', 'Not found\n');
        return true;
      }
      const file = path.join(distDir, name);
      const type = CONTENT_TYPES[path.extname(name)];
      if (!type || !fs.existsSync(file)) {
        send(res, 404, 'text/plain; charset=utf-8', 'Not found\n');
        return true;
      }
      sendFile(req, res, file, type);
      return true;
    }
    return false;
  };
}

/** Builds the bundle (esbuild, about a second) and returns the handler serving it: what `npm start` calls. */
export async function prepareWorkbench(
  options: IWorkbenchHandlerOptions & IBuildWorkbenchOptions = {}
): Promise<WorkbenchHandler> {
  await buildWorkbench({ outdir: options.distDir, minify: options.minify, logLevel: options.logLevel });
  return createWorkbenchHandler(options);
}
