/**
 * Real tables (vega-datasets; bench/tables.ts): what a data-only call gives against the best of
 * a small grid of hand-tuned settings, the same auto fit choosing the first layer's points per
 * feature (featurePoints), the defaults of before (2n+1:3,1:12, 10 epochs, α 0.1) and
 * linear regression. Test
 * RMSE on the 20% split (the tuned row picks its best on that split, so it is optimistic);
 * seconds include validation. Run: npm run bench -- tables
 */
import { KAN } from '../src/index.js'
import type { Dataset, FitOptions, FloatArray, LayerSpec } from '../src/index.js'
import { machineLine, printTable } from './report.js'
import { type BenchTable, benchTables } from './tables.js'

interface Result {
  readonly rmse: number
  readonly mae: number
  readonly r2: number
  readonly seconds: number
  readonly note: string
}

async function run(table: BenchTable, options: FitOptions, layers?: LayerSpec[], retrain = false): Promise<Result> {
  await using model = KAN.create({ inputs: table.train.features, ...(layers === undefined ? {} : { layers }), seed: 1 })
  const started = performance.now()
  await model.fit(table.train, retrain ? { ...options, auto: true, retrain: true } : options)
  const seconds = (performance.now() - started) / 1000
  const { rmse, mae, r2 } = model.evaluate(table.valid)
  const fit = model.lastFit!
  const note = fit.auto ? `${fit.epochs} epochs${fit.bestEpoch === undefined ? '' : `, best ${Math.round(fit.bestEpoch)}`}, points ${model.shape.layers.map((l) => (typeof l.points === 'number' ? l.points : `[${l.points.join(',')}]`)).join('/')}` : ''
  return { rmse: rmse[0]!, mae: mae[0]!, r2: r2[0]!, seconds, note }
}

/** Ordinary least squares on the features (normal equations), test RMSE. */
function linear({ train, valid }: { train: Dataset; valid: Dataset }): number {
  const n = train.features + 1
  const a = Array.from({ length: n }, () => new Float64Array(n + 1))
  const row = (x: FloatArray, r: number, f: number): number[] => [...x.subarray(r * f, r * f + f), 1]
  for (let r = 0; r < train.rows; r++) {
    const v = row(train.x, r, train.features)
    for (let i = 0; i < n; i++) {
      a[i]![n]! += v[i]! * train.y[r]!
      for (let j = 0; j < n; j++) a[i]![j]! += v[i]! * v[j]!
    }
  }
  for (let i = 0; i < n; i++) a[i]![i]! += 1e-9 * (1 + a[i]![i]!)
  for (let i = 0; i < n; i++) {
    let p = i
    for (let k = i + 1; k < n; k++) if (Math.abs(a[k]![i]!) > Math.abs(a[p]![i]!)) p = k
    ;[a[i], a[p]] = [a[p]!, a[i]!]
    for (let k = i + 1; k < n; k++) {
      const f = a[k]![i]! / a[i]![i]!
      for (let j = i; j <= n; j++) a[k]![j]! -= f * a[i]![j]!
    }
  }
  const w = new Float64Array(n)
  for (let i = n - 1; i >= 0; i--) {
    let sum = a[i]![n]!
    for (let j = i + 1; j < n; j++) sum -= a[i]![j]! * w[j]!
    w[i] = sum / a[i]![i]!
  }
  let squared = 0
  for (let r = 0; r < valid.rows; r++) squared += (row(valid.x, r, valid.features).reduce((s, v, i) => s + v * w[i]!, 0) - valid.y[r]!) ** 2
  return Math.sqrt(squared / valid.rows)
}

const decay = (start: number, floor: number, epochs: number) => {
  const rate = (floor / start) ** (1 / (0.8 * epochs))
  return ({ epoch }: { epoch: number }): number => Math.max(floor, start * rate ** epoch)
}
const refineAt = (count: number, epochs: number): number[] => Array.from({ length: count }, (_, i) => Math.max(1, Math.round(((i + 1) * epochs) / 8)))

/** The grid searched by hand: epochs, refinements, starting α, width; one thread. */
function grid(table: BenchTable): { label: string; options: FitOptions; layers: LayerSpec[] }[] {
  const n = table.train.features
  const long = table.train.rows > 100_000 ? [10, 20, 40] : [80, 150, 300]
  const out: { label: string; options: FitOptions; layers: LayerSpec[] }[] = []
  for (const epochs of long) {
    for (const refinements of [3, 4, 5]) {
      for (const [start, units] of [[0.2, 2 * n + 1], [0.1, 2 * n + 1], [0.2, 4 * n + 1]] as const) {
        out.push({
          label: `${epochs} epochs, ${refinements} refinements, α ${start}→0.002, ${units} units`,
          options: { epochs, threads: 1, learningRate: decay(start, 0.002, epochs), refine: { atEpochs: refineAt(refinements, epochs) } },
          layers: [{ units, points: 3 }, { units: 1, points: 12 }],
        })
      }
    }
  }
  return out
}

const rows: (string | number)[][] = []
const cell = (result: Result): string => `${result.rmse.toFixed(4)} (MAE ${result.mae.toFixed(3)}, R² ${result.r2.toFixed(3)}), ${result.seconds.toFixed(2)} s`
for (const table of benchTables()) {
  const auto = await run(table, {})
  const n = table.train.features
  // The same auto fit choosing the first layer's points per feature.
  const perFeature = await run(table, { featurePoints: true })
  const retrained = await run(table, {}, undefined, true)
  const fixed = await run(table, { epochs: 10 }, [{ units: 2 * n + 1, points: 3 }, { units: 1, points: 12 }])
  let best: (Result & { label: string }) | undefined
  for (const { label, options, layers } of grid(table)) {
    const result = await run(table, options, layers)
    if (best === undefined || result.rmse < best.rmse) best = { ...result, label }
  }
  const linearRmse = linear(table)
  rows.push([`${table.name} (${table.train.rows.toLocaleString('en-US')} / ${table.valid.rows.toLocaleString('en-US')}, ${table.train.features} features)`, cell(auto), `${auto.note}`, `${cell(perFeature)}; ${perFeature.note}`, cell(retrained), cell(fixed), `${cell(best!)}: ${best!.label}`, `${(auto.rmse / best!.rmse).toFixed(3)}`, linearRmse.toFixed(4)])
}
console.log(`\n### Real tables: data-only fit against hand-tuned settings (test RMSE)\n\n${machineLine(2)}\n`)
printTable(['table', 'fit(train) (auto)', 'auto chose', 'auto + featurePoints', 'auto + retrain', 'before: 2n+1:3,1:12, 10 epochs, α 0.1', 'best of 27 tuned', 'auto / tuned', 'linear regression'], rows)
