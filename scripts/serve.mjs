#!/usr/bin/env node
// A tiny static server for the page, with no dependencies: www/ at /, pkg/ at /pkg/.
// Listens on 127.0.0.1 only. CLI: `node scripts/serve.mjs` (PORT, default 8080; when the port is
// busy it tries the next ones). Module: `const { url, close } = await start({ port: 0 })`.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

/** Resolves a URL path against the mounts; null when it is outside them (or malformed). */
function resolvePath(urlPath, mounts) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  // Longest prefix first, so that /pkg/ wins over /.
  for (const [prefix, dir] of mounts) {
    if (!decoded.startsWith(prefix)) continue;
    const rest = decoded.slice(prefix.length);
    const segments = rest.split('/');
    if (segments.some((s) => s === '..')) return null;
    const file = path.resolve(dir, '.' + path.posix.sep + rest);
    if (file !== dir && !file.startsWith(dir + path.sep)) return null;
    return file;
  }
  return null;
}

function send(res, status, message) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  res.end(message + '\n');
}

/**
 * Starts the server. Options: port (default PORT or 8080; 0 picks a free one), host (127.0.0.1),
 * tries (how many following ports to try when busy), extraMounts ([[urlPrefix, dir], …], for the
 * benchmark page). Resolves to { server, url, port, close() }.
 */
export async function start({ port, host = '127.0.0.1', tries = 20, extraMounts = [] } = {}) {
  const first = port ?? (process.env.PORT ? Number(process.env.PORT) : 8080);
  if (!Number.isInteger(first) || first < 0 || first > 65535) throw new Error(`bad port: ${port ?? process.env.PORT}`);
  const mounts = [
    ['/pkg/', path.join(root, 'pkg')],
    ...extraMounts.map(([p, d]) => [p, path.resolve(d)]),
    ['/', path.join(root, 'www')],
  ].sort((a, b) => b[0].length - a[0].length);

  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return send(res, 405, 'method not allowed');
    }
    let pathname;
    try {
      pathname = new URL(req.url, 'http://localhost').pathname;
    } catch {
      return send(res, 400, 'bad request');
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = resolvePath(pathname, mounts);
    if (!file) return send(res, 404, 'not found');
    let info;
    try {
      info = await stat(file);
    } catch {
      return send(res, 404, 'not found');
    }
    if (!info.isFile()) return send(res, 404, 'not found');
    const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': info.size,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  });

  let p = first;
  for (let i = 0; ; i++) {
    try {
      await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(p, host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      break;
    } catch (err) {
      if (err.code !== 'EADDRINUSE' || p === 0 || i >= tries) throw err;
      p += 1;
    }
  }
  const actual = server.address().port;
  const url = `http://${host}:${actual}/`;
  return {
    server,
    url,
    port: actual,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  start()
    .then(({ url }) => console.log(`quotelens page: ${url}  (Ctrl+C to stop)`))
    .catch((err) => {
      console.error(`serve: ${err.message}`);
      process.exit(1);
    });
}
