// Best-of-15 wall time of one pass of 20,000 Det4 records per precision (records/s); noisy on a shared VM, see instructions-per-record.sh.
import * as datasets from '../../src/datasets.js'
import { Engine } from '../../src/kernels/engine.js'
import { planMemory } from '../../src/kernels/layout.js'
import { type ModelShape, initialState } from '../../src/model/model.js'
const N = 20000
const { train } = datasets.det({ size: 4, train: N, valid: 1, seed: 1 })
for (const precision of ['f64', 'f32'] as const) {
  const shape: ModelShape = { inputs: 16, layers: [{ units: 70, points: 3 }, { units: 1, points: 30 }], form: 'mean', precision }
  const e = new Engine(planMemory({ shape, threads: 1, trainRows: N, evalRows: N }))
  e.writeModel(initialState(shape, train, 1), 0); e.writeTrain(train)
  for (let w = 0; w < 5; w++) e.train(0, 0, N, 0.1)
  let best = Infinity
  for (let rep = 0; rep < 15; rep++) { const t = performance.now(); e.train(0, 0, N, 0.1); best = Math.min(best, performance.now() - t) }
  console.log(`${precision}: ${Math.round(N / best * 1000).toLocaleString('en-US')} records/s (best of 15)`)
}
