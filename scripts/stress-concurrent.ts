// Concurrent fits against solo fits: four models (different shapes, f64 and f32, batch sizes;
// two validated every round, two without validation, so that several rounds go in one command)
// trained at once in one process, `reps` times, each compared bit for bit with the same fit run
// alone. Prints the count that differ (must be 0).
// Run: npm run stress -- [reps, default 300]
import { KAN, datasets } from '../src/index.js'
import type { FitOptions } from '../src/index.js'

const reps = Number(process.argv[2] ?? 300)
const cases = [0, 1, 2, 3].map((i) => {
  const { train, valid } = datasets.det({ size: 2 + (i % 3), train: 2000 + 500 * i, valid: 300, seed: 10 + i })
  return {
    data: train,
    create: () => KAN.create({ inputs: train.features, layers: [{ units: 5 + 3 * i, points: 3 + i }, { units: 1, points: 6 + i }], seed: i + 1, precision: i % 2 === 1 ? 'f32' : 'f64' }),
    options: { threads: 2, batchSize: 200 + 50 * i, rounds: 15, ...(i < 2 ? { validation: valid } : {}) } satisfies FitOptions,
  }
})

async function fitted(c: (typeof cases)[number]): Promise<string> {
  await using model = c.create()
  await model.fit(c.data, c.options)
  return JSON.stringify(model)
}

const started = performance.now()
const solo: string[] = []
for (const c of cases) solo.push(await fitted(c))
let differ = 0
for (let rep = 1; rep <= reps; rep++) {
  const results = await Promise.all(cases.map(fitted))
  results.forEach((json, i) => {
    if (json !== solo[i]) {
      differ++
      console.log(`repetition ${rep}, model ${i}: differs from its solo fit`)
    }
  })
  if (rep % 25 === 0) console.log(`${rep} repetitions, ${rep * cases.length} concurrent fits, ${differ} differ`)
}
console.log(`${reps * cases.length} concurrent fits (${reps} repetitions of ${cases.length} models at once) in ${((performance.now() - started) / 1000).toFixed(0)} s: ${differ} differ from the solo fits`)
process.exitCode = differ === 0 ? 0 : 1
