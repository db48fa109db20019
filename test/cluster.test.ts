/**
 * Training across processes on Redis with BullMQ (src/cluster/): a real redis-server on
 * 127.0.0.1 and `nkkan worker` child processes. The model a cluster trains must equal, bit for
 * bit, `fit(…, { copies: K, threads: 1 })` on one machine — also when a worker is SIGKILLed in
 * the middle of a round, and when the coordinator is killed and started again. Integration
 * tier (vitest.config.ts): .ci/run installs redis-server (scripts/system-tools.mjs).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Queue, QueueEvents, Worker } from 'bullmq'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { KAN } from '../src/index.js'
import type { ClusterOptions } from '../src/train/options.js'
import { type TrainJob, type TrainResult, encodeBlock } from '../src/cluster/jobs.js'
import { writeShard } from '../src/cluster/shard.js'
import { Engine } from '../src/kernels/engine.js'
import { planMemory } from '../src/kernels/layout.js'
import { CASES, type CaseName, caseData, fitCase } from './helpers/cluster-fit.js'
import { type RedisServer, type WorkerProcess, hasRedisServer, startRedis, startWorker } from './helpers/redis.js'

const ROOT = resolve(import.meta.dirname, '..')
const REDIS = hasRedisServer()

/** Resolves when the child prints a line matching `pattern`. */
function lineMatching(child: ChildProcess, pattern: RegExp, seconds: number): Promise<string> {
  return new Promise((done, fail) => {
    let text = ''
    const timer = setTimeout(() => fail(new Error(`no line matching ${pattern} within ${seconds} s:\n${text}`)), seconds * 1000)
    const onData = (chunk: Buffer): void => {
      text += chunk.toString()
      const line = text.split('\n').find((candidate) => pattern.test(candidate))
      if (line !== undefined) {
        clearTimeout(timer)
        for (const stream of [child.stdout, child.stderr]) stream?.off('data', onData)
        done(line)
      }
    }
    for (const stream of [child.stdout, child.stderr]) stream?.on('data', onData)
  })
}

describe.skipIf(!REDIS)(`training on a cluster (redis-server, BullMQ, nkkan worker)${REDIS ? '' : ': SKIPPED, redis-server not found (Debian: apt-get install -y redis-server)'}`, () => {
  let redis: RedisServer
  let dir: string
  const workers: WorkerProcess[] = []
  const expected = new Map<CaseName, Awaited<ReturnType<typeof fitCase>>>()

  beforeAll(async () => {
    ;[redis, dir] = await Promise.all([startRedis(), mkdtemp(join(tmpdir(), 'nkkan-cluster-'))])
    for (const name of Object.keys(CASES) as CaseName[]) expected.set(name, await fitCase(name))
  }, 120_000)

  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.kill()))
    // beforeAll may have failed before setting them.
    await (redis as RedisServer | undefined)?.stop()
    if ((dir as string | undefined) !== undefined) await rm(dir, { recursive: true, force: true })
  })

  const cluster = (queue: string, extra: Partial<ClusterOptions> = {}): ClusterOptions => ({ redis: redis.url, shard: join(dir, `${queue}.nkd`), queue, ...extra })

  async function startWorkers(queue: string, names: readonly string[], extra: readonly string[] = []): Promise<WorkerProcess[]> {
    const started = await Promise.all(names.map((name) => startWorker(['--redis', redis.url, '--queue', queue, '--name', name, ...extra])))
    workers.push(...started)
    return started
  }

  async function stopWorkers(): Promise<void> {
    await Promise.all(workers.splice(0).map((worker) => worker.kill('SIGTERM')))
  }

  async function redisKeys(pattern: string): Promise<string[]> {
    const client = new Redis(redis.url)
    try {
      return await client.keys(pattern)
    } finally {
      await client.quit()
    }
  }
  const checkpoints = (): Promise<string[]> => redisKeys('nkkan:checkpoint:*')

  it('2 worker processes train 3 copies a round: the model equals fit({ copies: 3, threads: 1 }) bit for bit', async () => {
    const running = await startWorkers('plain', ['w1', 'w2'])
    const { json, history } = await fitCase('small', cluster('plain'))
    const reference = expected.get('small')!
    expect(json).toBe(reference.json)
    expect(history.map((log) => [log.round, log.records, log.pearson])).toEqual(reference.history.map((log) => [log.round, log.records, log.pearson]))
    // Both workers trained copies, and the finished run left no checkpoint and no job (each
    // was removed as it completed: its block reached the coordinator in the completion event).
    for (const worker of running) expect(worker.output()).toMatch(/copy \d: trained/)
    expect(await checkpoints()).toEqual([])
    expect(await redisKeys('bull:plain:run-*')).toEqual([])
    await stopWorkers()
  }, 120_000)

  it('3 workers, one SIGKILLed in the middle of a round: its job runs again on another worker, and the model is still bit-identical', async () => {
    const [victim, ...others] = await startWorkers('kill', ['victim', 'second', 'third'], ['--lock-seconds', '2'])
    const fit = fitCase('long', cluster('kill'))
    // Kill the victim as soon as it starts training a copy (a job takes tenths of a second).
    const line = await lineMatching(victim!.child, /round \d+ copy \d+: training/, 60)
    await victim!.kill('SIGKILL')
    const { json } = await fit
    expect(json).toBe(expected.get('long')!.json)
    const [, round, copy] = /round (\d+) copy (\d+)/.exec(line)!
    // The victim never finished that copy; another worker trained it after the lock expired.
    const trained = new RegExp(`round ${round} copy ${copy}: trained`)
    expect(victim!.output()).not.toMatch(trained)
    expect(others.some((worker) => trained.test(worker.output()))).toBe(true)
    await stopWorkers()
  }, 180_000)

  it('a coordinator SIGKILLed after round 3 and started again resumes from the checkpoint in Redis, bit-identical', async () => {
    await startWorkers('restart', ['r1', 'r2'])
    const options = cluster('restart')
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/helpers/cluster-fit.ts'), 'long', JSON.stringify(options)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    // Round 3 has gone out once round 2's checkpoint was stored.
    await lineMatching(child, /^round 3$/, 120)
    const exited = new Promise((done) => child.once('exit', done))
    child.kill('SIGKILL')
    await exited
    expect(await checkpoints()).toHaveLength(1)
    const { json, history } = await fitCase('long', options)
    expect(history[0]!.round).toBeGreaterThanOrEqual(3)
    expect(history.length).toBeLessThan(CASES.long.options.rounds)
    expect(history.at(-1)!.round).toBe(CASES.long.options.rounds)
    expect(history.at(-1)!.records).toBe(expected.get('long')!.history.at(-1)!.records)
    expect(json).toBe(expected.get('long')!.json)
    expect(await checkpoints()).toEqual([])
    await stopWorkers()
  }, 240_000)

  it('an ACL user and password over TLS with a private CA: workers and coordinator connect, the model is bit-identical; a wrong password or no CA is refused', async () => {
    const secure = await startRedis({ tls: true, config: ['user default off', 'user trainer on >s3cret ~* &* +@all'] })
    try {
      const ca = join(secure.dir, 'ca.pem')
      const env = { NKKAN_REDIS_PASSWORD: 's3cret' }
      const started = await Promise.all(['t1', 't2'].map((name) => startWorker(['--redis', secure.url, '--redis-user', 'trainer', '--tls-ca', ca, '--queue', 'secure', '--name', name], env)))
      workers.push(...started)
      const tls = { ca: await readFile(ca, 'utf8') }
      const options = (password: string, withCA = true): ClusterOptions => ({ ...cluster('secure'), redis: { url: secure.url, username: 'trainer', password, ...(withCA ? { tls } : {}) } })
      await expect(fitCase('small', options('wrong'))).rejects.toThrow(/cannot reach Redis at 127\.0\.0\.1:\d+ \(TLS\): WRONGPASS/)
      await expect(fitCase('small', options('s3cret', false))).rejects.toThrow(/cannot reach Redis at 127\.0\.0\.1:\d+ \(TLS\): .*(self-signed|certificate)/)
      const { json } = await fitCase('small', options('s3cret'))
      expect(json).toBe(expected.get('small')!.json)
      await stopWorkers()
    } finally {
      await secure.stop()
    }
  }, 120_000)

  it('nkkan train --redis … --copies 3 --shard … writes the same model file as nkkan train --copies 3 --threads 1', async () => {
    await startWorkers('cli', ['c1', 'c2'])
    const { train } = caseData('small')
    const header = [...Array.from({ length: train.features }, (_, c) => `x${c}`), 'y'].join(',')
    const rows = 6000
    const lines = Array.from({ length: rows }, (_, r) => [...train.x.subarray(r * train.features, (r + 1) * train.features), train.y[r]!].map(String).join(','))
    const csv = join(dir, 'train.csv')
    await writeFile(csv, `${header}\n${lines.join('\n')}\n`)
    const common = ['train', csv, '--target', 'y', '--layers', '33:3,1:12', '--seed', '5', '--rounds', '4', '--batch-size', '2000', '--learning-rate', '0.2', '--copies', '3', '--valid-split', '0', '--quiet']
    const run = (args: string[]): Promise<string> =>
      new Promise((done, fail) => {
        const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), ...common, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
        let text = ''
        for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk: Buffer) => (text += chunk.toString()))
        child.once('exit', (code) => (code === 0 ? done(text) : fail(new Error(`nkkan ${args.join(' ')} exited ${code}:\n${text}`))))
      })
    const [local, remote] = [join(dir, 'local.json'), join(dir, 'remote.json')]
    await run(['--threads', '1', '--out', local])
    expect(await run(['--redis', redis.url, '--queue', 'cli', '--shard', join(dir, 'cli.nkd'), '--out', remote])).toMatch(/trained: 4 rounds/)
    expect(await readFile(remote, 'utf8')).toBe(await readFile(local, 'utf8'))
    await stopWorkers()
  }, 120_000)

  /** A BullMQ worker in this process that answers every job through `answer`. */
  async function rogueWorker(queue: string, answer: (job: TrainJob, attempt: number) => TrainResult | Promise<TrainResult>): Promise<Worker> {
    const worker = new Worker<TrainJob, TrainResult>(queue, async (job) => answer(job.data, job.attemptsMade + 1), { connection: { host: '127.0.0.1', port: redis.port, maxRetriesPerRequest: null } })
    await worker.waitUntilReady()
    return worker
  }

  it('a returned block whose checksum does not match is rejected, never merged: the fit fails and the model is unchanged', async () => {
    const worker = await rogueWorker('tampered', (job) => {
      const block = Buffer.from(job.block, 'base64')
      block[block.length - 1]! ^= 1
      return { worker: 'rogue', block: block.toString('base64'), checksum: job.checksum, input: job.checksum, seconds: 0 }
    })
    const model = KAN.create(CASES.small.shape)
    const { train } = caseData('small')
    await expect(model.fit(train, { ...CASES.small.options, cluster: cluster('tampered') })).rejects.toThrow(/round 1, copy \d from worker rogue has a parameter block whose SHA-256 \w+ is not its checksum \w+: rejected/)
    expect(model.trained).toBe(false)
    await model.dispose()
    await worker.close()
  }, 60_000)

  it('a returned block of the wrong size is rejected', async () => {
    const worker = await rogueWorker('short', (job) => {
      const block = Buffer.from(job.block, 'base64').subarray(8)
      return { worker: 'rogue', block: block.toString('base64'), checksum: '', input: job.checksum, seconds: 0 }
    })
    const model = KAN.create(CASES.small.shape)
    await expect(model.fit(caseData('small').train, { ...CASES.small.options, cluster: cluster('short') })).rejects.toThrow(/worker rogue has a parameter block of \d+ bytes; the model's is \d+: rejected/)
    await model.dispose()
    await worker.close()
  }, 60_000)

  it('a worker rejects a job whose block does not match its checksum, or has the wrong size, at once (no retry)', async () => {
    const [worker] = await startWorkers('badjob', ['checker'])
    const { train } = caseData('small')
    const shard = join(dir, 'badjob.nkd')
    const fingerprint = await writeShard(shard, train)
    const engine = new Engine(planMemory({ shape: { ...CASES.small.shape, form: 'mean', precision: 'f64' }, threads: 1, copies: 1 }))
    const block = engine.copyBytes(0).slice()
    const queue = new Queue<TrainJob>('badjob', { connection: { host: '127.0.0.1', port: redis.port } })
    const events = new QueueEvents('badjob', { connection: { host: '127.0.0.1', port: redis.port } })
    await events.waitUntilReady()
    const base = { run: 'bad', round: 1, copy: 0, shape: { ...CASES.small.shape, form: 'mean', precision: 'f64' } as const, shard, fingerprint, ranges: [0, 100], alpha: 0.1 }
    const good = await encodeBlock(block)
    const cases = [
      { name: 'checksum', block: good.block, checksum: good.checksum.replace(/^./, (c) => (c === '0' ? '1' : '0')), error: /worker checker: .*SHA-256 .* is not its checksum .*: rejected/ },
      { name: 'size', ...(await encodeBlock(block.subarray(16))), error: /worker checker: .*parameter block of \d+ bytes; the model's is \d+: rejected/ },
    ]
    for (const { name, block: encoded, checksum, error } of cases) {
      const job = await queue.add('train', { ...base, run: `bad-${name}`, block: encoded, checksum }, { attempts: 3 })
      await expect(job.waitUntilFinished(events, 30_000)).rejects.toThrow(error)
      expect((await queue.getJob(job.id!))!.attemptsMade).toBe(1)
    }
    expect(worker!.output()).not.toMatch(/trained/)
    await Promise.all([queue.close(), events.close()])
    await stopWorkers()
  }, 60_000)

  it('a job that keeps failing ends the fit with an error naming the worker, the round and the attempts', async () => {
    const worker = await rogueWorker('failing', (job, attempt) => {
      throw new Error(`worker flaky: cannot train round ${job.round} (attempt ${attempt})`)
    })
    const model = KAN.create(CASES.small.shape)
    await expect(model.fit(caseData('small').train, { ...CASES.small.options, cluster: cluster('failing', { attempts: 2 }) })).rejects.toThrow(
      /round 1, copy \d failed after 2 attempts.*worker flaky: cannot train round 1 \(attempt 2\)/,
    )
    await model.dispose()
    await worker.close()
  }, 60_000)

  it('no worker: the round fails at its stated deadline, and nothing is left waiting in the queue', async () => {
    const model = KAN.create(CASES.small.shape)
    const started = performance.now()
    await expect(model.fit(caseData('small').train, { ...CASES.small.options, cluster: cluster('idle', { roundTimeout: 1 }) })).rejects.toThrow(
      /round 1: copies 0, 1, 2 were not trained within the round's deadline of 1 s/,
    )
    expect(performance.now() - started).toBeLessThan(20_000)
    const client = new Redis(redis.url)
    expect(await client.llen('bull:idle:wait')).toBe(0)
    await client.quit()
    await model.dispose()
  }, 60_000)
})
