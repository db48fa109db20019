/**
 * A cluster worker (`nkkan worker --redis …`): takes training jobs from the BullMQ queue one at
 * a time, trains the copy (src/cluster/trainer.ts) and returns its block. BullMQ holds a lock
 * on a job while it runs, renewed every lockSeconds / 2; a worker that dies (SIGKILL, lost
 * machine) stops renewing it, and after lockSeconds another worker's stalled-job check puts
 * the job back in the queue: another worker trains that copy from the same block.
 */
import { NkkanError } from '../errors.js'
import type { TrainJob, TrainResult } from './jobs.js'
import type { RedisConnection } from '../train/options.js'
import { loadBullMQ, redisLabel, redisOptions } from './redis.js'
import { BadJobError, CopyTrainer } from './trainer.js'

export const DEFAULT_QUEUE = 'nkkan'

export interface ClusterWorkerOptions {
  redis: string | RedisConnection
  /** The queue's name; the coordinator's `cluster.queue`. Default 'nkkan'. */
  queue?: string
  /** Named in the coordinator's errors. Default host:pid. */
  name?: string
  /** Seconds after which a job of a worker that stopped answering runs again elsewhere. Default 30. */
  lockSeconds?: number
  /** One line per job and per problem. */
  log?: (line: string) => void
}

export interface ClusterWorker {
  readonly name: string
  /** Finishes the running job (if any), then disconnects. */
  close(): Promise<void>
}

export async function startClusterWorker(options: ClusterWorkerOptions): Promise<ClusterWorker> {
  const { Worker, UnrecoverableError } = await loadBullMQ()
  const connection = redisOptions(options.redis, 'worker')
  const name = options.name ?? `${(await import('node:os')).hostname()}:${process.pid}`
  const lockSeconds = options.lockSeconds ?? 30
  if (!(lockSeconds > 0) || !Number.isFinite(lockSeconds)) throw new NkkanError('E_OPTION', `lockSeconds must be a number > 0, got ${String(lockSeconds)}`)
  const log = options.log ?? (() => undefined)
  const trainer = new CopyTrainer(name)
  const worker = new Worker<TrainJob, TrainResult>(
    options.queue ?? DEFAULT_QUEUE,
    async (job) => {
      const started = performance.now()
      log(`${job.data.run} round ${job.data.round} copy ${job.data.copy}: training (attempt ${job.attemptsMade + 1})`)
      try {
        const result = await trainer.train(job.data)
        log(`${job.data.run} round ${job.data.round} copy ${job.data.copy}: trained in ${((performance.now() - started) / 1000).toFixed(3)} s`)
        return result
      } catch (error) {
        const message = `worker ${name}: ${(error as Error).message}`
        log(`${job.data.run} round ${job.data.round} copy ${job.data.copy}: failed: ${message}`)
        throw error instanceof BadJobError ? new UnrecoverableError(message) : new Error(message, { cause: error })
      }
    },
    {
      connection,
      name,
      concurrency: 1,
      lockDuration: lockSeconds * 1000,
      stalledInterval: lockSeconds * 1000,
      // A copy whose worker died twice is not the copy's fault; a third death ends the fit.
      maxStalledCount: 2,
    },
  )
  worker.on('error', (error) => log(`worker ${name}: ${error.message}`))
  await worker.waitUntilReady()
  log(`worker ${name} is taking jobs from queue ${options.queue ?? DEFAULT_QUEUE} on ${redisLabel(connection)}`)
  return { name, close: () => worker.close() }
}
