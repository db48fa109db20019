/**
 * The main job on built-in data: Det4 (determinants of 4×4 matrices, 100k/20k records),
 * trained with disjoint batches on every core until validation Pearson 0.97 (the papers'
 * target), then saved, reloaded and checked. Run: npm start
 */
import { KAN, datasets } from '../src/index.js'

const { train, valid } = datasets.det({ size: 4, train: 100_000, valid: 20_000, seed: 1 })
await using model = KAN.create({ inputs: 16, layers: [{ units: 70, points: 3 }, { units: 1, points: 30 }], seed: 1 })

const history = await model.fit(train, {
  epochs: 30,
  learningRate: 0.1,
  validation: valid,
  stopAt: { pearson: 0.97 },
  onRound: (log) =>
    console.log(
      `round ${String(log.round).padStart(2)}  epoch ${log.epoch.toFixed(1).padStart(4)}  ` +
        `Pearson ${log.pearson![0]!.toFixed(4)}  ${(log.recordsPerSecond / 1e6).toFixed(2)}M records/s  ${log.seconds.toFixed(2)} s`,
    ),
})
const last = history.at(-1)!
console.log(`trained to Pearson ${last.pearson![0]!.toFixed(4)} in ${last.seconds.toFixed(2)} s of training (${last.records.toLocaleString('en-US')} records)`)

const reloaded = KAN.fromJSON(JSON.stringify(model))
const before = model.predict(valid.x)
const after = reloaded.predict(valid.x)
const same = before.every((value, index) => Object.is(value, after[index]))
const { pearson, rmse } = reloaded.evaluate(valid)
console.log(`saved and reloaded: predictions identical: ${same}; validation Pearson ${pearson[0]!.toFixed(4)}, RMSE ${rmse[0]!.toFixed(2)}`)
