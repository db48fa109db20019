// Saves and loads a model larger than JSON can hold (30.0M parameters: 100 inputs → 300 units of
// 1,000 points → 1 output of 12): JSON.stringify fails at the longest string JavaScript holds,
// toBinary writes a .nkb file that fromBinary reads back with predictions equal bit for bit.
// Prints the sizes and the wall and CPU times. Takes about 1.3 GB of memory.
// Run: npm run asbuild && node --import tsx scripts/large-model.ts
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { KAN, Random } from '../src/index.js'
import type { Dataset } from '../src/index.js'

const inputs = 100
const layers = [{ units: 300, points: 1000 }, { units: 1, points: 12 }]
const random = new Random(5)
const rows = 1000
const sample: Dataset = { x: Float64Array.from({ length: rows * inputs }, () => random.uniform(-1, 1)), y: Float64Array.from({ length: rows }, () => random.uniform(-1, 1)), rows, features: inputs, targets: 1 }

/** The work's result, or what it threw, and its wall and CPU seconds. */
function measure<T>(work: () => T): { value?: T; error?: Error; took: string } {
  const [wall, cpu] = [performance.now(), process.cpuUsage()]
  let result: { value?: T; error?: Error }
  try {
    result = { value: work() }
  } catch (error) {
    result = { error: error as Error }
  }
  const used = process.cpuUsage(cpu)
  return { ...result, took: `${((performance.now() - wall) / 1000).toFixed(1)} s, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU` }
}

const model = KAN.create({ inputs, layers })
model.init(sample)
const parameters = layers.reduce((sum, { units, points }, l) => sum + (l === 0 ? inputs : layers[l - 1]!.units) * units * points, 0)
console.log(`model: ${parameters.toLocaleString('en-US')} parameters (${inputs} → ${layers.map(({ units, points }) => `${units}:${points}`).join(' → ')}, f64)`)

const json = measure(() => JSON.stringify(model).length)
console.log(`JSON.stringify: ${json.error === undefined ? `${json.value} characters: this model is not larger than JSON can hold` : `${json.error.name}: ${json.error.message}`} (${json.took})`)

const dir = mkdtempSync(join(tmpdir(), 'nkkan-large-'))
try {
  const file = join(dir, 'model.nkb')
  const saved = measure(() => writeFileSync(file, model.toBinary()))
  console.log(`toBinary + write: ${(readFileSync(file).length / 1e6).toFixed(1)} MB (${saved.took})`)
  const read = measure(() => KAN.fromBinary(readFileSync(file)))
  console.log(`read + fromBinary (every field checked, CRC-32): ${read.took}`)
  const x = sample.x.subarray(0, 200 * inputs)
  const [a, b] = [model.predict(x), read.value!.predict(x)]
  const differ = a.filter((value, q) => !Object.is(value, b[q])).length
  console.log(`predictions of 200 rows: ${differ} differ from the saved model's (bit for bit)`)
  process.exitCode = differ === 0 ? 0 : 1
} finally {
  rmSync(dir, { recursive: true, force: true })
}
