/**
 * A pool of worker threads, started once and reused across fit calls. Any worker failure
 * (a thrown error, a crash, an unexpected exit, a 'failed' reply) breaks the pool: every
 * pending and later request rejects with that error, so nothing waits forever.
 */
import { NkkanError } from '../errors.js'
import type { WorkerReply, WorkerRequest } from '../kernels/protocol.js'
import { type WorkerHandle, startWorkerThread } from './worker-host.js'

interface Pending {
  resolve(reply: WorkerReply): void
  reject(error: NkkanError): void
}

export class WorkerPool {
  private readonly workers: WorkerHandle[]
  private readonly pending: Pending[][]
  private brokenBy: NkkanError | undefined
  private readonly onBreak = new Set<(error: NkkanError) => void>()

  private constructor(workers: WorkerHandle[]) {
    this.workers = workers
    this.pending = workers.map(() => [])
    workers.forEach((worker, index) =>
      worker.listen(
        (reply) => {
          if (reply.type === 'failed') this.break(new NkkanError('E_WORKER', reply.message))
          else this.pending[index]!.shift()?.resolve(reply)
        },
        (error) => this.break(error),
      ),
    )
  }

  static async start(threads: number): Promise<WorkerPool> {
    const started = await Promise.allSettled(Array.from({ length: threads }, (_, index) => startWorkerThread(index)))
    const workers = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []))
    const failed = started.find((result) => result.status === 'rejected')
    if (failed !== undefined) {
      // No worker outlives a pool that could not start.
      await Promise.all(workers.map((worker) => worker.terminate()))
      throw failed.reason
    }
    const pool = new WorkerPool(workers)
    pool.keepAlive(false)
    return pool
  }

  get size(): number {
    return this.workers.length
  }

  get broken(): boolean {
    return this.brokenBy !== undefined
  }

  /** Sends a request to worker `index` and resolves with its next reply. */
  request(index: number, request: WorkerRequest, transfer?: ArrayBuffer[]): Promise<WorkerReply> {
    if (this.brokenBy !== undefined) return Promise.reject(this.brokenBy)
    return new Promise((resolve, reject) => {
      this.pending[index]!.push({ resolve, reject })
      this.workers[index]!.post(request, transfer)
    })
  }

  /** Sends without waiting for a reply (a worker entering the shared-memory control loop). */
  send(index: number, request: WorkerRequest): void {
    this.workers[index]!.post(request)
  }

  /** Resolves `work` unless the pool breaks first, in which case it rejects with that error. */
  guard<T>(work: Promise<T>): Promise<T> {
    if (this.brokenBy !== undefined) return Promise.reject(this.brokenBy)
    let stop: ((error: NkkanError) => void) | undefined
    const broken = new Promise<never>((_, reject) => {
      stop = reject
      this.onBreak.add(reject)
    })
    return Promise.race([work, broken]).finally(() => this.onBreak.delete(stop!))
  }

  /** While training, workers keep a Node process alive; idle, they must not. */
  keepAlive(alive: boolean): void {
    for (const worker of this.workers) worker.keepAlive(alive)
  }

  /** Ends every worker; work still pending rejects (E_STATE) instead of waiting forever. */
  async terminate(): Promise<void> {
    this.break(new NkkanError('E_STATE', 'the workers were ended (model disposed) while work was pending'))
    await Promise.all(this.workers.map((worker) => worker.terminate()))
  }

  private break(error: NkkanError): void {
    if (this.brokenBy !== undefined) return
    this.brokenBy = error
    for (const queue of this.pending) for (const waiter of queue.splice(0)) waiter.reject(error)
    for (const reject of this.onBreak) reject(error)
  }
}
