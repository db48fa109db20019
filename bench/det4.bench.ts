/**
 * End-to-end Det4 (100k/20k records, 70 blocks, 3/30 points, α 0.1): epochs (or rounds) and
 * seconds of training to validation Pearson 0.97, sequential f64, sequential f32 and two
 * threads of disjoint batches, with a constant α and with a decaying one. Validation after
 * each round is not counted in the seconds.
 * Run: npm run bench -- det4
 */
import { KAN, datasets } from '../src/index.js'
import type { FitOptions, Precision } from '../src/index.js'
import { machineLine, printTable } from './report.js'

const TARGET = 0.97
const { train, valid } = datasets.det({ size: 4, train: 100_000, valid: 20_000, seed: 1 })

/** α = start·rate^epoch, never below 0.01. */
const decay = (start: number, rate: number) => ({ epoch }: { epoch: number }): number => Math.max(0.01, start * rate ** epoch)

async function timeToTarget(precision: Precision, options: FitOptions, schedule = ''): Promise<(string | number)[]> {
  await using model = KAN.create({ inputs: 16, layers: [{ units: 70, points: 3 }, { units: 1, points: 30 }], seed: 1, precision })
  const history = await model.fit(train, { epochs: 30, learningRate: 0.1, validation: valid, stopAt: { pearson: TARGET }, ...options })
  const last = history.at(-1)!
  const reached = last.pearson![0]! >= TARGET
  return [
    `${precision}, ${options.threads} thread(s), batch ${(options.batchSize ?? train.rows).toLocaleString('en-US')}${schedule}`,
    last.round,
    last.epoch.toFixed(1),
    last.pearson![0]!.toFixed(4),
    reached ? last.seconds.toFixed(2) : `not reached (${last.seconds.toFixed(2)})`,
    Math.round(last.records / last.seconds).toLocaleString('en-US'),
  ]
}

const rows = [
  await timeToTarget('f64', { threads: 1 }),
  await timeToTarget('f32', { threads: 1 }),
  await timeToTarget('f64', { threads: 2, batchSize: 50_000 }),
  await timeToTarget('f32', { threads: 2, batchSize: 50_000 }),
  await timeToTarget('f64', { threads: 2, batchSize: 25_000 }),
  await timeToTarget('f32', { threads: 2, batchSize: 25_000 }),
  await timeToTarget('f64', { threads: 2, batchSize: 50_000, learningRate: decay(0.2, 0.85) }, ', α 0.2·0.85^epoch'),
  await timeToTarget('f32', { threads: 2, batchSize: 25_000, learningRate: decay(0.25, 0.8) }, ', α 0.25·0.8^epoch'),
]
console.log(`\n### Det4 to validation Pearson ${TARGET}\n\n${machineLine(2)}\n`)
printTable(['setting', 'rounds', 'epochs', 'Pearson', 'training s', 'records/s'], rows)
