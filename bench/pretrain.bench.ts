/**
 * Pretraining (ALGORITHM §4): training seconds to a validation Pearson target with and
 * without pretraining by groups of addends, pretraining time included, 2 threads.
 * Det4 (100k/20k, 70 blocks 3/30 points, α 0.1, f64) to 0.97, validated every round;
 * Det5 (1M/50k here, 160 blocks 3/30 points, f32) to 0.91 at α 0.03, validated every 5 rounds
 * (α 0.1 reaches only about 0.88 in 40 epochs at 1M records, with or without pretraining).
 * Each group trains as its addends would inside the whole model with the other addends silent
 * (src/train/pretrain.ts); the first validated Pearson shows the head start it gives.
 * Run: npm run bench -- pretrain
 */
import { KAN, datasets } from '../src/index.js'
import type { FitOptions, KANOptions, Split } from '../src/index.js'
import { machineLine, printTable } from './report.js'

async function timeTo(name: string, split: Split, model: Omit<KANOptions, 'inputs'>, target: number, options: FitOptions): Promise<(string | number)[]> {
  const { train, valid } = split
  await using kan = KAN.create({ inputs: train.features, seed: 1, ...model })
  const history = await kan.fit(train, { threads: 2, batchSize: 50_000, epochs: 40, learningRate: 0.1, validation: valid, validateEvery: train.rows > 100_000 ? 5 : 1, stopAt: { pearson: target }, ...options })
  const last = history.at(-1)!
  const reached = last.pearson![0]! >= target
  const first = history.find((log) => log.pearson !== undefined)!
  return [
    name,
    options.pretrain === undefined ? '—' : `${options.pretrain.groups} groups × ${options.pretrain.epochs} epoch(s)`,
    last.pretrainSeconds.toFixed(2),
    `${first.pearson![0]!.toFixed(4)} (epoch ${first.epoch.toFixed(1)})`,
    last.round,
    last.pearson![0]!.toFixed(4),
    reached ? last.seconds.toFixed(2) : `not reached (${last.seconds.toFixed(2)})`,
  ]
}

const det4 = datasets.det({ size: 4, train: 100_000, valid: 20_000, seed: 1 })
const det4Model = { layers: [{ units: 70, points: 3 }, { units: 1, points: 30 }] }
const det5 = datasets.det({ size: 5, train: 1_000_000, valid: 50_000, seed: 1 })
const det5Model = { layers: [{ units: 160, points: 3 }, { units: 1, points: 30 }], precision: 'f32' } as const
const rows = [
  await timeTo('Det4 → 0.97', det4, det4Model, 0.97, {}),
  await timeTo('Det4 → 0.97', det4, det4Model, 0.97, { pretrain: { groups: 10, epochs: 1 } }),
  await timeTo('Det4 → 0.97', det4, det4Model, 0.97, { pretrain: { groups: 5, epochs: 2 } }),
  await timeTo('Det5 (1M) → 0.91, α 0.03', det5, det5Model, 0.91, { learningRate: 0.03 }),
  await timeTo('Det5 (1M) → 0.91, α 0.03', det5, det5Model, 0.91, { learningRate: 0.03, pretrain: { groups: 8, epochs: 2 } }),
]
console.log(`\n### Pretraining, 2 threads, batch 50,000\n\n${machineLine(2)}\n`)
printTable(['task', 'pretraining', 'pretrain s', 'first validated Pearson', 'rounds', 'Pearson', 'seconds (incl. pretraining)'], rows)
