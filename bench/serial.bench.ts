/**
 * Concurrent-serial alternation (ALGORITHM §5) against disjoint batches and one thread, at
 * equal records: records/s and validation Pearson after 2 epochs of 200,000 records. A large
 * model (Det5 shape, 208 addends, 5/22 points, sum form, μ = 0.1/M as the paper's reference)
 * and the Det4 model (70 addends, mean form). Run: npm run bench -- serial
 */
import { KAN, datasets } from '../src/index.js'
import type { FitOptions, Split } from '../src/index.js'
import { machineLine, printTable } from './report.js'

async function run(task: string, split: Split, layers: { units: number; points: number }[], form: 'mean' | 'sum', learningRate: number, options: FitOptions, label: string): Promise<string[]> {
  const { train, valid } = split
  await using model = KAN.create({ inputs: train.features, layers, form, seed: 1 })
  await using warm = KAN.create({ inputs: train.features, layers, form, seed: 2 })
  await warm.fit(train, { ...options, learningRate, rounds: 1, batchSize: 2000 })
  const history = await model.fit(train, { epochs: 2, learningRate, ...options })
  const last = history.at(-1)!
  return [task, label, Math.round(last.records / last.seconds).toLocaleString('en-US'), model.evaluate(valid).pearson[0]!.toFixed(4)]
}

const det5 = datasets.det({ size: 5, train: 200_000, valid: 20_000, seed: 1 })
const det4 = datasets.det({ size: 4, train: 200_000, valid: 20_000, seed: 1 })
const big = [{ units: 208, points: 5 }, { units: 1, points: 22 }]
const small = [{ units: 70, points: 3 }, { units: 1, points: 30 }]
const rows = [
  await run('Det5 shape, 208 addends', det5, big, 'sum', 0.1 / 208, { threads: 1 }, '1 thread'),
  await run('Det5 shape, 208 addends', det5, big, 'sum', 0.1 / 208, { threads: 2, mode: 'concurrent-serial' }, '2 threads, concurrent-serial'),
  await run('Det5 shape, 208 addends', det5, big, 'sum', 0.1 / 208, { threads: 2, batchSize: 50_000 }, '2 threads, disjoint batches of 50,000'),
  await run('Det4 shape, 70 addends', det4, small, 'mean', 0.1, { threads: 1 }, '1 thread'),
  await run('Det4 shape, 70 addends', det4, small, 'mean', 0.1, { threads: 2, mode: 'concurrent-serial' }, '2 threads, concurrent-serial'),
  await run('Det4 shape, 70 addends', det4, small, 'mean', 0.1, { threads: 2, batchSize: 50_000 }, '2 threads, disjoint batches of 50,000'),
]
console.log(`\n### Concurrent-serial vs disjoint batches, 2 epochs of 200,000 records\n\n${machineLine(2)}\n`)
printTable(['model', 'training', 'records/s', 'validation Pearson'], rows)
