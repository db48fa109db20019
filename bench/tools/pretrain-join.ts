// The Pearson of DetFast's setting right after the join of its pretrained pairs, and nothing
// else: Det5 (sum form, 208 addends, 5 / 22 points, μ = 0.1/208, 104 pairs × 2 epochs, 2 threads),
// to set beside the papers' reference code run at the same sizes (bench/README.md, Det5).
// DET5_TRAIN / DET5_VALID records (default 2,000,000 / 200,000), DET5_PRECISION the model's
// (f32 as the det5 suite, or f64 as the reference code; the records are stored as f32), DET5_SEED,
// DET5_PRETRAIN_EPOCHS (2 as the reference code).
// Run: node --import tsx bench/tools/pretrain-join.ts
import { KAN, NkkanError, datasets } from '../../src/index.js'

const TRAIN = Number(process.env.DET5_TRAIN ?? 2_000_000)
const VALID = Number(process.env.DET5_VALID ?? 200_000)
const precision = process.env.DET5_PRECISION === 'f64' ? 'f64' : 'f32'
const seed = Number(process.env.DET5_SEED ?? 1)
const epochs = Number(process.env.DET5_PRETRAIN_EPOCHS ?? 2)
const { train, valid } = await datasets.generate('det', { size: 5, train: TRAIN, valid: VALID, seed, threads: 2, precision: 'f32' })
await using kan = KAN.create({ inputs: 25, seed, layers: [{ units: 208, points: 5 }, { units: 1, points: 22 }], form: 'sum', precision })
// The main phase is not wanted: stop as soon as the joined model is measured.
const stop = new AbortController()
try {
  await kan.fit(train, {
    threads: 2, rounds: 1, batchSize: 1, learningRate: 0.1 / 208, pretrain: { groups: 104, epochs }, validation: valid, signal: stop.signal,
    onPretrain: (log) => {
      console.log(`Det5 ${TRAIN.toLocaleString('en-US')} / ${VALID.toLocaleString('en-US')} records, model ${precision}, seed ${seed}, ${epochs} epochs: Pearson ${log.pearson![0]!.toFixed(4)} after the join, pretraining ${log.seconds.toFixed(1)} s`)
      stop.abort()
    },
  })
} catch (error) {
  if (!(error instanceof NkkanError && error.code === 'E_ABORT')) throw error
}
