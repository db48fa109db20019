import { KAN, datasets } from '../src/index.js'
const { train, valid } = datasets.det({ size: 4, train: 100_000, valid: 20_000, seed: 1 })
for (const precision of ['f64', 'f32'] as const) {
const model = KAN.create({ inputs: 16, layers: [{ units: 70, points: 3 }, { units: 1, points: 30 }], precision })
const h = await model.fit(train, { epochs: 20, learningRate: 0.1, validation: valid, stopAt: { pearson: 0.97 }, onEpoch: (l) => console.log(precision, l.epoch, l.pearson?.[0]?.toFixed(4), Math.round(l.recordsPerSecond)) })
}
