/**
 * Training across processes on Redis with BullMQ (src/cluster/): a real redis-server on
 * 127.0.0.1 and `nkkan worker` child processes. The model a cluster trains must equal, bit for
 * bit, `fit(…, { copies: K, threads: 1 })` on one machine — also when a worker is SIGKILLed in
 * the middle of a round, and when the coordinator is killed and started again. Integration
 * tier (vitest.config.ts): .ci/run installs redis-server (scripts/system-tools.mjs).
 */
import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Redis } from 'ioredis'
import { KAN, datasets } from '../src/index.js'
import type { EpochLog, FitOptions } from '../src/options.js'
import { type RedisServer, type WorkerProcess, hasRedisServer, startRedis, startWorker } from './helpers/redis.js'

const ROOT = resolve(import.meta.dirname, '..')
const { train, valid } = datasets.det({ size: 4, train: 12_000, valid: 500, seed: 3 })
const SHAPE = { inputs: 16, layers: [{ units: 33, points: 3 }, { units: 1, points: 12 }], seed: 5 }
const BASE: FitOptions = { copies: 3, batchSize: 2000, rounds: 6, learningRate: 0.2, validation: valid }

/** The same fit on this machine, copies taking turns on the calling thread. */
async function reference(options: FitOptions = BASE): Promise<{ json: string; history: EpochLog[] }> {
  const model = KAN.create(SHAPE)
  const history = await model.fit(train, { ...options, threads: 1 })
  const json = JSON.stringify(model.toJSON())
  await model.dispose()
  return { json, history }
}

const REDIS = hasRedisServer()

describe.skipIf(!REDIS)(`training on a cluster (redis-server, BullMQ, nkkan worker)${REDIS ? '' : ': SKIPPED, redis-server not found (Debian: apt-get install -y redis-server)'}`, () => {
  let redis: RedisServer
  let dir: string
  const workers: WorkerProcess[] = []
  let expected: { json: string; history: EpochLog[] }

  beforeAll(async () => {
    ;[redis, dir, expected] = await Promise.all([startRedis(), mkdtemp(join(tmpdir(), 'nkkan-cluster-')), reference()])
  }, 60_000)

  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.kill()))
    await redis?.stop()
    if (dir !== undefined) await rm(dir, { recursive: true, force: true })
  })

  const cluster = (name: string, extra: Record<string, unknown> = {}): FitOptions['cluster'] => ({ redis: redis.url, shard: join(dir, `${name}.nkd`), queue: name, ...extra })

  it('2 worker processes train 3 copies a round: the model equals fit({ copies: 3, threads: 1 }) bit for bit', async () => {
    const queue = 'plain'
    workers.push(...(await Promise.all([startWorker(['--redis', redis.url, '--queue', queue, '--name', 'w1']), startWorker(['--redis', redis.url, '--queue', queue, '--name', 'w2'])])))
    const model = KAN.create(SHAPE)
    const history = await model.fit(train, { ...BASE, cluster: cluster(queue) })
    expect(JSON.stringify(model.toJSON())).toBe(expected.json)
    expect(history.map((log) => log.pearson)).toEqual(expected.history.map((log) => log.pearson))
    expect(history.map((log) => log.records)).toEqual(expected.history.map((log) => log.records))
    // Both workers took part, and nothing of the run is left in Redis.
    for (const name of ['w1', 'w2']) expect(workers.find((w) => w.output().includes(`worker ${name} `))?.output()).toMatch(/copy \d: trained/)
    const client = new Redis(redis.url)
    expect(await client.keys('nkkan:checkpoint:*')).toEqual([])
    await client.quit()
    await model.dispose()
    await Promise.all(workers.splice(0).map((worker) => worker.kill('SIGTERM')))
  }, 120_000)
})
