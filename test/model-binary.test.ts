import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { KAN, datasets } from '../src/index.js'
import { crc32 } from '../src/data/crc32.js'
import { binaryHeader } from '../src/model/model-binary.js'
import { thrown } from './helpers/errors.js'
import { damageBytes } from './properties/contracts.js'

// The binary model format (KAN.toBinary / KAN.fromBinary): an exact round trip like JSON's, for
// models too large for JSON text, and every field of a loaded file checked as fromJSON checks a
// model (E_FORMAT naming it), then its CRC-32.
const { train, valid } = datasets.det({ size: 2, train: 300, valid: 40, seed: 3 })
const layers = [{ units: 4, points: 3 }, { units: 1, points: 5 }]
const trained: Record<'f64' | 'f32', KAN> = {} as never

beforeAll(async () => {
  for (const precision of ['f64', 'f32'] as const) {
    trained[precision] = KAN.create({ inputs: 4, layers, precision, form: precision === 'f32' ? 'sum' : 'mean', seed: 2 ** 40 + 3 })
    await trained[precision].fit(train, { threads: 1, epochs: 2 })
  }
})

function samePredictions(a: KAN, b: KAN): void {
  const [pa, pb] = [a.predict(valid.x), b.predict(valid.x)]
  expect(pa.length).toBe(valid.rows)
  pa.forEach((value, q) => expect(Object.is(value, pb[q]), `row ${q}: ${value} vs ${pb[q]}`).toBe(true))
}

/** Byte offset of `key[index]` of layer l in a trained model's bytes. */
function valueOffset(model: KAN, bytes: Uint8Array, l: number, key: 'lo' | 'hi' | 'dx' | 'values', index: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const width = bytes[8]!
  let at = Math.ceil((40 + 8 * model.shape.layers.length + view.getUint32(28, true) + view.getUint32(32, true)) / 8) * 8
  const inputs = (k: number): number => (k === 0 ? model.inputs : model.shape.layers[k - 1]!.units)
  // The models here have one count per layer.
  for (let k = 0; k < l; k++) at += inputs(k) * (3 + (model.shape.layers[k]!.points as number) * model.shape.layers[k]!.units) * width
  return at + (['lo', 'hi', 'dx', 'values'].indexOf(key) * inputs(l) + index) * width
}

/** A copy with `edit` applied and the checksum made right again (damage only the field checks can find). */
function edited(bytes: Uint8Array, edit: (view: DataView, bytes: Uint8Array) => void): Uint8Array {
  const copy = bytes.slice()
  const view = new DataView(copy.buffer)
  edit(view, copy)
  view.setUint32(copy.length - 4, crc32(copy.subarray(0, copy.length - 4)), true)
  return copy
}

describe('toBinary / fromBinary', () => {
  it('round-trips a model whose first layer has points per input (counts after the layer table); cut counts are E_FORMAT', async () => {
    await using model = KAN.create({ inputs: 4, layers: [{ units: 4, points: [2, 5, 3, 2] }, { units: 1, points: 5 }], seed: 7 })
    await model.fit(train, { threads: 1, epochs: 2 })
    const bytes = model.toBinary()
    const loaded = KAN.fromBinary(bytes)
    expect(loaded.shape.layers[0]!.points).toEqual([2, 5, 3, 2])
    expect(loaded.toJSON()).toEqual(model.toJSON())
    samePredictions(model, loaded)
    expect(thrown(() => KAN.fromBinary(bytes.subarray(0, 40 + 16 + 8))).code).toBe('E_FORMAT')
  })

  it('round-trips trained f64 and f32 models exactly: same JSON, same predictions bit for bit', () => {
    for (const precision of ['f64', 'f32'] as const) {
      const model = trained[precision]
      const bytes = model.toBinary()
      const loaded = KAN.fromBinary(bytes)
      expect(loaded.toJSON()).toEqual(model.toJSON())
      samePredictions(model, loaded)
      // From an ArrayBuffer too (a browser's fetch), and with the bytes at an offset of a larger buffer (Node's Buffer pool).
      samePredictions(model, KAN.fromBinary(bytes.slice().buffer))
      const pooled = new Uint8Array(bytes.length + 13)
      pooled.set(bytes, 13)
      samePredictions(model, KAN.fromBinary(pooled.subarray(13)))
      // A loaded model averages with the one it was saved from (their shape objects list their fields in other orders).
      expect(KAN.average([model, loaded]).toJSON().layers).toEqual(model.toJSON().layers)
      expect(KAN.average([KAN.fromJSON(JSON.stringify(model)), loaded]).toJSON().layers).toEqual(model.toJSON().layers)
    }
  })

  it('stores an f32 model trained in f32 at 4 bytes a value, and other values at 8', () => {
    const [f64, f32] = [trained.f64.toBinary(), trained.f32.toBinary()]
    expect([f64[8], f32[8]]).toEqual([8, 4])
    expect(f32.length).toBeLessThan(0.6 * f64.length)
    // init computes the grids in f64: an f32 model whose values are not all f32 keeps 8 bytes, exactly.
    const fresh = KAN.create({ inputs: 4, layers, precision: 'f32' })
    fresh.init(train)
    const bytes = fresh.toBinary()
    expect(bytes[8]).toBe(8)
    expect(KAN.fromBinary(bytes).toJSON()).toEqual(fresh.toJSON())
  })

  it('round-trips an untrained model (shape and seed) and keeps columns beside a model', () => {
    const untrained = KAN.create({ inputs: 3, layers: [{ units: 2, points: 4 }, { units: 2, points: 6 }], seed: 7 })
    const loaded = KAN.fromBinary(untrained.toBinary())
    expect(loaded.trained).toBe(false)
    expect(loaded.toJSON()).toEqual(untrained.toJSON())
    const columns = { features: ['a', 'b', 'c', 'd'], targets: ['y é'] }
    const bytes = trained.f64.toBinary({ columns })
    expect(binaryHeader(bytes)).toEqual({ origin: trained.f64.toJSON().origin, columns })
    expect(KAN.fromBinary(bytes).toJSON()).toEqual(trained.f64.toJSON())
    expect(thrown(() => trained.f64.toBinary({ columns: 3 } as never)).code).toBe('E_OPTION')
    expect(thrown(() => trained.f64.toBinary({ column: {} } as never)).message).toMatch(/did you mean "columns"/)
  })

  const model = (): KAN => trained.f64
  const cases: { label: string; edit: (view: DataView, bytes: Uint8Array) => void; message: RegExp }[] = [
    { label: 'magic', edit: (v) => v.setUint8(0, 0x4a), message: /not an nkkan binary model: expected the magic bytes "NKKB"/ },
    { label: 'version', edit: (v) => v.setUint16(4, 2, true), message: /binary model version 2 is not supported; this nkkan reads version 1/ },
    { label: 'form', edit: (v) => v.setUint8(6, 2), message: /form \(byte 6\) is 2, expected 0 \(mean\) or 1 \(sum\)/ },
    { label: 'precision', edit: (v) => v.setUint8(7, 9), message: /precision \(byte 7\) is 9/ },
    { label: 'bytes per value', edit: (v) => v.setUint8(8, 4), message: /bytes per value \(byte 8\) is 4: 8, or 4 in an f32 model/ },
    { label: 'trained flag', edit: (v) => v.setUint8(9, 2), message: /trained \(byte 9\) is 2/ },
    { label: 'reserved byte', edit: (v) => v.setUint8(11, 1), message: /reserved bytes \(11, 36–39\) are not zero/ },
    { label: 'seed', edit: (v) => v.setFloat64(16, 0.5, true), message: /seed is 0\.5, not an integer/ },
    { label: 'inputs', edit: (v) => v.setUint32(12, 0, true), message: /inputs must be an integer ≥ 1, got 0/ },
    { label: 'points', edit: (v) => v.setUint32(52, 1, true), message: /layers\[1\]\.points must be an integer from 2/ },
    { label: 'layer count', edit: (v) => v.setUint32(24, 1e6, true), message: /its header \(1000000 layers.* needs 8000\d+ bytes; the file has \d+/ },
    { label: 'units (file length)', edit: (v) => v.setUint32(48, 2, true), message: /the file has \d+ bytes; its trained shape \(4 → 4:3 → 2:5, 8 bytes a value\) needs \d+/ },
    { label: 'origin text', edit: (v) => v.setUint8(56, 0xff), message: /origin is not UTF-8/ },
    { label: 'a NaN value', edit: (v, b) => v.setFloat64(valueOffset(model(), b, 1, 'values', 2), NaN, true), message: /layers\[1\]\.values\[2\] is NaN, not a finite number/ },
    { label: 'a value that overflows', edit: (v, b) => v.setFloat64(valueOffset(model(), b, 1, 'values', 2), 1e308, true), message: /layers\[1\]\.values\[2\] is 1e\+308, beyond what a mean-form f64 layer/ },
    { label: 'a grid with hi ≤ lo', edit: (v, b) => v.setFloat64(valueOffset(model(), b, 0, 'hi', 1), v.getFloat64(valueOffset(model(), b, 0, 'lo', 1), true), true), message: /layers\[0\]\.hi\[1\] .* is not above layers\[0\]\.lo\[1\]/ },
    { label: 'a dx that does not match its grid', edit: (v, b) => v.setFloat64(valueOffset(model(), b, 1, 'dx', 0), 1.5 * v.getFloat64(valueOffset(model(), b, 1, 'dx', 0), true), true), message: /layers\[1\]\.dx\[0\] .* does not match \(hi − lo\)\/\(points − 1\)/ },
  ]
  it.each(cases)('rejects a damaged field with E_FORMAT naming it: $label', ({ edit, message }) => {
    const bytes = model().toBinary()
    const error = thrown(() => KAN.fromBinary(edited(bytes, edit)))
    expect(error.code).toBe('E_FORMAT')
    expect(error.message).toMatch(message)
  })

  it('rejects changed bytes by the checksum, cut or extended files by their length, and values that are not bytes', () => {
    const bytes = model().toBinary()
    const flipped = bytes.slice()
    flipped[valueOffset(model(), bytes, 0, 'values', 5)]! ^= 1
    expect(thrown(() => KAN.fromBinary(flipped)).message).toMatch(/checksum \(CRC-32 in the last 4 bytes\) is [0-9a-f]{8}, the bytes before it give [0-9a-f]{8}/)
    expect(thrown(() => KAN.fromBinary(bytes.subarray(0, bytes.length - 8))).message).toMatch(/the file has \d+ bytes; its trained shape/)
    expect(thrown(() => KAN.fromBinary(bytes.subarray(0, 20))).message).toMatch(/the file has 20 bytes; a binary model has at least 44/)
    for (const junk of ['NKKB', null, [1, 2], new Float64Array(8)]) expect(thrown(() => KAN.fromBinary(junk as never)).message).toMatch(/a binary model is a Uint8Array or an ArrayBuffer/)
  })

  it('rejects every damaged file (fast-check: overwritten, cut off, extended) with E_FORMAT', () => {
    for (const precision of ['f64', 'f32'] as const) {
      const bytes = trained[precision].toBinary({ columns: { features: ['a', 'b', 'c', 'd'], targets: ['y'] } })
      fc.assert(
        fc.property(damageBytes(bytes), ({ bytes: damaged, original }) => {
          if (original) return
          expect(thrown(() => KAN.fromBinary(damaged)).code).toBe('E_FORMAT')
        }),
        { numRuns: 1000, seed: 14 },
      )
    }
  })
})
