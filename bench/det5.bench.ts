/**
 * Det5 at the papers' scale: 10,000,000 training and 2,000,000 validation records (25 entries
 * of a 5×5 matrix, its determinant), stored as f32, 2 threads, to validation Pearson 0.91 and
 * 0.95. Settings:
 * - DetFast's (the papers' reference code): sum form, 208 addends, 5 inner / 22 outer points,
 *   μ = 0.1/208; pairs of addends pretrained 2 epochs, then concurrent-serial (as DetFast), or
 *   then disjoint batches; and disjoint batches alone;
 * - nkkan's: mean form, 160 addends, 3 / 30 points, α 0.1, disjoint batches of 50,000, after 8
 *   groups × 1 epoch of pretraining; and the same with the residual skip at 1% of the range.
 * Reports the Pearson right after pretraining (onPretrain), seconds to 0.91 and to 0.95
 * (pretraining included, validation excluded), epochs, records/s of the main phase and the
 * process's peak RSS. Takes long: DET5_TRAIN / DET5_VALID (records) and DET5_EPOCHS (the cap)
 * run it smaller, DET5_ROWS (e.g. "2,3") only some settings.
 * Run: npm run bench -- det5
 */
import { KAN, datasets } from '../src/index.js'
import type { FitOptions, KANOptions } from '../src/index.js'
import { machineLine } from './report.js'

const TRAIN = Number(process.env.DET5_TRAIN ?? 10_000_000)
const VALID = Number(process.env.DET5_VALID ?? 2_000_000)
const MAX_EPOCHS = Number(process.env.DET5_EPOCHS ?? 12)
const TARGETS = [0.91, 0.95]
const THREADS = 2
const generated = performance.now()
const { train, valid } = await datasets.generate('det', { size: 5, train: TRAIN, valid: VALID, seed: 1, threads: THREADS, precision: 'f32' })
const generateSeconds = (performance.now() - generated) / 1000
/** Stopping is judged on every validation record after about every 1,000,000 trained (validation time is not training time). */
const VALIDATE_RECORDS = Math.min(1_000_000, TRAIN)

const detFast: Omit<KANOptions, 'inputs'> = { layers: [{ units: 208, points: 5 }, { units: 1, points: 22 }], form: 'sum', precision: 'f32' }
const ours: Omit<KANOptions, 'inputs'> = { layers: [{ units: 160, points: 3 }, { units: 1, points: 30 }], precision: 'f32' }

async function run(label: string, model: Omit<KANOptions, 'inputs'>, options: FitOptions): Promise<(string | number)[]> {
  await using kan = KAN.create({ inputs: 25, seed: 1, ...model })
  const recordsPerRound = options.mode === 'concurrent-serial' ? options.batchSize! : THREADS * options.batchSize!
  const reached = new Map<number, { seconds: number; epoch: number }>()
  let pretrainPearson = '—'
  const history = await kan.fit(train, {
    threads: THREADS, epochs: MAX_EPOCHS, validation: valid, validateEvery: Math.max(1, Math.round(VALIDATE_RECORDS / recordsPerRound)), stopAt: { pearson: TARGETS.at(-1)! }, ...options,
    onPretrain: (log) => {
      pretrainPearson = `${log.pearson![0]!.toFixed(3)} (${log.seconds.toFixed(1)} s)`
      console.error(`  ${label}: after pretraining ${pretrainPearson}`)
    },
    onRound: (log) => {
      if (log.pearson === undefined) return
      console.error(`  ${label}: epoch ${log.epoch.toFixed(2)}, Pearson ${log.pearson[0]!.toFixed(4)}, ${log.seconds.toFixed(1)} s`)
      for (const target of TARGETS) if (!reached.has(target) && log.pearson[0]! >= target) reached.set(target, { seconds: log.seconds, epoch: log.epoch })
    },
  })
  const last = history.at(-1)!
  const rate = last.records / (last.seconds - last.pretrainSeconds)
  const to = (target: number): string => {
    const hit = reached.get(target)
    return hit === undefined ? '—' : `${hit.seconds.toFixed(1)} s (epoch ${hit.epoch.toFixed(1)})`
  }
  const best = Math.max(...history.flatMap((log) => log.pearson ?? []))
  return [label, pretrainPearson, to(0.91), to(0.95), best.toFixed(4), last.epoch.toFixed(2), Math.round(rate).toLocaleString('en-US'), (process.resourceUsage().maxRSS / 2 ** 20).toFixed(2)]
}

const header = ['setting', 'Pearson after pretraining (s)', 'to 0.91', 'to 0.95', 'best Pearson', 'epochs', 'records/s (main)', 'peak RSS GiB']
const scale = `${(TRAIN / 1e6).toLocaleString('en-US')}M / ${(VALID / 1e6).toLocaleString('en-US')}M records (f32)`
console.log(`\n### Det5, ${scale}, ${THREADS} threads, at most ${MAX_EPOCHS} epochs\n\n${machineLine(THREADS)}; data generated in ${generateSeconds.toFixed(1)} s on ${THREADS} threads\n`)
console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`)
// Rows print as they finish: the whole benchmark takes long.
const print = (row: (string | number)[]): void => console.log(`| ${row.join(' | ')} |`)
const mu = 0.1 / 208
const rows: [string, Omit<KANOptions, 'inputs'>, FitOptions][] = [
  ['DetFast: pairs × 2 epochs, then concurrent-serial', detFast, { learningRate: mu, pretrain: { groups: 104, epochs: 2 }, mode: 'concurrent-serial', batchSize: VALIDATE_RECORDS }],
  ['DetFast: pairs × 2 epochs, then disjoint batches of 50,000', detFast, { learningRate: mu, pretrain: { groups: 104, epochs: 2 }, batchSize: 50_000 }],
  ['DetFast: disjoint batches of 50,000', detFast, { learningRate: mu, batchSize: 50_000 }],
  ['nkkan: 8 groups × 1 epoch, then disjoint batches of 50,000', ours, { learningRate: 0.1, pretrain: { groups: 8, epochs: 1 }, batchSize: 50_000 }],
  ['nkkan: the same with skip 0.01', ours, { learningRate: 0.1, pretrain: { groups: 8, epochs: 1 }, batchSize: 50_000, skip: 0.01 }],
  ['DetFast: pairs × 1 epoch, then concurrent-serial', detFast, { learningRate: mu, pretrain: { groups: 104, epochs: 1 }, mode: 'concurrent-serial', batchSize: VALIDATE_RECORDS }],
]
const chosen = process.env.DET5_ROWS?.split(',').map(Number) ?? rows.map((_, q) => q + 1)
for (const q of chosen) {
  const [label, model, options] = rows[q - 1]!
  print(await run(label, model, options))
}
