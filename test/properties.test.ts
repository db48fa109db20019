import fc from 'fast-check'
import { afterAll, beforeAll, describe, it } from 'vitest'
import type { KAN, ModelJSON } from '../src/index.js'
import { properties, trainedModel } from './properties/contracts.js'

// A few hundred random cases per entry point; npm run fuzz runs the same properties 10,000+ times.
let model: KAN
let json: ModelJSON
beforeAll(async () => ({ model, json } = await trainedModel()))
afterAll(async () => model.dispose())

describe('every public entry point returns finite results or throws a coded NkkanError', () => {
  it.each(['KAN.create', 'fit', 'predict', 'fromJSON', 'fromBinary', 'readCSV / readJSONLines', 'data helpers (fromRows, splitDataset, fitScaler, toCSV, datasets)'])('%s', async (name) => {
    const found = properties(model, json).find((entry) => entry.name === name)!
    await fc.assert(found.property as never, { numRuns: name === 'fit' ? 150 : 300, seed: 14 })
  }, 120_000)
})
