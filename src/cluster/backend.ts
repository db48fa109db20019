/**
 * Disjoint-batch training across processes and machines (ALGORITHM §3): each round the
 * coordinator (this backend, on the calling thread) puts one BullMQ job per copy in the queue,
 * workers (src/cluster/worker.ts) train the copies from the merged block and return them, and
 * the coordinator checks each block, writes it into its copy of a local engine and merges with
 * the averaging kernel — the same bytes in, the same kernels, the same merge as `copies: K` on
 * one machine, so the same model bit for bit.
 *
 * After every merge the round and the merged block are stored in Redis (the checkpoint); a
 * coordinator started again on the same run (same model, data and options, or the same
 * `cluster.run`) resumes after the last merged round. Every wait has a deadline:
 * CONNECT_SECONDS to reach Redis, `roundTimeout` for a round's jobs (retries included).
 */
import { type Backend, MergedOnCallingThread, type RoundTiming } from '../train/backend.js'
import type { Dataset } from '../data/data.js'
import { Engine, type RowRange } from '../kernels/engine.js'
import { NkkanError, untilAborted } from '../errors.js'
import { field } from '../untrusted.js'
import { planMemory } from '../kernels/layout.js'
import type { ModelState } from '../model/model.js'
import type { ClusterOptions, ResolvedFitOptions } from '../train/options.js'
import { TRAINING_ABORTED, checkAbort } from '../train/train.js'
import { coordinatorNeed } from '../train/memory-needs.js'
import { type EncodedBlock, type TrainJob, type TrainResult, decodeBlock, encodeBlock } from './jobs.js'
import { CONNECT_SECONDS, loadBullMQ, loadIORedis, redisLabel, redisOptions, withDeadline } from './redis.js'
import { dataFingerprint, sha256, shardFile, writeShard } from './shard.js'
import { DEFAULT_QUEUE } from './worker.js'

import type { Queue, QueueEvents } from 'bullmq'
import type { Redis } from 'ioredis'

export const DEFAULT_ROUND_TIMEOUT_SECONDS = 600
export const DEFAULT_ATTEMPTS = 3
/** A checkpoint outlives its coordinator by this long (seconds): time enough to restart it. */
const CHECKPOINT_SECONDS = 7 * 24 * 3600

interface Checkpoint {
  readonly round: number
  readonly block: string
  readonly checksum: string
}

interface Connections {
  readonly queue: Queue
  readonly events: QueueEvents
  readonly redis: Redis
  readonly label: string
}

export class ClusterBackend extends MergedOnCallingThread implements Backend {
  readonly copies: number
  /** Rounds merged by an earlier coordinator of this run (from the checkpoint); 0 for a new run. */
  readonly resumedRounds: number
  private readonly connections: Connections
  private readonly job: Pick<TrainJob, 'run' | 'shape' | 'shard' | 'fingerprint'>
  private readonly attempts: number
  private readonly roundTimeout: number
  private roundsMerged: number
  /** The merged block as the last checkpoint encoded it: the next round's jobs carry it. */
  private merged: EncodedBlock | undefined
  private checkpointing: Promise<void> = Promise.resolve()
  private closed = false

  private constructor(engine: Engine, validRows: number, connections: Connections, job: ClusterBackend['job'], cluster: ClusterOptions, resumedRounds: number) {
    super(engine, validRows)
    this.copies = engine.plan.copies
    this.connections = connections
    this.job = job
    this.attempts = cluster.attempts ?? DEFAULT_ATTEMPTS
    this.roundTimeout = cluster.roundTimeout ?? DEFAULT_ROUND_TIMEOUT_SECONDS
    this.resumedRounds = resumedRounds
    this.roundsMerged = resumedRounds
  }

  static async open(state: ModelState, data: Dataset, options: ResolvedFitOptions & { cluster: ClusterOptions }): Promise<ClusterBackend> {
    const { cluster, validation, copies } = options
    const [{ Queue, QueueEvents }, { Redis }] = await Promise.all([loadBullMQ(), loadIORedis()])
    const connection = redisOptions(cluster.redis, 'coordinator')
    const label = redisLabel(connection)
    const file = await shardFile(cluster.shard)
    const fingerprint = file === undefined ? await dataFingerprint(data) : await writeShard(file, data)
    const engine = new Engine(planMemory(coordinatorNeed(state.shape, copies, validation?.rows ?? 0).request))
    engine.writeModel(state, 0)
    if (validation !== undefined) engine.writeEval(validation.x)
    const start = await encodeBlock(engine.copyBytes(0))
    const alpha = options.learningRate({ round: 1, epoch: 0 })
    const run =
      cluster.run ?? `run-${(await sha256(new TextEncoder().encode(JSON.stringify([state.shape, fingerprint, start.checksum, copies, options.batchSize, options.rounds, alpha])))).slice(0, 20)}`
    const name = cluster.queue ?? DEFAULT_QUEUE
    const redis = new Redis({ ...connection, lazyConnect: true })
    let problem: Error | undefined
    redis.on('error', (error: Error) => (problem = error))
    try {
      await withDeadline(redis.connect(), CONNECT_SECONDS, () => `cannot reach Redis at ${label} within ${CONNECT_SECONDS} s${problem === undefined ? '' : `: ${problem.message}`}`)
    } catch (error) {
      redis.disconnect()
      if (error instanceof NkkanError) throw error
      throw new NkkanError('E_WORKER', `cannot reach Redis at ${label}: ${(problem ?? (error as Error)).message}`, { cause: error })
    }
    const queue = new Queue(name, { connection })
    const events = new QueueEvents(name, { connection })
    queue.on('error', () => undefined)
    events.on('error', () => undefined)
    const connections = { queue, events, redis, label }
    try {
      await withDeadline(Promise.all([queue.waitUntilReady(), events.waitUntilReady()]), CONNECT_SECONDS, () => `cannot reach Redis at ${label} within ${CONNECT_SECONDS} s`)
      const checkpoint = await readCheckpoint(redis, checkpointKey(run), engine.plan.copyBytes)
      if (checkpoint !== undefined) {
        engine.copyBytes(0).set(checkpoint.bytes)
        engine.spreadMerged()
      }
      return new ClusterBackend(engine, validation?.rows ?? 0, connections, { run, shape: state.shape, shard: cluster.shard, fingerprint }, cluster, checkpoint?.round ?? 0)
    } catch (error) {
      await disconnect(connections)
      throw error
    }
  }

  async round(batches: readonly (readonly RowRange[])[], alpha: number, signal: AbortSignal | undefined): Promise<RoundTiming> {
    checkAbort(signal)
    const round = this.roundsMerged + 1
    const merged = this.merged ?? (await encodeBlock(this.engine.copyBytes(0)))
    const jobs = batches.map((ranges, copy): TrainJob => ({ ...this.job, round, copy, ranges: ranges.flat(), alpha, ...merged }))
    // Listening before the jobs go out: a job done at once is still heard of.
    const outcomes = this.listen(jobs.map(jobId))
    let results: TrainResult[]
    try {
      await this.enqueue(jobs, round === this.resumedRounds + 1)
      await this.checkpointing
      results = await this.finish(outcomes.results, jobs, round, signal)
    } catch (error) {
      await this.remove(jobs)
      throw error
    } finally {
      outcomes.stop()
    }
    for (const [copy, result] of results.entries()) {
      // A worker's reply comes from another process: checked as untyped data.
      const what = `the block of round ${round}, copy ${copy} from worker ${String(field(result, 'worker'))}`
      const input = field(result, 'input')
      if (input !== merged.checksum) throw new NkkanError('E_VALUE', `${what} was trained from another model (SHA-256 ${String(input)}, not ${merged.checksum}): rejected`)
      this.engine.copyBytes(copy).set(await decodeBlock(result, this.engine.plan.copyBytes, what))
    }
    const merging = performance.now()
    this.engine.averageCopies()
    this.engine.spreadMerged()
    const mergeSeconds = (performance.now() - merging) / 1000
    // The checkpoint is stored while the next round's jobs go out (a coordinator that dies
    // meanwhile resumes one round earlier: the same model, a round later). BullMQ removed the
    // done jobs as it completed them.
    this.merged = await encodeBlock(this.engine.copyBytes(0))
    const checkpoint: Checkpoint = { round, ...this.merged }
    this.checkpointing = this.connections.redis.set(checkpointKey(this.job.run), JSON.stringify(checkpoint), 'EX', CHECKPOINT_SECONDS).then(() => undefined)
    this.roundsMerged = round
    return { threadSeconds: results.map((result) => result.seconds), mergeSeconds }
  }

  /** The fit completed: a coordinator started again on this run trains it anew. */
  async finished(): Promise<void> {
    await this.checkpointing
    await this.connections.redis.del(checkpointKey(this.job.run))
  }

  override async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.checkpointing.catch(() => undefined)
    await disconnect(this.connections)
  }

  /**
   * Adds a round's jobs, in one request. In the first round of a coordinator, a job of the same
   * id may be left by an earlier coordinator of this run (the same block, rows and α): it is
   * reused, unless it failed. A completed job is removed by BullMQ at once (its result reaches
   * the coordinator in the completion event): no request per job to remove it.
   */
  private async enqueue(jobs: readonly TrainJob[], first: boolean): Promise<void> {
    const { queue } = this.connections
    const options = (job: TrainJob) => ({ jobId: jobId(job), attempts: this.attempts, backoff: { type: 'fixed', delay: 1000 }, removeOnComplete: true, removeOnFail: { age: 24 * 3600 } })
    if (first) {
      const states = await Promise.all(jobs.map((job) => queue.getJobState(jobId(job))))
      await Promise.all(jobs.flatMap((job, copy) => (states[copy] === 'failed' ? [queue.remove(jobId(job))] : [])))
    }
    await queue.addBulk(jobs.map((job) => ({ name: 'train', data: job, opts: options(job) })))
  }

  /** Removes the jobs of a round that did not complete (waiting or failed ones; a running one keeps its lock). */
  private async remove(jobs: readonly TrainJob[]): Promise<void> {
    await Promise.all(jobs.map((job) => this.connections.queue.remove(jobId(job)).catch(() => undefined)))
  }

  /**
   * The outcomes of the jobs `ids`, from one 'completed' and one 'failed' listener on the queue's
   * events (not one pair per job, and no request per job to ask whether it finished already).
   * `results` settles when all completed or one failed for good (BullMQ sends 'failed' once its
   * attempts are spent); `stop` removes the listeners.
   */
  private listen(ids: readonly string[]): { results: Promise<Outcome[]>; stop: () => void } {
    const { events } = this.connections
    const index = new Map(ids.map((id, copy) => [id, copy]))
    const outcomes = new Array<Outcome | undefined>(ids.length)
    let pending = ids.length
    let settle: (outcomes: Outcome[]) => void = () => undefined
    const results = new Promise<Outcome[]>((resolve) => (settle = resolve))
    const record = (id: string, outcome: Outcome): void => {
      const copy = index.get(id)
      if (copy === undefined || outcomes[copy] !== undefined) return
      outcomes[copy] = outcome
      if (outcome.failed !== undefined) settle([outcome])
      else if (--pending === 0) settle(outcomes as Outcome[])
    }
    const onCompleted = ({ jobId: id, returnvalue }: { jobId: string; returnvalue: unknown }): void => record(id, { copy: index.get(id) ?? -1, result: returnvalue as TrainResult })
    const onFailed = ({ jobId: id, failedReason }: { jobId: string; failedReason: string }): void => record(id, { copy: index.get(id) ?? -1, failed: failedReason })
    events.on('completed', onCompleted)
    events.on('failed', onFailed)
    return {
      results,
      stop: () => {
        events.off('completed', onCompleted)
        events.off('failed', onFailed)
      },
    }
  }

  /** The results of a round's jobs, in copy order; rejects on a failed job, the deadline or an abort. */
  private async finish(outcomes: Promise<Outcome[]>, jobs: readonly TrainJob[], round: number, signal: AbortSignal | undefined): Promise<TrainResult[]> {
    const done = new Set<number>()
    const results = outcomes.then(async (settled) => {
      const failed = settled.find((outcome) => outcome.failed !== undefined)
      if (failed !== undefined) throw await this.failure(jobs[failed.copy]!, round, failed.copy, failed.failed!)
      for (const { copy } of settled) done.add(copy)
      return settled.map((outcome) => outcome.result!)
    })
    try {
      return await withDeadline(untilAborted(results, signal, TRAINING_ABORTED), this.roundTimeout, () => {
        const waiting = jobs.map((_, copy) => copy).filter((copy) => !done.has(copy))
        return `round ${round}: copies ${waiting.join(', ')} were not trained within the round's deadline of ${this.roundTimeout} s (cluster.roundTimeout); are workers running (nkkan worker --redis …) on queue ${this.connections.queue.name} at ${this.connections.label}?`
      })
    } finally {
      results.catch(() => undefined)
    }
  }

  private async failure(job: TrainJob, round: number, copy: number, failedReason: string): Promise<NkkanError> {
    const latest = await this.connections.queue.getJob(jobId(job)).catch(() => undefined)
    const attempts = latest?.attemptsMade ?? this.attempts
    const reason = latest?.failedReason ?? failedReason
    const worker = latest?.processedBy === undefined ? '' : ` (last on worker ${latest.processedBy})`
    return new NkkanError('E_WORKER', `round ${round}, copy ${copy} failed after ${attempts} attempt${attempts === 1 ? '' : 's'}${worker}: ${reason}`)
  }
}

/** A job's end as its event tells it: the trained block, or why it failed for good. */
interface Outcome {
  readonly copy: number
  readonly result?: TrainResult
  readonly failed?: string
}

function jobId(job: Pick<TrainJob, 'run' | 'round' | 'copy'>): string {
  return `${job.run}-${job.round}-${job.copy}`
}

function checkpointKey(run: string): string {
  return `nkkan:checkpoint:${run}`
}

async function readCheckpoint(redis: Redis, key: string, copyBytes: number): Promise<{ round: number; bytes: Uint8Array } | undefined> {
  const text = await redis.get(key)
  if (text === null) return undefined
  let checkpoint: Checkpoint
  try {
    checkpoint = JSON.parse(text) as Checkpoint
  } catch {
    throw new NkkanError('E_FORMAT', `the checkpoint ${key} in Redis is not JSON; delete it to start the run anew`)
  }
  if (!Number.isInteger(checkpoint.round) || checkpoint.round < 1) throw new NkkanError('E_FORMAT', `the checkpoint ${key} in Redis has no round number; delete it to start the run anew`)
  return { round: checkpoint.round, bytes: await decodeBlock(checkpoint, copyBytes, `the checkpoint ${key} in Redis`) }
}

/** Closes the connections, within CONNECT_SECONDS (then drops them). */
async function disconnect({ queue, events, redis }: Connections): Promise<void> {
  const closing = Promise.allSettled([queue.close(), events.close(), redis.quit()])
  await withDeadline(closing, CONNECT_SECONDS, () => 'closing the Redis connections timed out').catch(() => {
    redis.disconnect()
    void queue.disconnect()
    void events.disconnect()
  })
}
