// Concurrent fits with balance: 'dynamic', aborted at random moments: three models (different
// shapes, f64 and f32, batch sizes) trained at once in one process, `reps` times; every other
// repetition aborts them after 0–19 ms, every third reports each round (one round a command).
// Their bits depend on timing, so what is checked is what must hold anyway: no fit hangs or fails
// otherwise than E_ABORT, every round's logged rows are the round's records, each trained once,
// and every trained model is finite. Prints the count of faults (must be 0).
// Run: npm run stress:dynamic -- [reps, default 150]
import { KAN, datasets } from '../src/index.js'

const reps = Number(process.argv[2] ?? 150)
const cases = [0, 1, 2].map((i) => {
  const { train } = datasets.det({ size: 2 + i, train: 3000 + 500 * i, valid: 10, seed: 30 + i })
  return {
    train,
    batchSize: 300 + 50 * i,
    create: () => KAN.create({ inputs: train.features, layers: [{ units: 6 + 3 * i, points: 3 + i }, { units: 1, points: 6 }], seed: i + 1, precision: i % 2 === 1 ? 'f32' : 'f64' }),
  }
})

const started = performance.now()
let completed = 0
let aborted = 0
let faults = 0
const fault = (message: string): void => {
  faults++
  console.log(message)
}
for (let rep = 1; rep <= reps; rep++) {
  await Promise.all(
    cases.map(async (c, i) => {
      await using model = c.create()
      const controller = new AbortController()
      const timer = rep % 2 === 0 ? setTimeout(() => controller.abort(), (rep * 7 + i * 3) % 20) : undefined
      try {
        const history = await model.fit(c.train, { threads: 2, batchSize: c.batchSize, rounds: 40, learningRate: 0.1, balance: 'dynamic', signal: controller.signal, ...(rep % 3 === 0 ? { onRound: () => undefined } : {}) })
        for (const log of history) {
          const rows = (log.batches ?? []).flat().reduce((sum, [start, end]) => sum + end - start, 0)
          if (rows !== 2 * c.batchSize) fault(`repetition ${rep}, model ${i}, round ${log.round}: ${rows} rows logged, not ${2 * c.batchSize}`)
        }
        completed++
      } catch (error) {
        if ((error as { code?: string }).code === 'E_ABORT') aborted++
        else fault(`repetition ${rep}, model ${i}: ${String(error)}`)
      } finally {
        clearTimeout(timer)
      }
      // A fit aborted before its first round leaves the model untrained (no values).
      const values = (model.toJSON().layers as { values?: number[] }[]).flatMap((layer) => layer.values ?? [])
      if (!values.every(Number.isFinite)) fault(`repetition ${rep}, model ${i}: a parameter is not finite`)
    }),
  )
  if (rep % 25 === 0) console.log(`${rep} repetitions: ${completed} completed, ${aborted} aborted, ${faults} faults`)
}
console.log(`${reps * cases.length} concurrent dynamic fits in ${((performance.now() - started) / 1000).toFixed(0)} s: ${completed} completed, ${aborted} aborted, ${faults} faults`)
process.exitCode = faults === 0 ? 0 : 1
