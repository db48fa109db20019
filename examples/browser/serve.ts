/**
 * Dev server of the browser example: `npm run demo` (or `node --import tsx examples/browser/serve.ts
 * [--port 5173] [--host 127.0.0.1]`), then open the printed address.
 *
 * - `/` is index.html; `/main.js` is main.ts bundled with esbuild on every request (about 0.1 s),
 *   so edits to the page or the library show on reload.
 * - Every response carries COOP `same-origin` and COEP `require-corp`: the page is then
 *   cross-origin isolated, SharedArrayBuffer exists and the workers share one WebAssembly memory.
 *   Browsers grant that only to secure contexts: localhost / 127.0.0.1, or https.
 */
import { readFile } from 'node:fs/promises'
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { build } from 'esbuild'

const here = dirname(fileURLToPath(import.meta.url))

export const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
} as const

export interface DemoServer {
  /** Base address, e.g. http://127.0.0.1:5173/ */
  readonly url: string
  close(): Promise<void>
}

/** The page script: main.ts and the library bundled into one ES module. */
export async function bundlePage(): Promise<string> {
  const result = await build({
    entryPoints: [join(here, 'main.ts')],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    // The library reaches node: modules only behind a Node check; browsers never load them.
    external: ['node:*'],
    sourcemap: 'inline',
    logLevel: 'silent',
  })
  return result.outputFiles[0]!.text
}

async function respond(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const headers = { ...ISOLATION_HEADERS, 'Cache-Control': 'no-store' }
  const path = new URL(request.url ?? '/', 'http://localhost').pathname
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, headers).end()
  } else if (path === '/' || path === '/index.html') {
    response.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' }).end(await readFile(join(here, 'index.html')))
  } else if (path === '/main.js') {
    try {
      response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript; charset=utf-8' }).end(await bundlePage())
    } catch (error) {
      // Build errors go to the browser's console and to the terminal.
      const message = error instanceof Error ? error.message : String(error)
      console.error(message)
      response.writeHead(500, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end(message)
    }
  } else {
    response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('not found')
  }
}

/** Starts the server; port 0 picks a free port. */
export async function startDemoServer(options: { port?: number; host?: string } = {}): Promise<DemoServer> {
  const host = options.host ?? '127.0.0.1'
  const server = createServer((request, response) => {
    respond(request, response).catch((error: unknown) => {
      console.error(error)
      if (!response.headersSent) response.writeHead(500)
      response.end()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, resolve)
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '5173' }, host: { type: 'string', default: '127.0.0.1' } } })
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be an integer in 0..65535, got ${values.port}`)
    process.exit(2)
  }
  await bundlePage() // fail early on a build error
  const server = await startDemoServer({ port, host: values.host })
  console.log(`nkkan browser example: ${server.url}  (cross-origin isolated; Ctrl-C stops)`)
  process.on('SIGINT', () => void server.close().then(() => process.exit(0)))
}
