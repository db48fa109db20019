/**
 * A cluster worker's training: one copy per job, with the same kernels, rows and chunks as the
 * copies on one machine, so a copy trained here has the bits it would have there. The shard is
 * read once and kept, with an engine holding its rows, until a job names other data or shape.
 */
import { type Dataset, checkDataset } from '../data/data.js'
import { Engine, type RowRange } from '../kernels/engine.js'
import { NkkanError } from '../errors.js'
import { planMemory } from '../kernels/layout.js'
import { type ModelShape, checkShape, targetCount } from '../model/model.js'
import { yieldToEventLoop } from '../train/slicer.js'
import { TrainWindow, windowRows } from '../train/window.js'
import { type TrainJob, type TrainResult, decodeBlock, encodeBlock } from './jobs.js'
import { readShard } from './shard.js'

/** Rows trained between yields to the event loop (BullMQ renews the job's lock there). */
const SLICE_ROWS = 16384
const YIELD_EVERY_MS = 50

/** A job that cannot succeed anywhere (bad shape, ranges or block): retrying is pointless. */
export class BadJobError extends NkkanError {}

export class CopyTrainer {
  private readonly worker: string
  private loaded: { shard: string; fingerprint: string; data: Dataset } | undefined
  private prepared: { key: string; engine: Engine; window: TrainWindow } | undefined

  constructor(worker: string) {
    this.worker = worker
  }

  async train(job: TrainJob): Promise<TrainResult> {
    const where = `round ${job.round}, copy ${job.copy}`
    try {
      checkShape(job.shape)
    } catch (error) {
      throw new BadJobError('E_SHAPE', `${where}: the job's model shape is invalid: ${(error as Error).message}`)
    }
    const data = await this.data(job.shard, job.fingerprint)
    if (data.features !== job.shape.inputs || data.targets !== targetCount(job.shape)) {
      throw new BadJobError('E_SHAPE', `${where}: shard ${job.shard} has ${data.features} features and ${data.targets} targets; the model takes ${job.shape.inputs} and ${targetCount(job.shape)}`)
    }
    const ranges = batchRanges(job.ranges, data.rows, where)
    if (typeof job.alpha !== 'number' || !(job.alpha > 0) || !Number.isFinite(job.alpha)) throw new BadJobError('E_VALUE', `${where}: the job's learning rate ${String(job.alpha)} is not a finite number > 0`)
    const { engine, window } = this.engine(job.shape, job.fingerprint, data)
    const input = await decodeBlock(job, engine.plan.copyBytes, `the job of ${where}`).catch((error: unknown) => {
      if (!(error instanceof NkkanError)) throw error
      throw new BadJobError(error.code, error.message)
    })
    engine.copyBytes(0).set(input)
    let kernelMs = 0
    let sliceStart = performance.now()
    for (const [steps] of window.steps([ranges])) {
      for (const [start, end] of steps!) {
        for (let r = start; r < end; ) {
          const r1 = Math.min(r + SLICE_ROWS, end)
          const before = performance.now()
          engine.train(0, r, r1, job.alpha)
          const after = performance.now()
          kernelMs += after - before
          r = r1
          if (after - sliceStart > YIELD_EVERY_MS) {
            await yieldToEventLoop()
            sliceStart = performance.now()
          }
        }
      }
    }
    return { worker: this.worker, ...(await encodeBlock(engine.copyBytes(0))), input: job.checksum, seconds: kernelMs / 1000 }
  }

  private async data(shard: string, fingerprint: string): Promise<Dataset> {
    if (this.loaded?.shard !== shard || this.loaded.fingerprint !== fingerprint) {
      this.loaded = undefined
      this.prepared = undefined
      const read = await readShard(shard)
      checkDataset(read.data, `shard ${shard}`)
      if (read.fingerprint !== fingerprint) {
        throw new NkkanError('E_VALUE', `shard ${shard} holds other data (SHA-256 ${read.fingerprint}) than the coordinator trains on (${fingerprint}); is it the same file on this machine?`)
      }
      this.loaded = { shard, fingerprint, data: read.data }
    }
    return this.loaded.data
  }

  /** An engine with one copy and the shard's rows (all that fit; more stream through). */
  private engine(shape: ModelShape, fingerprint: string, data: Dataset): { engine: Engine; window: TrainWindow } {
    const key = `${fingerprint} ${JSON.stringify(shape)}`
    if (this.prepared?.key !== key) {
      this.prepared = undefined
      const request = { shape, threads: 1, copies: 1 }
      const engine = new Engine(planMemory({ ...request, trainRows: windowRows(request, data.rows, undefined) }))
      this.prepared = { key, engine, window: new TrainWindow(engine, data) }
    }
    return this.prepared
  }
}

function batchRanges(flat: readonly number[], rows: number, where: string): RowRange[] {
  const valid = Array.isArray(flat) && flat.length >= 2 && flat.length % 2 === 0 && flat.every((value) => Number.isInteger(value))
  const ranges: RowRange[] = []
  for (let q = 0; valid && q < flat.length; q += 2) ranges.push([flat[q]!, flat[q + 1]!])
  if (!valid || ranges.some(([start, end]) => start < 0 || start >= end || end > rows)) {
    throw new BadJobError('E_SHAPE', `${where}: the job's rows ${JSON.stringify(flat)} are not ranges within the shard's ${rows} rows`)
  }
  return ranges
}
