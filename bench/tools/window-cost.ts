// Cost of streaming the training data through a window (FitOptions.windowRows) against all
// rows resident, same run: Det4 1M records, 2 threads, batches of 50,000, 10 rounds, f64.
// Run: node --import tsx bench/tools/window-cost.ts
import { KAN, datasets } from '../../src/index.js'

const { train } = datasets.det({ size: 4, train: 1_000_000, valid: 1, seed: 1 })
const settings: [string, number | undefined][] = [['resident', undefined], ['window 100,000 rows', 100_000], ['window 20,000 rows', 20_000]]
const best = new Map<string, number>()
for (let rep = 0; rep < 3; rep++) {
  for (const [label, windowRows] of settings) {
    await using model = KAN.create({ inputs: 16, layers: [{ units: 70, points: 3 }, { units: 1, points: 30 }], seed: 1 })
    const history = await model.fit(train, { threads: 2, batchSize: 50_000, rounds: 10, windowRows })
    best.set(label, Math.min(best.get(label) ?? Infinity, history.at(-1)!.seconds))
  }
}
const base = best.get('resident')!
for (const [label, seconds] of best) console.log(`${label}: ${seconds.toFixed(3)} s (${(seconds / base).toFixed(3)}× resident, best of 3)`)
