/**
 * Tetra (500k/50k; 12 coordinates → the areas of 4 faces; layers 70/30/4 with 3/18/22 points,
 * α 0.05): seconds to validation Pearson ≥ 0.99 on every target with 1 and 2 threads, and the
 * 2-thread records/s ratio. Run: npm run bench -- tetra
 */
import { KAN, datasets } from '../src/index.js'
import { machineLine, printTable } from './report.js'

const { train, valid } = datasets.tetra({ train: 500_000, valid: 50_000, seed: 1 })
const rates: number[] = []
const rows: (string | number)[][] = []
for (const threads of [1, 2]) {
  await using model = KAN.create({ inputs: 12, layers: [{ units: 70, points: 3 }, { units: 30, points: 18 }, { units: 4, points: 22 }], seed: 1 })
  const history = await model.fit(train, { threads, batchSize: 250_000 / threads, epochs: 30, learningRate: 0.05, validation: valid, stopAt: { pearson: 0.99 } })
  const last = history.at(-1)!
  const rate = last.records / last.seconds
  rates.push(rate)
  rows.push([threads, last.epoch, last.pearson!.map((p) => p.toFixed(4)).join(' / '), last.seconds.toFixed(2), Math.round(rate).toLocaleString('en-US'), (rate / rates[0]!).toFixed(2)])
}
console.log(`\n### Tetra to validation Pearson 0.99 on every target\n\n${machineLine(2)}\n`)
printTable(['threads', 'epochs', 'Pearson (4 targets)', 'training s', 'records/s', '× 1 thread'], rows)
