/**
 * The browser test's page script (bundled by esbuild with the library, see test/browser.test.ts).
 * It defines `nkkanRunFit(setup)`, which draws Det4 on Web Workers (`datasets.generate`), trains
 * a model with parallel `fit` and reports the result, the isolation state and which parallel
 * path actually ran: it watches the messages the library posts to its workers ('attach' of a
 * shared memory = SharedBackend, 'setup' with transferred data = PrivateBackend, 'generate' =
 * data generation).
 */
import { KAN, datasets } from '../../src/index.js'

export interface FitSetup {
  train: number
  valid: number
  seed: number
  threads: number
  batchSize: number
  rounds: number
  learningRate: number
  balance?: 'fixed' | 'dynamic'
}

export interface PageResult {
  crossOriginIsolated: boolean
  sharedArrayBuffer: string
  hardwareConcurrency: number
  /** Types of the requests the library posted to workers, in first-seen order. */
  requests: string[]
  /** Whether an 'attach' request carried a memory backed by a SharedArrayBuffer. */
  attachedSharedMemory: boolean
  workersStarted: number
  /** Whether the generated training records live in a SharedArrayBuffer. */
  generatedShared: boolean
  pearson: number[]
  rmse: number[]
  history: number[]
  /** Per round with dynamic balance: the records each copy trained (absent rounds: the fixed split). */
  copyRecords: number[][]
  seconds: number
  modelSha256: string
  modelChars: number
}

declare global {
  interface Window {
    nkkanRunFit(setup: FitSetup): Promise<PageResult>
  }
}

const requests: string[] = []
let attachedSharedMemory = false
let workersStarted = 0

const NativeWorker = globalThis.Worker
globalThis.Worker = class extends NativeWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options)
    workersStarted++
  }
}
// eslint-disable-next-line @typescript-eslint/unbound-method -- called below with .call(this)
const postMessage = NativeWorker.prototype.postMessage as (this: Worker, message: unknown, transfer?: Transferable[] | StructuredSerializeOptions) => void
NativeWorker.prototype.postMessage = function (this: Worker, message: unknown, transfer?: Transferable[] | StructuredSerializeOptions) {
  const type = (message as { type?: unknown } | null)?.type
  if (typeof type === 'string' && !requests.includes(type)) requests.push(type)
  const memory = (message as { memory?: unknown } | null)?.memory
  if (type === 'attach' && memory instanceof WebAssembly.Memory && typeof SharedArrayBuffer === 'function' && memory.buffer instanceof SharedArrayBuffer) {
    attachedSharedMemory = true
  }
  postMessage.call(this, message, transfer)
} as typeof NativeWorker.prototype.postMessage

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

window.nkkanRunFit = async (setup: FitSetup): Promise<PageResult> => {
  const { train, valid } = await datasets.generate('det', { size: 4, train: setup.train, valid: setup.valid, seed: setup.seed, threads: setup.threads })
  const generatedShared = typeof SharedArrayBuffer === 'function' && train.x.buffer instanceof SharedArrayBuffer
  const model = KAN.create({ inputs: 16, layers: [{ units: 70, points: 3 }, { units: 1, points: 30 }], seed: setup.seed })
  try {
    const started = performance.now()
    const history = await model.fit(train, {
      threads: setup.threads,
      batchSize: setup.batchSize,
      rounds: setup.rounds,
      learningRate: setup.learningRate,
      validation: valid,
      ...(setup.balance === undefined ? {} : { balance: setup.balance }),
    })
    const seconds = (performance.now() - started) / 1000
    const { pearson, rmse } = model.evaluate(valid)
    const json = JSON.stringify(model.toJSON())
    return {
      crossOriginIsolated: globalThis.crossOriginIsolated,
      sharedArrayBuffer: typeof SharedArrayBuffer,
      hardwareConcurrency: navigator.hardwareConcurrency,
      requests: [...requests],
      attachedSharedMemory,
      workersStarted,
      generatedShared,
      pearson,
      rmse,
      history: history.map((log) => log.pearson?.[0] ?? Number.NaN),
      copyRecords: history.flatMap((log) => (log.batches === undefined ? [] : [log.batches.map((ranges) => ranges.reduce((sum, [start, end]) => sum + end - start, 0))])),
      seconds,
      modelSha256: await sha256(json),
      modelChars: json.length,
    }
  } finally {
    await model.dispose()
  }
}
