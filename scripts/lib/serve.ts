// Serves a built site on 127.0.0.1 under its base path as a static host would: directory index, 404.html for
// anything missing, and the headers of dist/_headers (read with Netlify's own parser), so a page's
// Content-Security-Policy is in force exactly as readers will get it.
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';
import { HEADERS_FILE, normaliseBasePath } from '../../src/lib/hosting.ts';

export interface ServedSite {
  server: Server;
  /** The site's address including the base path, ending in a slash. */
  url: string;
  close: () => Promise<void>;
}

interface HeaderRule {
  for: string;
  forRegExp: RegExp;
  values: Record<string, string>;
}

/** Reads a _headers file; a syntax error in it is an error here too, as it would be on Netlify. */
async function readHeaderRules(file: string): Promise<HeaderRule[]> {
  if (!existsSync(file)) return [];
  const { headers, errors } = await parseAllHeaders({ headersFiles: [file], configHeaders: undefined, minimal: false });
  if (errors.length) throw new Error(`${file}: ${errors.map((error) => error.message).join('; ')}`);
  return (headers as Header[]).map(({ for: forPath, forRegExp, values }) => ({ for: forPath, forRegExp, values }));
}

/**
 * The headers a host sends for a path: every matching rule applies, and a header set by two matching rules is
 * joined with a comma, as Cloudflare Pages does (the stricter reading: two CSPs both apply).
 */
function headersForPath(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.forRegExp.test(pathname)) continue;
    for (const [name, value] of Object.entries(rule.values)) result[name] = result[name] === undefined ? value : `${result[name]}, ${value}`;
  }
  return result;
}

export async function serveSite(distDir: string, basePath = '/', port = 0): Promise<ServedSite> {
  const normalised = normaliseBasePath(basePath);
  if ('error' in normalised) throw new Error(normalised.error);
  const base = normalised.base;
  const headerRules = await readHeaderRules(path.join(distDir, HEADERS_FILE));
  const files = sirv(distDir, { dev: false, etag: true, extensions: ['html'] });
  const notFoundPath = path.join(distDir, '404.html');
  const notFound = existsSync(notFoundPath) ? readFileSync(notFoundPath) : Buffer.from('Not found');

  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    const pathname = decodedPath(url);
    for (const [name, value] of Object.entries(headersForPath(headerRules, pathname))) response.setHeader(name, value);
    const sendNotFound = () => {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(notFound);
    };
    if (pathname === base.slice(0, -1) && base !== '/') {
      response.writeHead(301, { location: base });
      return response.end();
    }
    // Hosts never serve their own configuration files.
    if (!url.startsWith(base) || !pathname.startsWith(base) || pathname === `${base}${HEADERS_FILE}`) return sendNotFound();
    request.url = `/${url.slice(base.length)}`;
    files(request, response, () => sendNotFound());
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    url: `http://127.0.0.1:${actualPort}${base}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function decodedPath(url: string): string {
  const { pathname } = new URL(url, 'http://localhost');
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}
