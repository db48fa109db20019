/**
 * A tiny static file server for the browser test (node:http, loopback, ephemeral port), with or
 * without the COOP/COEP headers that make a page cross-origin isolated.
 */
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import type { AddressInfo } from 'node:net'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
}

export interface StaticServer {
  /** Base address, e.g. http://127.0.0.1:40123/ (loopback counts as a secure context). */
  readonly url: string
  close(): Promise<void>
}

export async function serveDirectory(root: string, options: { isolated: boolean }): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^[/\\]+/, '')
    const file = join(root, path === '' ? 'index.html' : path)
    const headers: Record<string, string> = { 'Cache-Control': 'no-store' }
    if (options.isolated) {
      headers['Cross-Origin-Opener-Policy'] = 'same-origin'
      headers['Cross-Origin-Embedder-Policy'] = 'require-corp'
    }
    if (!file.startsWith(root + sep)) {
      response.writeHead(403, headers).end()
      return
    }
    readFile(file).then(
      (body) => response.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404, headers).end(),
    )
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
