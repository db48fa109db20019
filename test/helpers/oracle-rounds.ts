/** The oracle's disjoint-batch training by hand (ALGORITHM §3): each round, copies train their batches from the merged model, then average. */
import type { Dataset } from '../../src/data/data.js'
import type { RowRange } from '../../src/kernels/engine.js'
import type { ModelJSON } from '../../src/model/serialize.js'
import { OracleKAN, averageSnapshots, roundFor } from '../oracle/float.js'
import { rowOf } from './cases.js'

/** `rounds[k][c]`: the rows copy c trains in round k, in order. */
export function oracleCopyRounds(json: ModelJSON, data: Dataset, rounds: readonly (readonly (readonly RowRange[])[])[], alpha: number, skip = 0): ModelJSON {
  let current = json
  for (const batches of rounds) {
    const snapshots = batches.map((batch) => {
      const copy = new OracleKAN(current)
      for (const [start, end] of batch) {
        for (let r = start; r < end; r++) copy.step(rowOf(data.x, r, data.features), rowOf(data.y, r, data.targets), alpha, skip)
      }
      return copy.snapshot()
    })
    const mean = averageSnapshots(snapshots, roundFor(current.precision))
    current = { ...current, layers: current.layers.map((layer, l) => ({ ...layer, ...mean[l]! })) }
  }
  return current
}
