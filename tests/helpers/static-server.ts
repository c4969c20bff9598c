import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import { contentTypeOf } from '../../src/lib/site/content-types.ts';

export interface StaticServer {
  origin: string;
  /** Every request path the server answered with 404, to catch missing assets. */
  notFound: string[];
  /** Every request path the server received, to prove that a page offline asked it nothing. */
  requests: string[];
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Compresses text answers with gzip when the browser accepts it, as real hosts do (the bench's Lighthouse). */
  gzip?: boolean;
}

/** Types a host compresses: text, and the SVG, JSON and WebAssembly the site serves (not images or fonts). */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json|wasm|xml)|image\/svg)/;

/** Serves a built site under `base` on 127.0.0.1, as a static host would. */
export async function serveStatic(root: string, base = '/', options: ServeOptions = {}): Promise<StaticServer> {
  const notFound: string[] = [];
  const requests: string[] = [];
  const prefix = base.replace(/\/+$/, '');
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    let path = decodeURIComponent(url.pathname);
    if (prefix && !path.startsWith(`${prefix}/`) && path !== prefix) return send404();
    path = path.slice(prefix.length) || '/';
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) return send404();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return send404();
    const type = contentTypeOf(extname(file));
    if (options.gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      response.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      createReadStream(file).pipe(createGzip()).pipe(response);
      return;
    }
    response.writeHead(200, { 'Content-Type': type });
    createReadStream(file).pipe(response);

    function send404() {
      notFound.push(url.pathname);
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      const page = join(root, '404.html');
      if (existsSync(page)) createReadStream(page).pipe(response);
      else response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server address unavailable');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    notFound,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
