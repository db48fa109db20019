/**
 * Beyond the paper — the accuracy ceiling on Det4 (100k/20k): with a constant learning rate
 * the method plateaus near Pearson 0.98; a decaying learning rate plus grid refinement during
 * training (more nodes on every function, same function) reaches 0.99. Seconds of training
 * (validation excluded) to 0.97 and to 0.99. Run: npm run bench -- ceiling
 */
import { KAN, datasets } from '../src/index.js'
import type { FitOptions } from '../src/index.js'
import { machineLine, printTable } from './report.js'

const { train, valid } = datasets.det({ size: 4, train: 100_000, valid: 20_000, seed: 1 })
const decay = (start: number, rate: number, floor: number) => ({ epoch }: { epoch: number }): number => Math.max(floor, start * rate ** epoch)

async function run(label: string, units: number, options: FitOptions): Promise<(string | number)[]> {
  await using model = KAN.create({ inputs: 16, layers: [{ units, points: 3 }, { units: 1, points: 30 }], seed: 1 })
  const history = await model.fit(train, { epochs: 40, validation: valid, stopAt: { pearson: 0.99 }, ...options })
  const first = (target: number): string => {
    const log = history.find((entry) => entry.pearson![0]! >= target)
    return log === undefined ? '—' : `${log.seconds.toFixed(2)} s (epoch ${log.epoch})`
  }
  const best = Math.max(...history.map((log) => log.pearson![0]!))
  return [label, best.toFixed(4), first(0.97), first(0.99), model.shape.layers.map((layer) => layer.points).join(' / ')]
}

const rows = [
  await run('70 blocks, α 0.1 constant, 2 threads', 70, { threads: 2, learningRate: 0.1 }),
  await run('70 blocks, α 0.2·0.85^epoch (≥ 0.01), refine ×2 at epochs 8, 16, 1 thread', 70, { threads: 1, learningRate: decay(0.2, 0.85, 0.01), refine: { atEpochs: [8, 16] } }),
  await run('140 blocks, α 0.2·0.85^epoch (≥ 0.01), refine ×2 at epochs 8, 16, 2 threads', 140, { threads: 2, learningRate: decay(0.2, 0.85, 0.01), refine: { atEpochs: [8, 16] } }),
  await run('140 blocks, α 0.2·0.9^epoch (≥ 0.005), refine ×2 at epochs 6, 12, 18, 1 thread', 140, { threads: 1, learningRate: decay(0.2, 0.9, 0.005), refine: { atEpochs: [6, 12, 18] } }),
]
console.log(`\n### Det4 accuracy ceiling: learning-rate schedule and grid refinement\n\n${machineLine(2)}\n`)
printTable(['settings', 'best Pearson', 'to 0.97', 'to 0.99', 'final points'], rows)
