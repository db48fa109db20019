/**
 * Det5 at the papers' scale: 10,000,000 training and 2,000,000 validation records (25 entries
 * of a 5×5 matrix, its determinant), f32 storage, 2 threads, to validation Pearson ≥ 0.91:
 * disjoint batches, pretraining + disjoint batches, pretraining + concurrent-serial.
 * Reports seconds (pretraining included), rounds and peak RSS, and the seconds the data took to
 * generate on worker threads (datasets.generate). Takes many minutes.
 * Run: npm run bench -- det5
 */
import { KAN, datasets } from '../src/index.js'
import type { FitOptions } from '../src/index.js'
import { machineLine } from './report.js'

const TARGET = 0.91
const GENERATION_THREADS = 2
const generated = performance.now()
const { train, valid } = await datasets.generate('det', { size: 5, train: 10_000_000, valid: 2_000_000, seed: 1, threads: GENERATION_THREADS })
const generateSeconds = (performance.now() - generated) / 1000

async function run(label: string, options: FitOptions): Promise<(string | number)[]> {
  await using model = KAN.create({ inputs: 25, layers: [{ units: 160, points: 3 }, { units: 1, points: 30 }], seed: 1, precision: 'f32' })
  // Stopping is judged on all 2,000,000 validation records after every 1,000,000 trained
  // (validation time is not training time).
  const recordsPerRound = options.mode === 'concurrent-serial' ? options.batchSize! : 2 * options.batchSize!
  const history = await model.fit(train, { threads: 2, epochs: 12, learningRate: 0.1, validation: valid, validateEvery: 1_000_000 / recordsPerRound, stopAt: { pearson: TARGET }, ...options,
    onRound: (log) => log.pearson !== undefined && console.error(`  ${label}: round ${log.round}, epoch ${log.epoch.toFixed(1)}, Pearson ${log.pearson[0]!.toFixed(4)}, ${log.seconds.toFixed(1)} s`) })
  const last = history.at(-1)!
  const rate = last.records / (last.seconds - last.pretrainSeconds)
  return [label, last.round, last.epoch.toFixed(2), last.pearson![0]!.toFixed(4), last.pretrainSeconds.toFixed(1), last.seconds.toFixed(1), Math.round(rate).toLocaleString('en-US'), (process.memoryUsage().rss / 2 ** 30).toFixed(2)]
}

const header = ['training', 'rounds', 'epochs', 'Pearson (2M)', 'pretraining s', 'seconds', 'records/s', 'RSS GiB']
console.log(`\n### Det5, 10M/2M records (f32), 2 threads, to validation Pearson ${TARGET}\n\n${machineLine(2)}; data generated in ${generateSeconds.toFixed(1)} s on ${GENERATION_THREADS} threads\n`)
console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`)
// Rows print as they finish: the whole benchmark takes long.
const print = (row: (string | number)[]): void => console.log(`| ${row.join(' | ')} |`)
print(await run('disjoint batches of 50,000', { batchSize: 50_000 }))
print(await run('pretraining (8 groups × 1 epoch) + disjoint batches', { batchSize: 50_000, pretrain: { groups: 8, epochs: 1 } }))
print(await run('pretraining (8 groups × 1 epoch) + concurrent-serial', { batchSize: 100_000, mode: 'concurrent-serial', pretrain: { groups: 8, epochs: 1 } }))
