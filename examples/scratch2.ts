import { datasets } from '../src/index.js'
import { Engine } from '../src/engine.js'
import { planMemory } from '../src/layout.js'
import { type ModelShape, initialState } from '../src/model.js'
const N = 20000
const { train } = datasets.det({ size: 4, train: N, valid: 1, seed: 1 })
function run(name: string, layers: {units:number, points:number}[], precision: 'f64'|'f32') {
  const shape: ModelShape = { inputs: 16, layers, form: 'mean', precision }
  const t = { ...train, targets: layers[layers.length-1]!.units, y: new Float64Array(N * layers[layers.length-1]!.units).fill(1) }
  const e = new Engine(planMemory({ shape, threads: 1, trainRows: N, evalRows: N }))
  e.writeModel(initialState(shape, t, 1), 0); e.writeTrain(t); e.writeEval(t.x)
  for (let w = 0; w < 5; w++) { e.train(0, 0, N, 0.01); e.predictEval(0, N) }
  let c0 = process.cpuUsage(); for (let w = 0; w < 10; w++) e.train(0, 0, N, 0.01); let c1 = process.cpuUsage(c0); const tt = (c1.user + c1.system) / 1000 / 10
  c0 = process.cpuUsage(); for (let w = 0; w < 10; w++) e.predictEval(0, N); c1 = process.cpuUsage(c0); const tp = (c1.user + c1.system) / 1000 / 10
  console.log(name, precision, 'train', Math.round(N / tt * 1000), 'predict', Math.round(N / tp * 1000))
}
for (const p of ['f64', 'f32'] as const) {
run('det4', [{ units: 70, points: 3 }, { units: 1, points: 30 }], p)
run('L1 only', [{ units: 70, points: 3 }], p)
run('L2-like 16->1', [{ units: 1, points: 30 }], p)
run('70->1', [{ units: 70, points: 3 }, { units: 1, points: 30 }].slice(0,1).map(()=>({units:2,points:3})).concat([{units:1,points:30}]), p)
}
