import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { KAN, datasets, toCSV } from '../src/index.js'
import type { ModelJSON } from '../src/index.js'
import { thrown } from './helpers/errors.js'

// A loaded model is validated completely or rejected with E_FORMAT naming the field: before,
// ±1e308 node values loaded and predicted [NaN, -Infinity], and grids with hi ≤ lo or a dx that
// does not match them loaded too.
const { train, valid } = datasets.det({ size: 2, train: 300, valid: 20, seed: 3 })
const layers = [{ units: 4, points: 3 }, { units: 1, points: 5 }]
const saved: Record<'f64' | 'f32', ModelJSON> = {} as never

beforeAll(async () => {
  for (const precision of ['f64', 'f32'] as const) {
    await using model = KAN.create({ inputs: 4, layers, precision })
    await model.fit(train, { threads: 1, epochs: 2 })
    saved[precision] = model.toJSON()
  }
})

type Damage = (json: { layers: Record<string, number[]>[] } & Record<string, unknown>) => void
function damaged(precision: 'f64' | 'f32', damage: Damage): ModelJSON {
  const json = JSON.parse(JSON.stringify(saved[precision])) as never
  damage(json)
  return json
}

describe('fromJSON validates a model completely', () => {
  const cases: { label: string; precision: 'f64' | 'f32'; damage: Damage; message: RegExp }[] = [
    { label: 'values that overflow in f64', precision: 'f64', damage: (j) => void (j.layers[1]!.values![2] = 1e308), message: /layers\[1\]\.values\[2\] is 1e\+308, beyond what a mean-form f64 layer/ },
    { label: 'values beyond f32 range in an f32 model', precision: 'f32', damage: (j) => void (j.layers[0]!.values![7] = -1e39), message: /layers\[0\]\.values\[7\] is -1e\+39, beyond .* f32 layer/ },
    { label: 'a grid with hi ≤ lo', precision: 'f64', damage: (j) => void (j.layers[0]!.hi![1] = j.layers[0]!.lo![1]!), message: /layers\[0\]\.hi\[1\] .* is not above layers\[0\]\.lo\[1\]/ },
    { label: 'a dx that does not match the grid', precision: 'f64', damage: (j) => void (j.layers[1]!.dx![0] = j.layers[1]!.dx![0]! * 1.5), message: /layers\[1\]\.dx\[0\] .* does not match \(hi − lo\)\/\(points − 1\)/ },
    { label: 'a grid end beyond the range', precision: 'f64', damage: (j) => void (j.layers[0]!.lo![0] = -1e308), message: /layers\[0\]\.lo\[0\] is -1e\+308, beyond the f64 model's range/ },
    { label: 'a denormal dx', precision: 'f64', damage: (j) => { j.layers[0]!.lo![2] = 0; j.layers[0]!.hi![2] = 2e-310; j.layers[0]!.dx![2] = 1e-310 }, message: /layers\[0\]\.dx\[2\] .* below f64's resolution/ },
    { label: 'a seed that is not an integer', precision: 'f64', damage: (j) => void (j.seed = 'one'), message: /seed must be an integer, got "one"/ },
    { label: 'an unknown key', precision: 'f64', damage: (j) => void (j.layers[0]!.value = [1]), message: /unknown key layers\[0\]\.value/ },
  ]
  for (const { label, precision, damage, message } of cases) {
    it(`rejects ${label} with E_FORMAT naming the field`, () => {
      const error = thrown(() => KAN.fromJSON(damaged(precision, damage)))
      expect(error.code).toBe('E_FORMAT')
      expect(error.message).toMatch(message)
    })
  }

  it('loads every model training makes (f64, f32, refined, averaged), predicting the same', async () => {
    await using refined = KAN.create({ inputs: 4, layers, precision: 'f32', seed: 5 })
    await refined.fit(train, { threads: 1, epochs: 2, refine: { atEpochs: [1] } })
    const models = [KAN.fromJSON(saved.f64), KAN.fromJSON(saved.f32), refined, KAN.average([KAN.fromJSON(saved.f64), KAN.fromJSON(saved.f64)])]
    for (const model of models) {
      const loaded = KAN.fromJSON(JSON.stringify(model))
      expect(loaded.predict(valid.x)).toEqual(model.predict(valid.x))
    }
  })
})

describe('the command line exits 2 for a bad model file', () => {
  let dir = ''
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'nkkan-json-'))
    writeFileSync(join(dir, 'data.csv'), toCSV(Float64Array.from({ length: 20 }, (_, q) => q / 20), ['a', 'b', 'c', 'd']))
    writeFileSync(join(dir, 'overflow.json'), JSON.stringify(damaged('f64', (j) => void (j.layers[1]!.values![0] = -1e308))))
    writeFileSync(join(dir, 'untrained.json'), JSON.stringify(KAN.create({ inputs: 4, layers }).toJSON()))
    writeFileSync(join(dir, 'columns.json'), JSON.stringify({ ...saved.f64, columns: { features: 'a' } }))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  for (const [name, message] of [['overflow', /overflow\.json: damaged model JSON: layers\[1\]\.values\[0\]/], ['untrained', /holds an untrained model/], ['columns', /columns must be/]] as const) {
    it(`${name}: exit 2, no predictions`, () => {
      const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'predict', join(dir, `${name}.json`), join(dir, 'data.csv')], { cwd: process.cwd(), encoding: 'utf8', timeout: 30_000 })
      expect(child.stderr).toMatch(message)
      expect(child.stdout).toBe('')
      expect(child.status).toBe(2)
    })
  }
})
