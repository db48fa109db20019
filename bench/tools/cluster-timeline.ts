// Where a cluster round's time goes: a fit on 2 local `nkkan worker` processes, then the
// queue's event stream read back from Redis (its entry ids are Redis's clock in ms), giving per
// round and copy: enqueued → taken by a worker (the worker's wake-up and fetch), taken →
// completed minus the copy's kernel time (decode, encode, checksum, returning the block), and
// the coordinator's time from the last completion to the next round's jobs (receiving the
// results, checks, merge, encoding the next block). Det4 16 → 70:3 → 1:30, 2 copies.
// Run: node --import tsx bench/tools/cluster-timeline.ts [batchSize] [rounds]
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Redis } from 'ioredis'
import { KAN, datasets } from '../../src/index.js'
import { startRedis, startWorker } from '../../test/helpers/redis.js'

const batchSize = Number(process.argv[2] ?? 50_000)
const rounds = Number(process.argv[3] ?? 8)
const { train } = datasets.det({ size: 4, train: 100_000, valid: 1, seed: 1 })
const redis = await startRedis()
const dir = await mkdtemp(join(tmpdir(), 'nkkan-timeline-'))
const workers = await Promise.all(['t1', 't2'].map((name) => startWorker(['--redis', redis.url, '--name', name])))
try {
  await using model = KAN.create({ inputs: 16, layers: [{ units: 70, points: 3 }, { units: 1, points: 30 }], seed: 1 })
  const logs = await model.fit(train, { copies: 2, batchSize, rounds, learningRate: 0.1, cluster: { redis: redis.url, shard: join(dir, 'det4.nkd') } })
  const client = new Redis(redis.url)
  const entries = (await client.xrange('bull:nkkan:events', '-', '+')) as [string, string[]][]
  client.disconnect()
  // jobId → event → Redis time (ms)
  const times = new Map<string, Record<string, number>>()
  for (const [id, fields] of entries) {
    const at = Number(id.split('-')[0])
    const event = fields[fields.indexOf('event') + 1]!
    const job = fields[fields.indexOf('jobId') + 1]
    if (job === undefined) continue
    const record = times.get(job) ?? {}
    record[event] ??= at
    times.set(job, record)
  }
  const byRound = new Map<number, Record<string, number>[]>()
  for (const [job, record] of times) {
    const match = /-(\d+)-(\d+)$/.exec(job)
    if (match === null) continue
    const [round, copy] = [Number(match[1]), Number(match[2])]
    const list = byRound.get(round) ?? []
    list[copy] = record
    byRound.set(round, list)
  }
  console.log('round  wall ms  kernel ms (copies)  enqueued→taken ms (copies)  taken→done − kernel ms (copies)  last done→next enqueued ms')
  for (let round = 1; round <= rounds; round++) {
    const log = logs[round - 1]!
    const copies = byRound.get(round) ?? []
    const next = byRound.get(round + 1)
    const kernel = log.threadSeconds.map((s) => (1000 * s).toFixed(0))
    const taken = copies.map((c) => String((c.active ?? NaN) - (c.waiting ?? c.added ?? NaN)))
    const beyond = copies.map((c, i) => ((c.completed ?? NaN) - (c.active ?? NaN) - 1000 * log.threadSeconds[i]!).toFixed(0))
    const lastDone = Math.max(...copies.map((c) => c.completed ?? NaN))
    const gap = next === undefined ? '—' : String(Math.min(...next.map((c) => c.waiting ?? c.added ?? NaN)) - lastDone)
    console.log(`${round}  ${(1000 * (log.trainSeconds + log.mergeSeconds)).toFixed(0)}  ${kernel.join(' ')}  ${taken.join(' ')}  ${beyond.join(' ')}  ${gap}`)
  }
} finally {
  await Promise.all(workers.map((worker) => worker.kill('SIGTERM')))
  await redis.stop()
  await rm(dir, { recursive: true, force: true })
}
