// Trains the Det4 shape for N passes of 20,000 records (argv: passes, precision); used by instructions-per-record.sh.
import * as datasets from '../../src/datasets.js'
import { Engine } from '../../src/kernels/engine.js'
import { planMemory } from '../../src/kernels/layout.js'
import { type ModelShape, initialState } from '../../src/model/model.js'
const N = 20000
const passes = Number(process.argv[2] ?? 1)
const precision = (process.argv[3] ?? 'f64') as 'f64' | 'f32'
const { train } = datasets.det({ size: 4, train: N, valid: 1, seed: 1 })
const shape: ModelShape = { inputs: 16, layers: [{ units: 70, points: 3 }, { units: 1, points: 30 }], form: 'mean', precision }
const e = new Engine(planMemory({ shape, threads: 1, trainRows: N, evalRows: N }))
e.writeModel(initialState(shape, train, 1), 0); e.writeTrain(train)
for (let w = 0; w < 3; w++) e.train(0, 0, N, 0.1)
for (let w = 0; w < passes; w++) e.train(0, 0, N, 0.1)
