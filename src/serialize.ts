/**
 * Versioned model JSON: the logical model (never raw memory). Numbers are written as JSON
 * numbers, which round-trip f64 exactly, so a loaded model predicts bit for bit the same.
 */
import { NkkanError } from './errors.js'
import { type LayerState, type ModelShape, type ModelState, checkShape, layerInputs } from './model.js'

export const FORMAT = 'nkkan'
export const FORMAT_VERSION = 1

export interface LayerJSON {
  units: number
  points: number
  /** Grid of each input: lo, hi, dx. */
  lo: number[]
  hi: number[]
  dx: number[]
  /** Node values, index (j·points + p)·units + k. */
  values: number[]
}

export interface ModelJSON {
  format: typeof FORMAT
  version: typeof FORMAT_VERSION
  inputs: number
  form: ModelShape['form']
  precision: ModelShape['precision']
  seed: number
  /**
   * Fingerprint of the initial parameters the model was trained from (absent before training
   * and in files written before it existed). Models averaged by `merge` should share it: copies
   * of one model trained on disjoint shards do; independently initialised models do not.
   */
  origin?: string
  /** Absent for a model that has not been trained yet. */
  layers: LayerJSON[] | { units: number; points: number }[]
}

export function stateToJSON(shape: ModelShape, seed: number, state: ModelState | undefined, origin?: string): ModelJSON {
  const base = { format: FORMAT, version: FORMAT_VERSION, inputs: shape.inputs, form: shape.form, precision: shape.precision, seed, ...(origin === undefined ? {} : { origin }) } as const
  if (state === undefined) return { ...base, layers: shape.layers.map(({ units, points }) => ({ units, points })) }
  return {
    ...base,
    layers: state.layers.map((layer) => ({
      units: layer.units,
      points: layer.points,
      lo: Array.from(layer.lo),
      hi: Array.from(layer.hi),
      dx: Array.from(layer.dx),
      values: Array.from(layer.values),
    })),
  }
}

/** FNV-1a (32 bits) over the bytes of every grid and node value: equal for equal initial models. */
export function fingerprint(state: ModelState): string {
  let hash = 0x811c9dc5
  for (const layer of state.layers) {
    for (const values of [layer.lo, layer.hi, layer.values]) {
      const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength)
      for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193)
    }
  }
  return (hash >>> 0).toString(16).padStart(8, '0')
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function finiteArray(value: unknown, length: number, where: string): Float64Array {
  if (!Array.isArray(value) || value.length !== length) {
    throw new NkkanError('E_FORMAT', `${where} must be an array of ${length} numbers, got ${Array.isArray(value) ? `${value.length} items` : typeof value}`)
  }
  const out = new Float64Array(length)
  value.forEach((item, index) => {
    if (typeof item !== 'number' || !Number.isFinite(item)) {
      throw new NkkanError('E_FORMAT', `${where}[${index}] is ${JSON.stringify(item)}, not a finite number`)
    }
    out[index] = item
  })
  return out
}

/** Parses and checks model JSON; returns its shape, seed and (if trained) state. */
export function stateFromJSON(input: unknown): { shape: ModelShape; seed: number; state: ModelState | undefined; origin: string | undefined } {
  let json = input
  if (typeof json === 'string') {
    try {
      json = JSON.parse(json) as unknown
    } catch (error) {
      throw new NkkanError('E_FORMAT', `model JSON does not parse: ${(error as Error).message}`, { cause: error })
    }
  }
  if (!isRecord(json) || json.format !== FORMAT) throw new NkkanError('E_FORMAT', `not an nkkan model: expected format "${FORMAT}"`)
  if (json.version !== FORMAT_VERSION) {
    throw new NkkanError('E_FORMAT', `model format version ${String(json.version)} is not supported; this nkkan reads version ${FORMAT_VERSION}`)
  }
  if (!Array.isArray(json.layers)) throw new NkkanError('E_FORMAT', 'model JSON has no layers array')
  const layersJSON = json.layers as unknown[]
  const shape: ModelShape = {
    inputs: json.inputs as number,
    form: json.form as ModelShape['form'],
    precision: json.precision as ModelShape['precision'],
    layers: layersJSON.map((layer, l) => {
      if (!isRecord(layer)) throw new NkkanError('E_FORMAT', `layers[${l}] is not an object`)
      return { units: layer.units as number, points: layer.points as number }
    }),
  }
  try {
    checkShape(shape)
  } catch (error) {
    throw new NkkanError('E_FORMAT', `damaged model JSON: ${(error as Error).message}`, { cause: error })
  }
  const seed = typeof json.seed === 'number' && Number.isInteger(json.seed) ? json.seed : 1
  const trained = layersJSON.map((layer) => isRecord(layer) && 'values' in layer)
  const origin = typeof json.origin === 'string' ? json.origin : undefined
  if (trained.every((t) => !t)) return { shape, seed, state: undefined, origin: undefined }
  const layers = layersJSON.map((raw, l): LayerState => {
    const layer = raw as Record<string, unknown>
    const n = layerInputs(shape, l)
    const { units, points } = shape.layers[l]!
    return {
      inputs: n, units, points,
      lo: finiteArray(layer.lo, n, `layers[${l}].lo`),
      hi: finiteArray(layer.hi, n, `layers[${l}].hi`),
      dx: finiteArray(layer.dx, n, `layers[${l}].dx`),
      values: finiteArray(layer.values, n * points * units, `layers[${l}].values`),
    }
  })
  return { shape, seed, state: { shape, layers }, origin }
}
