/**
 * The fits the parallel-efficiency benchmark compares (bench/efficiency.bench.ts), shared with
 * the single-thread processes it starts beside itself (bench/tools/capacity-child.ts): the same
 * shape, data and work in every process.
 */
import { KAN, datasets } from '../src/index.js'
import type { Dataset, FitOptions, Precision } from '../src/index.js'

export type ShapeName = 'det4' | 'tetra'

export interface EfficiencyShape {
  readonly name: ShapeName
  readonly train: Dataset
  /** Records each thread trains in one measured fit. */
  readonly recordsPerThread: number
  create(precision: Precision): KAN
}

/** rows: training records (at least threads × the largest batch). */
export function efficiencyShape(name: ShapeName, rows: number): EfficiencyShape {
  if (name === 'det4') {
    const { train } = datasets.det({ size: 4, train: rows, valid: 1, seed: 1 })
    return { name, train, recordsPerThread: 600_000, create: (precision) => KAN.create({ inputs: 16, layers: [{ units: 70, points: 3 }, { units: 1, points: 25 }], seed: 1, precision }) }
  }
  const { train } = datasets.tetra({ train: rows, valid: 1, seed: 1 })
  return {
    name, train, recordsPerThread: 150_000,
    create: (precision) => KAN.create({ inputs: 12, layers: [{ units: 70, points: 3 }, { units: 30, points: 18 }, { units: 4, points: 22 }], seed: 1, precision }),
  }
}

/** One measured fit: records per second of wall time, and the process's CPU seconds per record (every thread's). */
export interface TimedFit {
  readonly rate: number
  readonly cpuPerRecord: number
  readonly history: Awaited<ReturnType<KAN['fit']>>
}

/**
 * One fit of `records` records in all on `model`, timed over the fit call (wall and the
 * process's CPU). The model continues from its state (the work per record does not depend on
 * it) and keeps its workers between fits, as a model does between a user's fits.
 */
export async function timedFit(model: KAN, train: Dataset, threads: number, batchSize: number, records: number, balance: FitOptions['balance'] = 'fixed'): Promise<TimedFit> {
  const cpuBefore = process.cpuUsage()
  const started = performance.now()
  const history = await model.fit(train, { threads, batchSize, rounds: Math.round(records / (threads * batchSize)), learningRate: 0.1, balance })
  const seconds = (performance.now() - started) / 1000
  const cpu = process.cpuUsage(cpuBefore)
  const trained = history.at(-1)!.records
  return { rate: trained / seconds, cpuPerRecord: (cpu.user + cpu.system) / 1e6 / trained, history }
}
