// Engine (wasm kernels) against the oracle on random shapes without going through KAN.fit:
// trains both record by record and reports the first difference. Usage: node --import tsx bench/tools/check-oracle.ts [cases]
import { Engine } from '../../src/kernels/engine.js'
import { planMemory } from '../../src/kernels/layout.js'
import { type ModelState, initialState } from '../../src/model/model.js'
import { stateToJSON } from '../../src/model/serialize.js'
import { OracleKAN } from '../../test/oracle/float.js'
import { firstDifference, randomCases, randomData, rowOf } from '../../test/helpers/cases.js'

const cases = Number(process.argv[2] ?? 24)
let failures = 0
for (const { name, shape, seed } of randomCases(cases, 7)) {
  const data = randomData(shape, 160, seed)
  const wide = randomData(shape, 160, seed + 1, 1.7)
  const state = initialState(shape, data, seed)
  const oracle = new OracleKAN(stateToJSON(shape, seed, state))
  const alpha = shape.form === 'mean' ? 0.2 : 0.05 / shape.inputs
  const engine = new Engine(planMemory({ shape, threads: 1, trainRows: 160, evalRows: 160 }))
  engine.writeModel(state, 0)
  let problem: string | undefined
  for (const d of [data, data, wide]) {
    engine.writeTrain(d)
    engine.train(0, 0, d.rows, alpha)
    for (let r = 0; r < d.rows; r++) oracle.step(rowOf(d.x, r, d.features), rowOf(d.y, r, d.targets), alpha)
  }
  const read: ModelState = initialState(shape, data, seed)
  engine.readModel(read, 0)
  oracle.snapshot().forEach((expected, l) => {
    const actual = read.layers[l]!
    for (const key of ['lo', 'hi', 'dx', 'values'] as const) {
      const diff = firstDifference(actual[key], expected[key])
      if (diff !== undefined && problem === undefined) problem = `layer ${l} ${key}: ${diff}`
    }
  })
  const far = randomData(shape, 40, seed + 2, 6)
  engine.writeEval(far.x)
  const predicted = engine.predictEval(0, far.rows)
  for (let r = 0; r < far.rows && problem === undefined; r++) {
    const diff = firstDifference(rowOf(predicted, r, far.targets), oracle.forward(rowOf(far.x, r, far.features), false))
    if (diff !== undefined) problem = `predict row ${r}: ${diff}`
  }
  if (problem !== undefined) failures++
  console.log(`${problem === undefined ? 'ok  ' : 'FAIL'} ${name}${problem === undefined ? '' : `  ${problem}`}`)
}
process.exitCode = failures === 0 ? 0 : 1
