import { readdirSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { readCSV } from '../src/data/csv.js'
import { Random } from '../src/data/random.js'
import { KAN } from '../src/kan.js'
import type { ModelShape } from '../src/model/model.js'
import type { RowBlock } from '../src/online/prequential.js'
import { type CSVStreamOptions, openCSVStream } from '../src/online/stream.js'
import { initialJSON, randomData } from './helpers/cases.js'

// A chunk holding the line "90000,…" makes the worker thread exit, as a crash would.
vi.mock('../src/threads/worker-source.js', async (importOriginal) =>
  (await import('./helpers/sabotage.js')).withSabotage(
    await importOriginal<typeof import('../src/threads/worker-source.js')>(),
    `if (request.type === 'csv-chunk' && new TextDecoder().decode(request.bytes).split(String.fromCharCode(10)).some((line) => line.startsWith('90000,'))) process.exit(5);`,
  ),
)

const threads = (): number => readdirSync('/proc/self/task').length

/** Lines of 4 numbers in varied formats, blank lines among them; a header with a non-ASCII name. */
function table(rows: number, seed: number): string {
  const random = new Random(seed)
  const formats = [(v: number) => v.toFixed(6), (v: number) => String(v), (v: number) => v.toExponential(3), (v: number) => ` ${v.toPrecision(4)} `, (v: number) => (v < 0 ? String(v) : `+${v}`)]
  const lines = ['\uFEFFa,é,unused,y']
  for (let r = 0; r < rows; r++) {
    lines.push(Array.from({ length: 4 }, (_, c) => formats[(r + c) % formats.length]!(random.uniform(-1e3, 1e3) * 10 ** random.integer(-8, 8))).join(','))
    if (r % 37 === 0) lines.push('')
  }
  return lines.join('\r\n') + '\n'
}

/**
 * The text in chunks of 1 to `most` bytes (cutting lines and multi-byte characters) or UTF-16
 * units; bytes as views of one Uint8Array or, with `buffer`, of one Node Buffer (whose slice()
 * is a view, not a copy).
 */
async function* chunksOf(text: string, seed: number, most: number, bytes: boolean, buffer = false): AsyncGenerator<string | Uint8Array> {
  const random = new Random(seed)
  const encoded = buffer ? Buffer.from(text) : new TextEncoder().encode(text)
  const length = encoded.length
  for (let at = 0; at < (bytes ? encoded.length : text.length); ) {
    const size = random.integer(1, most)
    yield bytes ? encoded.subarray(at, at + size) : text.slice(at, at + size)
    at += size
  }
  // The source still holds all its bytes: nothing of it was transferred away.
  expect(encoded.length).toBe(length)
}

async function blocksOf(chunks: AsyncIterable<string | Uint8Array>, options: CSVStreamOptions): Promise<RowBlock[]> {
  const blocks: RowBlock[] = []
  for await (const block of (await openCSVStream(chunks, options)).blocks) blocks.push(block)
  return blocks
}

/** The bits of every number, so that −0 and 0 (or two NaNs) differ as they would in a model. */
function bits(values: ArrayLike<number>): string[] {
  return Array.from(values, (v) => Buffer.from(new Float64Array([v]).buffer).toString('hex'))
}

async function failure(chunks: AsyncIterable<string | Uint8Array>, options: CSVStreamOptions): Promise<{ code: string; message: string }> {
  try {
    await blocksOf(chunks, options)
  } catch (error) {
    const { code, message } = error as { code: string; message: string }
    return { code, message }
  }
  throw new Error('expected a failure')
}

describe('openCSVStream parses in a worker', () => {
  const text = table(1200, 3)
  const options = { targets: ['y'], features: ['é', 'a'] }

  it('gives the blocks of the in-thread parse bit for bit, however the stream is cut', async () => {
    const whole = readCSV(text, options)
    const chunkings: [number, number, boolean, boolean][] = [[1, 7, true, false], [2, 40, true, false], [3, 40, false, false], [4, 5000, true, false], [5, 70_000, true, false], [6, 3000, false, false], [7, 40, true, true], [8, 3000, true, true]]
    for (const [seed, most, bytes, buffer] of chunkings) {
      const inThread = await blocksOf(chunksOf(text, seed, most, bytes, buffer), { ...options, worker: false })
      const inWorker = await blocksOf(chunksOf(text, seed, most, bytes, buffer), { ...options, worker: true })
      // The worker gets what the source has ready joined, so its blocks may be fewer and larger.
      expect(inWorker.reduce((sum, b) => sum + b.rows, 0), `chunks up to ${most}`).toBe(inThread.reduce((sum, b) => sum + b.rows, 0))
      expect(inWorker.flatMap((b) => bits(b.x))).toEqual(inThread.flatMap((b) => bits(b.x)))
      expect(inWorker.flatMap((b) => bits(b.y))).toEqual(inThread.flatMap((b) => bits(b.y)))
      expect(inWorker.reduce((sum, b) => sum + b.rows, 0)).toBe(whole.rows)
      expect(inWorker.flatMap((b) => bits(b.x))).toEqual(bits(whole.x))
    }
  })

  it('joins only chunks the source has ready: a slow source\'s records are not held back', async () => {
    const lines = (from: number, count: number): string => Array.from({ length: count }, (_, r) => `${from + r},${(from + r) / 3}\n`).join('')
    let produced = 0
    async function* slow(): AsyncGenerator<string> {
      yield 'a,y\n' + lines(0, 10)
      for (let piece = 1; piece < 4; piece++) {
        await new Promise((resolve) => setTimeout(resolve, 150))
        produced = piece
        yield lines(10 * piece, 10)
      }
    }
    const seen: [rows: number, produced: number][] = []
    for await (const block of (await openCSVStream(slow(), { targets: ['y'], worker: true })).blocks) seen.push([block.rows, produced])
    // Each block came before the next piece was made, and holds exactly the records given so far.
    expect(seen).toEqual([[10, 0], [10, 1], [10, 2], [10, 3]])
  })

  it('throws the errors of the in-thread parse, with the same line and column', async () => {
    const good = 'a,y\n' + Array.from({ length: 500 }, (_, r) => `${r},${r / 7}\n`).join('')
    const bad = ['3,x4\n', '3,\n', '1,0x10\n', '1,2,3\n', '"1",2\n', '1e999,2\n']
    for (const line of bad) {
      const body = good + line + good.slice(4)
      for (const most of [40, 5000]) {
        const inThread = await failure(chunksOf(body, 7, most, true), { targets: ['y'], worker: false })
        const inWorker = await failure(chunksOf(body, 7, most, true), { targets: ['y'], worker: true })
        expect(inWorker).toEqual(inThread)
        expect(inWorker.message).toMatch(/^stdin line 502/)
      }
    }
  })

  it('ends its worker when the iteration completes, throws, is abandoned or learnFrom is aborted', async () => {
    const before = threads()
    const settled = async (): Promise<number> => {
      for (let waited = 0; waited < 2000 && threads() > before; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20))
      return threads()
    }
    // Completes.
    const csv = await openCSVStream(chunksOf(text, 8, 2000, true), options)
    let during = 0
    for await (const block of csv.blocks) if (block.rows > 0) during = Math.max(during, threads())
    expect(during).toBeGreaterThan(before)
    expect(await settled()).toBe(before)
    // Throws.
    expect((await failure(chunksOf(text + 'x,1,2,3\n', 8, 2000, true), options)).code).toBe('E_VALUE')
    expect(await settled()).toBe(before)
    // Abandoned after the first block parsed in the worker.
    const abandoned = await openCSVStream(chunksOf(text, 8, 2000, true), options)
    let seen = 0
    for await (const block of abandoned.blocks) if ((seen += block.rows) > 500) break
    expect(await settled()).toBe(before)
    // learnFrom aborted.
    const shape: ModelShape = { inputs: 2, layers: [{ units: 3, points: 3 }, { units: 1, points: 4 }], form: 'mean', precision: 'f64' }
    const model = KAN.fromJSON(initialJSON(shape, randomData(shape, 50, 40), 5))
    const controller = new AbortController()
    const aborted = await openCSVStream(chunksOf(text, 8, 2000, true), options)
    const error = await model.learnFrom(aborted.blocks, { validateEvery: 100, onProgress: () => controller.abort(), signal: controller.signal }).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'E_ABORT' })
    expect(await settled()).toBe(before)
    await model.dispose()
  })

  it('rejects, without hanging, when its worker dies', async () => {
    const body = 'a,y\n' + Array.from({ length: 100_000 }, (_, r) => `${r},${r % 13}\n`).join('')
    const error = await failure(chunksOf(body, 9, 65536, true), { targets: ['y'] })
    expect(error.code).toBe('E_WORKER')
    expect(error.message).toMatch(/exited unexpectedly/)
  })

  it('leaves no unhandled rejection for a piece read after its worker died', async () => {
    const lines = Array.from({ length: 100_000 }, (_, r) => `${r},${r % 13}\n`)
    // The chunk from line 90,001 kills the worker; the next one arrives only after it has died.
    async function* chunks(): AsyncGenerator<string> {
      yield 'a,y\n' + lines.slice(0, 90_000).join('')
      yield lines.slice(90_000, 95_000).join('')
      await new Promise((resolve) => setTimeout(resolve, 300))
      yield lines.slice(95_000).join('')
    }
    const unhandled: unknown[] = []
    const record = (reason: unknown): void => void unhandled.push(reason)
    process.on('unhandledRejection', record)
    try {
      expect((await failure(chunks(), { targets: ['y'] })).code).toBe('E_WORKER')
      await new Promise((resolve) => setTimeout(resolve, 50))
    } finally {
      process.off('unhandledRejection', record)
    }
    expect(unhandled).toEqual([])
  })

  it('learnFrom over a worker-parsed stream equals learnFrom over the same rows as a Dataset', async () => {
    const shape: ModelShape = { inputs: 3, layers: [{ units: 7, points: 3 }, { units: 1, points: 9 }], form: 'mean', precision: 'f64' }
    const data = randomData(shape, 2000, 41, 1.3)
    const json = initialJSON(shape, randomData(shape, 50, 40), 5)
    const csv = 'p,q,r,t\n' + Array.from({ length: data.rows }, (_, r) => `${data.x[3 * r]},${data.x[3 * r + 1]},${data.x[3 * r + 2]},${data.y[r]}\n`).join('')
    const fromDataset = KAN.fromJSON(json)
    const expected = await fromDataset.learnFrom([data])
    const fromStream = KAN.fromJSON(json)
    const stream = await openCSVStream(chunksOf(csv, 10, 3000, true), { targets: ['t'], worker: true })
    const summary = await fromStream.learnFrom(stream.blocks)
    expect(summary.records).toBe(2000)
    expect(bits(summary.totalRmse)).toEqual(bits(expected.totalRmse))
    expect(JSON.stringify(fromStream.toJSON())).toBe(JSON.stringify(fromDataset.toJSON()))
    await fromDataset.dispose()
    await fromStream.dispose()
  })
})
