/**
 * A tiny static file server over the built site in dist/ (or a copy of it), for the
 * browser tests. It serves what a static host would: `/path/` → `/path/index.html`,
 * the right content types, and 404.html with status 404 for anything not built.
 * The benchmark (scripts/bench/) serves other builds with it, watching each response.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

export const DIST = resolve(fileURLToPath(new URL('../../dist', import.meta.url)));

/** Fail with one clear message when the site has not been built. */
export function assertDistBuilt(root = DIST): void {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(
      `No built site at ${root} (index.html is missing). Run \`npm test\`, which builds first, or \`npm run build\`.`,
    );
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** The file in dist/ (or `root`) a URL path names, or undefined when there is none (or it escapes the root). */
export function fileFor(urlPath: string, root = DIST): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const file = normalize(join(root, decoded.endsWith('/') ? `${decoded}index.html` : decoded));
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  if (!existsSync(file)) return undefined;
  const stat = statSync(file);
  if (stat.isFile()) return file;
  // `/path` with no slash: a static host would redirect; the site links with slashes, so serve it plainly.
  if (stat.isDirectory() && existsSync(join(file, 'index.html'))) return join(file, 'index.html');
  return undefined;
}

export interface SiteServer {
  /** e.g. http://127.0.0.1:41234 — no trailing slash. */
  origin: string;
  url(path: string): string;
  stop(): Promise<void>;
}

/** A response about to be sent: its URL path, status and body. */
export interface Sending {
  path: string;
  status: number;
  body: Buffer;
}

export interface ServerOptions {
  /** The built site to serve; dist/ unless given. */
  root?: string;
  /** Called before each response is sent; the response waits for it (a benchmark's slow network). */
  onSend?: (sending: Sending) => void | Promise<void>;
}

export async function startServer({ root = DIST, onSend }: ServerOptions = {}): Promise<SiteServer> {
  assertDistBuilt(root);
  const server: Server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const file = fileFor(path, root);
      if (file) {
        const body = await readFile(file);
        await onSend?.({ path, status: 200, body });
        res.writeHead(200, { 'content-type': contentType(file), 'content-length': body.length });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      const notFound = join(root, '404.html');
      const body = existsSync(notFound) ? await readFile(notFound) : Buffer.from('Not found');
      await onSend?.({ path, status: 404, body });
      res.writeHead(404, { 'content-type': existsSync(notFound) ? TYPES['.html']! : TYPES['.txt']! });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(500, { 'content-type': TYPES['.txt']! }).end(String(error));
    }
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path: string) => new URL(path, origin).href,
    stop: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
