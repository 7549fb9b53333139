// Serves a built site on 127.0.0.1 under its base path, as a static host would (directory index, 404.html).
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';

export interface ServedSite {
  server: Server;
  /** The site's address including the base path, ending in a slash. */
  url: string;
  close: () => Promise<void>;
}

export async function serveSite(distDir: string, basePath = '/', port = 0): Promise<ServedSite> {
  const base = `/${basePath.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const files = sirv(distDir, { dev: false, etag: true, extensions: ['html'] });
  const notFoundPath = path.join(distDir, '404.html');
  const notFound = existsSync(notFoundPath) ? readFileSync(notFoundPath) : Buffer.from('Not found');
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    const sendNotFound = () => {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(notFound);
    };
    if (!url.startsWith(base)) return sendNotFound();
    request.url = `/${url.slice(base.length)}`;
    files(request, response, sendNotFound);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    url: `http://127.0.0.1:${actualPort}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
