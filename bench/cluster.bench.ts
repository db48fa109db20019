/**
 * Training on a cluster (src/cluster/) against training in this process, Det4 16 → 70:3 → 1:30:
 * a redis-server on 127.0.0.1 and 2 `nkkan worker` processes on this machine.
 * 1. records/s at batch 50,000 with 2 copies (rounds 2–9 of 9): cluster vs the in-process
 *    2-thread fit, the settings taking turns, fastest of REPEATS and the median of the turns'
 *    ratios; each one's time per round beyond its slowest copy's kernel time (for the
 *    cluster: enqueueing, Redis hops, base64 and SHA-256 both ways, the merge and the
 *    checkpoint; in process: waking the threads and the merge), the queue's cost as the
 *    difference, and the bytes a round moves into and out of Redis (its INFO counters, rounds
 *    2 to the end).
 * 2. The queue's latency alone: a model whose training takes microseconds, 2 and 8 copies.
 * 3. Weak scaling: K = 1 … 16 copies of 5,000 records on the 2 workers (copies take turns):
 *    rounds/s and the per-round cost, from which a real cluster's can be estimated.
 * Run: npm run bench -- cluster (needs redis-server)
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os, { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Redis } from 'ioredis'
import { KAN, datasets } from '../src/index.js'
import type { EpochLog, FitOptions } from '../src/train/options.js'
import { planMemory } from '../src/kernels/layout.js'
import { hasRedisServer, startRedis, startWorker } from '../test/helpers/redis.js'
import { machineLine, printTable } from './report.js'

const REPEATS = 5
const SHAPE = { inputs: 16, layers: [{ units: 70, points: 3 }, { units: 1, points: 30 }] }
const { train } = datasets.det({ size: 4, train: 100_000, valid: 1, seed: 1 })

if (!hasRedisServer()) {
  console.log('\n### Cluster: skipped, redis-server not found (apt-get install -y redis-server)')
} else {
  const redis = await startRedis()
  const dir = await mkdtemp(join(tmpdir(), 'nkkan-bench-cluster-'))
  const workers = await Promise.all(['b1', 'b2'].map((name) => startWorker(['--redis', redis.url, '--name', name])))
  const cluster = { redis: redis.url, shard: join(dir, 'det4.nkd') }
  const copyBytes = planMemory({ shape: { ...SHAPE, form: 'mean', precision: 'f64' }, threads: 1, copies: 1 }).copyBytes
  const stats = new Redis(redis.url)
  /** Bytes Redis has received and sent so far. */
  async function netBytes(): Promise<{ input: number; output: number }> {
    const info = await stats.info('stats')
    const counter = (name: string): number => Number(new RegExp(`^${name}:(\\d+)`, 'm').exec(info)?.[1])
    return { input: counter('total_net_input_bytes'), output: counter('total_net_output_bytes') }
  }
  /** Bytes into and out of Redis per round after the first, of the last fit run by `fit`. */
  let traffic = { input: NaN, output: NaN }

  async function fit(options: FitOptions, shape: typeof SHAPE = SHAPE): Promise<EpochLog[]> {
    await using model = KAN.create({ ...shape, seed: 1 })
    let afterFirst: Promise<{ input: number; output: number }> | undefined
    const history = await model.fit(train, { learningRate: 0.1, ...options, onRound: (log) => {
        if (log.round === 1) afterFirst = netBytes()
      },
    })
    const [start, end] = await Promise.all([afterFirst, netBytes()])
    traffic = start === undefined ? { input: NaN, output: NaN } : { input: (end.input - start.input) / (history.length - 1), output: (end.output - start.output) / (history.length - 1) }
    return history
  }
  const kilobytes = ({ input, output }: { input: number; output: number }): string => `${(input / 1000).toFixed(0)} kB in, ${(output / 1000).toFixed(0)} kB out`
  /** Steady state: rounds after the first (the first reads the shard, compiles, fills caches). */
  const steady = (history: EpochLog[]): EpochLog[] => history.slice(1)
  const seconds = (logs: EpochLog[]): number => logs.reduce((sum, log) => sum + log.trainSeconds + log.mergeSeconds, 0)
  const beyondKernelMs = (logs: EpochLog[]): number => (1000 * logs.reduce((sum, log) => sum + log.trainSeconds + log.mergeSeconds - Math.max(...log.threadSeconds), 0)) / logs.length
  const slowestKernelMs = (logs: EpochLog[]): number => (1000 * logs.reduce((sum, log) => sum + Math.max(...log.threadSeconds), 0)) / logs.length

  try {
    const rounds = 9
    const batchSize = 50_000
    const best: Record<'local' | 'cluster', EpochLog[] | undefined> = { local: undefined, cluster: undefined }
    const ratios: number[] = []
    let clusterTraffic = traffic
    for (let repeat = 0; repeat < REPEATS; repeat++) {
      const turn: Partial<Record<'local' | 'cluster', EpochLog[]>> = {}
      for (const where of ['local', 'cluster'] as const) {
        const logs = steady(await fit({ copies: 2, batchSize, rounds, ...(where === 'local' ? { threads: 2 } : { cluster }) }))
        turn[where] = logs
        if (where === 'cluster') clusterTraffic = traffic
        if (best[where] === undefined || seconds(logs) < seconds(best[where])) best[where] = logs
      }
      ratios.push(seconds(turn.local!) / seconds(turn.cluster!))
    }
    const rate = (logs: EpochLog[]): number => (logs.length * 2 * batchSize) / seconds(logs)
    const load = os.loadavg().map((value) => value.toFixed(1)).join(', ')
    console.log(
      `\n### Cluster vs this process, Det4 16 → 70:3 → 1:30 f64, 2 copies × ${batchSize.toLocaleString('en-US')} records a round (fastest of ${REPEATS} turns, rounds 2–${rounds})\n\n${machineLine(2)}; load average ${load}\n`,
    )
    printTable(
      ['where', 'records/s', '× in-process', 'ms per round', 'slowest copy kernel ms', 'beyond kernel ms/round', 'bytes/round through Redis'],
      (['local', 'cluster'] as const).map((where) => {
        const logs = best[where]!
        return [
          where === 'local' ? 'in process, 2 threads' : '2 nkkan worker processes',
          Math.round(rate(logs)).toLocaleString('en-US'),
          (rate(logs) / rate(best.local!)).toFixed(3),
          ((1000 * seconds(logs)) / logs.length).toFixed(1),
          slowestKernelMs(logs).toFixed(1),
          beyondKernelMs(logs).toFixed(1),
          where === 'local' ? '—' : kilobytes(clusterTraffic),
        ]
      }),
    )
    console.log(
      `\nThe queue's cost: ${(beyondKernelMs(best.cluster!) - beyondKernelMs(best.local!)).toFixed(1)} ms per round beyond the in-process fit's; ` +
        `cluster ÷ in-process records/s turn by turn: ${ratios.map((ratio) => ratio.toFixed(3)).join(', ')} (median ${[...ratios].sort((a, b) => a - b)[ratios.length >> 1]!.toFixed(3)}); the parameter block is ${copyBytes.toLocaleString('en-US')} bytes (base64 in the jobs' JSON: ${Math.ceil(copyBytes / 3) * 4})`,
    )

    const latency: (string | number)[][] = []
    for (const copies of [2, 8]) {
      const logs = steady(await fit({ copies, batchSize: 10, rounds: 21, cluster }, { inputs: 16, layers: [{ units: 3, points: 2 }, { units: 1, points: 2 }] }))
      const ms = logs.map((log) => 1000 * (log.trainSeconds + log.mergeSeconds)).sort((a, b) => a - b)
      latency.push([copies, ms[ms.length >> 1]!.toFixed(1), ms[0]!.toFixed(1), ms.at(-1)!.toFixed(1), kilobytes(traffic)])
    }
    console.log(`\n### Cluster, the queue's latency alone: 16 → 3:2 → 1:2, 10 records a copy, 20 rounds on 2 worker processes\n`)
    printTable(['copies', 'median ms per round', 'fastest', 'slowest', 'bytes/round through Redis'], latency)

    const rows: (string | number)[][] = []
    for (const copies of [1, 2, 4, 8, 16]) {
      const logs = steady(await fit({ copies, batchSize: 5000, rounds: 4, cluster }))
      const perRound = seconds(logs) / logs.length
      const merge = logs.reduce((sum, log) => sum + log.mergeSeconds, 0) / logs.length
      const kernel = logs.reduce((sum, log) => sum + log.threadSeconds.reduce((a, b) => a + b, 0), 0) / logs.length
      rows.push([copies, (1 / perRound).toFixed(2), (1000 * perRound).toFixed(1), (1000 * kernel).toFixed(1), (1000 * (perRound - kernel / 2)).toFixed(1), (1000 * merge).toFixed(2), kilobytes(traffic)])
    }
    console.log(`\n### Cluster, weak scaling: K copies × 5,000 records a round on 2 worker processes (copies take turns; rounds 2–4)\n`)
    printTable(['copies', 'rounds/s', 'ms per round', 'kernel ms (all copies)', 'ms beyond kernel / 2 workers', 'merge ms', 'bytes/round through Redis'], rows)
  } finally {
    stats.disconnect()
    await Promise.all(workers.map((worker) => worker.kill('SIGTERM')))
    await redis.stop()
    await rm(dir, { recursive: true, force: true })
  }
}
