/**
 * Starting a worker from the embedded worker source, in Node (worker_threads) or a browser
 * (Web Worker from a Blob URL), behind one small interface.
 */
import { NkkanError } from '../errors.js'
import type { WorkerReply, WorkerRequest } from '../kernels/protocol.js'
import { workerSource } from './worker-source.js'

export interface WorkerHandle {
  post(request: WorkerRequest, transfer?: ArrayBuffer[]): void
  /** Replies; and failures: an uncaught error, a crash or an exit nobody asked for. */
  listen(onReply: (reply: WorkerReply) => void, onFailure: (error: NkkanError) => void): void
  /** Node: whether the worker keeps the process alive (no-op in browsers). */
  keepAlive(alive: boolean): void
  terminate(): Promise<void>
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a browser bundle's `process` shim may have no versions
const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string'

/** Whether workers can share one wasm memory: SharedArrayBuffer exists and, in a browser, the page is cross-origin isolated. */
export function canShareMemory(): boolean {
  if (typeof SharedArrayBuffer === 'undefined') return false
  return typeof crossOriginIsolated === 'undefined' || crossOriginIsolated
}

/** The number of threads worth using here: Node's availableParallelism or hardwareConcurrency. */
export async function defaultThreadCount(): Promise<number> {
  if (isNode) {
    const os = await import('node:os')
    return os.availableParallelism()
  }
  return typeof navigator !== 'undefined' && navigator.hardwareConcurrency > 0 ? navigator.hardwareConcurrency : 1
}

export async function startWorkerThread(index: number): Promise<WorkerHandle> {
  return isNode ? startNodeWorker(index) : startBrowserWorker(index)
}

async function startNodeWorker(index: number): Promise<WorkerHandle> {
  const { Worker } = await import('node:worker_threads')
  const code = `${workerSource}
const { parentPort } = require('node:worker_threads');
const handle = nkkanWorker.startWorker((message, transfer) => parentPort.postMessage(message, transfer));
parentPort.on('message', handle);`
  // execArgv: [] — the worker needs none of the parent's flags, and some break an eval'd
  // CommonJS script (--input-type=module) or slow its start (--import loaders).
  const worker = new Worker(code, { eval: true, name: `nkkan-${index}`, execArgv: [] })
  let terminating = false
  return {
    post: (request, transfer) => worker.postMessage(request, transfer as never),
    listen(onReply, onFailure) {
      worker.on('message', onReply)
      worker.on('error', (error) => onFailure(new NkkanError('E_WORKER', `worker ${index} failed: ${error.message}`, { cause: error })))
      worker.on('exit', (code) => {
        if (!terminating) onFailure(new NkkanError('E_WORKER', `worker ${index} exited unexpectedly (code ${code})`))
      })
    },
    keepAlive: (alive) => (alive ? worker.ref() : worker.unref()),
    async terminate() {
      terminating = true
      await worker.terminate()
    },
  }
}

async function startBrowserWorker(index: number): Promise<WorkerHandle> {
  const code = `${workerSource}
const handle = nkkanWorker.startWorker((message, transfer) => self.postMessage(message, transfer));
self.onmessage = (event) => handle(event.data);`
  const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }))
  const worker = new Worker(url, { name: `nkkan-${index}` })
  URL.revokeObjectURL(url)
  return {
    post: (request, transfer) => worker.postMessage(request, transfer ?? []),
    listen(onReply, onFailure) {
      worker.onmessage = (event: MessageEvent<WorkerReply>) => onReply(event.data)
      worker.onerror = (event) => {
        event.preventDefault()
        onFailure(new NkkanError('E_WORKER', `worker ${index} failed: ${event.message}`))
      }
      worker.onmessageerror = () => onFailure(new NkkanError('E_WORKER', `worker ${index} could not read a message`))
    },
    keepAlive: () => undefined,
    async terminate() {
      worker.terminate()
    },
  }
}
