/** Prequential (test-then-train) evaluation by the oracle, what learnFrom must reproduce bit for bit. */
import type { Dataset } from '../../src/data/data.js'
import type { ModelJSON } from '../../src/model/serialize.js'
import { OracleKAN } from '../oracle/float.js'
import { rowOf } from './cases.js'

/** The oracle's prequential predictions: each record predicted (grids widened to x) before its step. */
export function oraclePrequential(json: ModelJSON, data: Dataset, alpha: (records: number) => number): { predicted: Float64Array; oracle: OracleKAN } {
  const oracle = new OracleKAN(json)
  const predicted = new Float64Array(data.rows * data.targets)
  for (let r = 0; r < data.rows; r++) {
    const x = rowOf(data.x, r, data.features)
    predicted.set(oracle.forward(x, true), r * data.targets)
    oracle.step(x, rowOf(data.y, r, data.targets), alpha(r))
  }
  return { predicted, oracle }
}
