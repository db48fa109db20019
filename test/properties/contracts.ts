/**
 * The contract of every public entry point, as fast-check properties: a call either returns
 * (finite numbers where it returns numbers) or throws a coded NkkanError, and a rejected fit
 * leaves the model exactly as it was. Shared by test/properties.test.ts (a few hundred runs per
 * entry point) and scripts/fuzz.ts (npm run fuzz: 10,000 or more).
 */
import fc from 'fast-check'
import { KAN, NkkanError, datasets, fitScaler, fromRows, readCSV, readJSONLines, splitDataset, toCSV } from '../../src/index.js'
import type { Dataset, ModelJSON } from '../../src/index.js'

/** Calls accepted and rejected (by code) per entry point, for the fuzz run's report. */
export type Tally = Map<string, Map<string, number>>
let tally: Tally = new Map()
let current = ''
function count(outcome: string): void {
  const counts = tally.get(current) ?? new Map<string, number>()
  counts.set(outcome, (counts.get(outcome) ?? 0) + 1)
  tally.set(current, counts)
}

/** Throws unless `error` is a NkkanError with a code (the property then fails with it). */
function expectCoded(error: unknown): void {
  if (!(error instanceof NkkanError) || typeof error.code !== 'string' || error.message.length === 0) throw error
  count(error.code)
}

function expectFinite(values: ArrayLike<number>, what: string): void {
  for (let q = 0; q < values.length; q++) if (!Number.isFinite(values[q]!)) throw new Error(`${what}[${q}] is ${values[q]} after an accepted call`)
}

/** Numbers as a hostile caller picks them: ordinary, extreme, denormal, non-finite. */
const number = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -10, max: 10, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 1e308, -1.7e308, 1e39, 5e-324, 1e-310, NaN, Infinity, 2 ** 31, 1e15) },
  { weight: 1, arbitrary: fc.double() },
)
/** Anything at all, and values of the wrong type. */
const junk = fc.oneof(fc.anything(), fc.constantFrom(null, undefined, true, '0.5', [], {}, () => 1, Symbol('s'), 10n))
const small = fc.integer({ min: 1, max: 4 })

const layersArb = fc.oneof(
  { weight: 5, arbitrary: fc.array(fc.record({ units: small, points: fc.integer({ min: 2, max: 6 }) }), { minLength: 1, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.array(fc.record({ units: fc.oneof(small, junk, number), points: fc.oneof(fc.integer({ min: 2, max: 6 }), junk, number) }), { maxLength: 3 }) },
  { weight: 1, arbitrary: junk },
)
const createOptions = fc.oneof(
  { weight: 6, arbitrary: fc.record({ inputs: small, layers: layersArb, seed: fc.option(fc.integer(), { nil: undefined }), form: fc.constantFrom('mean', 'sum', undefined), precision: fc.constantFrom('f64', 'f32', undefined) }) },
  { weight: 1, arbitrary: fc.record({ inputs: fc.oneof(junk, number), layers: layersArb }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: junk },
)

const clean = fc.double({ min: -10, max: 10, noNaN: true })

/** Mostly ordinary data sets; one in three with hostile numbers. */
function dataset(features: number, targets: number): fc.Arbitrary<Dataset> {
  return fc.tuple(fc.integer({ min: 1, max: 24 }), fc.integer({ min: 0, max: 2 })).chain(([rows, hostile]) =>
    fc.record({
      x: fc.array(hostile === 0 ? number : clean, { minLength: rows * features, maxLength: rows * features }).map((values) => Float64Array.from(values)),
      y: fc.array(hostile === 0 ? number : clean, { minLength: rows * targets, maxLength: rows * targets }).map((values) => Float64Array.from(values)),
      rows: fc.constant(rows), features: fc.constant(features), targets: fc.constant(targets),
    }),
  )
}
const fitOptions = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record(
      {
        epochs: fc.integer({ min: 1, max: 2 }), learningRate: fc.double({ min: 0.01, max: 0.5, noNaN: true }), threads: fc.oneof({ weight: 15, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.constant(2) }),
        batchSize: fc.integer({ min: 1, max: 4 }), validateEvery: fc.integer({ min: 1, max: 2 }),
      },
      { requiredKeys: ['threads'] },
    ),
  },
  {
    weight: 8,
    arbitrary: fc.record(
      {
        epochs: fc.oneof(fc.integer({ min: 1, max: 3 }), junk), rounds: fc.integer({ min: 1, max: 4 }), learningRate: fc.oneof(fc.double({ min: 0.001, max: 1, noNaN: true }), number, junk),
        threads: fc.oneof({ weight: 12, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.constant(2) }, { weight: 1, arbitrary: junk }), batchSize: fc.oneof(fc.integer({ min: 1, max: 30 }), junk),
        validateEvery: fc.integer({ min: 0, max: 3 }), stopAt: fc.oneof(fc.record({ pearson: number }), junk), mode: fc.constantFrom('disjoint', 'concurrent-serial', 'other'),
        windowRows: fc.oneof(fc.integer({ min: 0, max: 30 }), junk), refine: fc.oneof(fc.record({ atEpochs: fc.array(number, { maxLength: 2 }) }), junk), pretrain: fc.oneof(fc.record({ groups: small, epochs: small }), junk),
        threadz: junk, signal: junk,
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: junk },
)

/** A small trained model to predict with and to damage. */
export async function trainedModel(): Promise<{ model: KAN; json: ModelJSON }> {
  const { train } = datasets.det({ size: 2, train: 200, valid: 1, seed: 2 })
  const model = KAN.create({ inputs: 4, layers: [{ units: 3, points: 3 }, { units: 2, points: 4 }] })
  await model.fit({ ...train, y: Float64Array.from({ length: 400 }, (_, q) => train.y[q >> 1]! * (q % 2 ? -1 : 1)), targets: 2 }, { threads: 1, epochs: 1 })
  return { model, json: model.toJSON() }
}

/** The JSON with one value somewhere (a key of the top, of a layer, or an array entry) replaced. */
function damage(json: ModelJSON): fc.Arbitrary<unknown> {
  const value = fc.oneof({ weight: 3, arbitrary: fc.double({ min: -200, max: 200, noNaN: true }) }, { weight: 1, arbitrary: number }, { weight: 1, arbitrary: junk })
  return fc.tuple(fc.nat(), fc.nat(), fc.nat(), value, fc.boolean()).map(([where, layer, index, value, remove]) => {
    const copy = JSON.parse(JSON.stringify(json)) as Record<string, unknown> & { layers: Record<string, unknown>[] }
    const top = ['format', 'version', 'inputs', 'form', 'precision', 'seed', 'layers', 'extra']
    if (where % 3 === 0) {
      const key = top[where % top.length]!
      if (remove) Reflect.deleteProperty(copy, key)
      else copy[key] = value
      return copy
    }
    const target = copy.layers[layer % copy.layers.length]!
    const key = ['units', 'points', 'lo', 'hi', 'dx', 'values'][where % 6]!
    const array = target[key]
    if (where % 3 === 1 && Array.isArray(array)) array[index % array.length] = value
    else if (remove) Reflect.deleteProperty(target, key)
    else target[key] = value
    return copy
  })
}

/**
 * The bytes with damage a disk, a transfer or a hostile writer could do: bytes overwritten, cut
 * off or added. `original` is false only when the damage happened to change nothing.
 */
export function damageBytes(bytes: Uint8Array): fc.Arbitrary<{ bytes: Uint8Array; original: boolean }> {
  const edit = fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) })
  return fc
    .oneof(
      { weight: 4, arbitrary: fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) => {
        const copy = bytes.slice()
        for (const { at, value } of edits) copy[at % copy.length] = value
        return copy
      }) },
      { weight: 1, arbitrary: fc.nat().map((keep) => bytes.slice(0, keep % bytes.length)) },
      { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 9 }).map((extra) => Uint8Array.from([...bytes, ...extra])) },
    )
    .map((damaged) => ({ bytes: damaged, original: damaged.length === bytes.length && damaged.every((byte, i) => byte === bytes[i]) }))
}

const csvToken = fc.constantFrom('1', '-2.5', '1e308', '1e999', 'x', '', '"', '""', '"a,b"', ',', '\n', '\r\n', ' ', 'NaN', 'y', 'a', '0x10', '+.5', '1,2', '"3"')
const csvText = fc.oneof(
  fc.array(csvToken, { maxLength: 40 }).map((tokens) => tokens.join('')),
  fc.tuple(fc.integer({ min: 1, max: 6 }), fc.array(fc.array(fc.oneof(number.map(String), csvToken), { minLength: 1, maxLength: 6 }), { maxLength: 8 })).map(
    ([columns, rows]) => [Array.from({ length: columns }, (_, c) => (c === columns - 1 ? 'y' : `c${c}`)).join(','), ...rows.map((row) => row.join(','))].join('\n'),
  ),
  junk,
)
const tableOptions = fc.oneof({ weight: 4, arbitrary: fc.record({ targets: fc.oneof(fc.constant(['y']), fc.array(fc.constantFrom('y', 'c0', 'z'), { maxLength: 2 })), source: fc.constant('fuzz') }) }, { weight: 1, arbitrary: junk })

/** The properties, each with the number of runs it is given (scaled by the caller). */
export function properties(model: KAN, json: ModelJSON, counts: Tally = new Map()): { name: string; property: fc.IAsyncPropertyWithHooks<never> | fc.IPropertyWithHooks<never> }[] {
  tally = counts
  const binary = model.toBinary()
  const list = [
    {
      name: 'KAN.create',
      property: fc.property(createOptions, (options) => {
        current = 'KAN.create'
        try {
          const created = KAN.create(options as never)
          if (created.trained) throw new Error('a new model is trained')
          count('accepted')
        } catch (error) {
          expectCoded(error)
        }
      }),
    },
    {
      name: 'fit',
      property: fc.asyncProperty(createOptions, fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 5 }), fitOptions, fc.boolean(), async (options, features, mismatch, fitGiven, twice) => {
        current = 'fit'
        let model: KAN
        try {
          model = KAN.create(options as never)
        } catch (error) {
          expectCoded(error); return;
        }
        try {
          const data = fc.sample(dataset(mismatch === 5 ? features : model.inputs, model.targets), 1)[0]!
          for (let call = 0; call < (twice ? 2 : 1); call++) {
            const before = JSON.stringify(model)
            try {
              const history = await model.fit(data, fitGiven as never)
              for (const log of history) expectFinite([log.seconds, log.records], 'log')
              expectFinite(model.predict(data.x), 'prediction')
              const saved = JSON.parse(JSON.stringify(model)) as { layers: { values: number[] }[] }
              expectFinite(Float64Array.from(saved.layers.flatMap((layer) => layer.values)), 'values')
              count('accepted')
            } catch (error) {
              expectCoded(error)
              if ((error as NkkanError).code !== 'E_ABORT' && JSON.stringify(model) !== before) throw new Error(`a fit rejected with ${(error as NkkanError).code} changed the model`, { cause: error })
            }
          }
        } finally {
          await model.dispose()
        }
      }),
    },
    {
      name: 'predict',
      property: fc.property(fc.oneof(fc.array(fc.array(number, { minLength: 4, maxLength: 4 }), { maxLength: 6 }), fc.array(fc.array(fc.oneof(number, junk), { maxLength: 5 }), { maxLength: 3 }), fc.array(number, { maxLength: 12 }).map((v) => Float64Array.from(v)), junk), (x) => {
        current = 'predict'
        try {
          expectFinite(model.predict(x as never), 'prediction')
          count('accepted')
        } catch (error) {
          expectCoded(error)
        }
      }),
    },
    {
      name: 'fromJSON',
      property: fc.property(fc.oneof({ weight: 6, arbitrary: damage(json) }, { weight: 1, arbitrary: fc.constant(json) }, { weight: 1, arbitrary: junk }), fc.boolean(), (damaged, asString) => {
        current = 'fromJSON'
        let text: string | undefined
        try {
          text = JSON.stringify(damaged)
        } catch {
          // BigInt and the like have no JSON text: the object itself is still tried.
        }
        let loaded: KAN
        try {
          loaded = KAN.fromJSON((asString && text !== undefined ? text : damaged) as never)
        } catch (error) {
          expectCoded(error); return;
        }
        count('accepted')
        if (!loaded.trained) return
        try {
          expectFinite(loaded.predict(new Float64Array(4 * loaded.inputs).map((_, q) => (q % 5) - 2)), 'prediction')
        } catch (error) {
          expectCoded(error)
        }
      }),
    },
    {
      name: 'fromBinary',
      property: fc.property(fc.oneof({ weight: 6, arbitrary: damageBytes(binary) }, { weight: 1, arbitrary: fc.constant({ bytes: binary, original: true }) }, { weight: 1, arbitrary: junk.map((value) => ({ bytes: value, original: false })) }), ({ bytes, original }) => {
        current = 'fromBinary'
        let loaded: KAN
        try {
          loaded = KAN.fromBinary(bytes as never)
        } catch (error) {
          expectCoded(error)
          // Every damage is found: at worst by the CRC-32 (it misses no change within 4 consecutive bytes, and one other in 2^32).
          if (original || (error as NkkanError).code !== 'E_FORMAT') throw error
          return
        }
        if (!original) throw new Error('damaged bytes were accepted')
        count('accepted')
        expectFinite(loaded.predict(new Float64Array(4 * loaded.inputs).map((_, q) => (q % 5) - 2)), 'prediction')
      }),
    },
    {
      name: 'readCSV / readJSONLines',
      property: fc.property(csvText, tableOptions, (text, options) => {
        current = 'readCSV / readJSONLines'
        for (const read of [readCSV, readJSONLines]) {
          try {
            const table = read(text as never, options as never)
            expectFinite(table.x, 'x')
            expectFinite(table.y, 'y')
            count('accepted')
          } catch (error) {
            expectCoded(error)
          }
        }
      }),
    },
    {
      name: 'data helpers (fromRows, splitDataset, fitScaler, toCSV, datasets)',
      property: fc.property(fc.oneof({ weight: 3, arbitrary: fc.array(fc.array(clean, { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 6 }) }, { weight: 1, arbitrary: fc.array(fc.array(fc.oneof({ weight: 8, arbitrary: number }, { weight: 1, arbitrary: junk }), { minLength: 2, maxLength: 4 }), { maxLength: 6 }) }, { weight: 1, arbitrary: junk }), fc.oneof({ weight: 4, arbitrary: fc.record({ targets: fc.constant(1) }) }, { weight: 1, arbitrary: fc.record({ targets: fc.oneof(small, junk) }) }, { weight: 1, arbitrary: junk }), junk, (rows, options, other) => {
        current = 'data helpers'
        let data: Dataset | undefined
        try {
          data = fromRows(rows as never, options as never)
          expectFinite(data.x, 'x')
          count('accepted')
        } catch (error) {
          expectCoded(error)
        }
        const calls: (() => unknown)[] = [
          () => splitDataset((data ?? other) as never, (data === undefined ? other : { valid: 0.5, seed: 1 }) as never),
          () => fitScaler((data ?? other) as never, other as never),
          () => toCSV(other as never, ['a']),
          () => datasets.det(other as never),
          () => datasets.triangle(other as never),
        ]
        for (const call of calls) {
          try {
            call()
          } catch (error) {
            expectCoded(error)
          }
        }
      }),
    },
  ]
  return list as never
}
