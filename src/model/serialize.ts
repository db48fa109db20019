/**
 * Versioned model JSON: the logical model (never raw memory). Numbers are written as JSON
 * numbers, which round-trip f64 exactly, so a loaded model predicts bit for bit the same.
 */
import { NkkanError } from '../errors.js'
import { type LayerState, type ModelShape, type ModelState, type Points, checkShape, inputPoints, layerInputs, nodeRows, uniformPoints } from './model.js'
import { largestValue, precisionLimits } from './ranges.js'
import { describe } from '../arguments.js'

export const FORMAT = 'nkkan'
/**
 * Version 2 adds per-input point counts (`points` an array); a model whose layers each have one
 * count is written as version 1, which earlier readers load. Both versions are read.
 */
export const FORMAT_VERSION = 2
const VERSIONS: readonly number[] = [1, 2]

/** One trained layer in a {@link ModelJSON}. */
export interface LayerJSON {
  /** Outputs of the layer. */
  units: number
  /** Grid nodes of each function, or of the functions of each input (version 2). */
  points: number | number[]
  /** Grid of each input: its lowest node. */
  lo: number[]
  /** Grid of each input: its highest node. */
  hi: number[]
  /** Grid of each input: the spacing of its nodes. */
  dx: number[]
  /** Node values, index (s_j + p)·units + k, s_j = points of inputs 0..j-1 (j·points for one count). */
  values: number[]
}

/** A model as JSON ({@link KAN.toJSON}, {@link KAN.fromJSON}). */
export interface ModelJSON {
  /** Marks the file as an nkkan model. */
  format: typeof FORMAT
  /** Version of this format: 1, or 2 when a layer has per-input point counts. */
  version: 1 | 2
  /** Features of a record. */
  inputs: number
  /** {@link ModelShape.form}. */
  form: ModelShape['form']
  /** {@link ModelShape.precision}. */
  precision: ModelShape['precision']
  /** {@link KAN.seed}. */
  seed: number
  /**
   * Fingerprint of the initial parameters the model was trained from (absent before training
   * and in files written before it existed). Models averaged by `merge` should share it: copies
   * of one model trained on disjoint shards do; independently initialised models do not.
   */
  origin?: string
  /** The trained layers; only their shapes for a model that has not been trained yet. */
  layers:
    | LayerJSON[]
    | {
        /** Outputs of the layer. */
        units: number
        /** Grid nodes of each function, or of the functions of each input (version 2). */
        points: number | number[]
      }[]
}

/** A layer's counts as JSON: one number when every input shares it (readable as version 1). */
const pointsJSON = (points: Points): number | number[] => uniformPoints(points) ?? [...(points as readonly number[])]

export function stateToJSON(shape: ModelShape, seed: number, state: ModelState | undefined, origin?: string): ModelJSON {
  const version = shape.layers.every((layer) => uniformPoints(layer.points) !== undefined) ? 1 : 2
  const base = { format: FORMAT, version, inputs: shape.inputs, form: shape.form, precision: shape.precision, seed, ...(origin === undefined ? {} : { origin }) } as const
  if (state === undefined) return { ...base, layers: shape.layers.map(({ units, points }) => ({ units, points: pointsJSON(points) })) }
  return {
    ...base,
    layers: state.layers.map((layer) => ({
      units: layer.units,
      points: pointsJSON(layer.points),
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

/**
 * The keys of version 1 (`origin`: the fingerprint of the initial parameters; `columns`: the column
 * names and encoding the command line stores beside a model).
 */
const MODEL_KEYS = ['format', 'version', 'inputs', 'form', 'precision', 'seed', 'origin', 'layers', 'columns']
const LAYER_KEYS = ['units', 'points', 'lo', 'hi', 'dx', 'values']

/** A key version 1 does not have means a damaged or foreign file: E_FORMAT naming it. */
function checkKeys(record: Record<string, unknown>, known: readonly string[], where: string): void {
  const unknown = Object.keys(record).find((key) => !known.includes(key))
  if (unknown !== undefined) throw new NkkanError('E_FORMAT', `damaged model JSON: unknown key ${where}${unknown} (version ${FORMAT_VERSION} has ${known.join(', ')})`)
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
      throw new NkkanError('E_FORMAT', `${where}[${index}] is ${describe(item)}, not a finite number`)
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
  if (!VERSIONS.includes(json.version as number)) {
    throw new NkkanError('E_FORMAT', `model format version ${String(json.version)} is not supported; this nkkan reads versions ${VERSIONS.join(' and ')}`)
  }
  const version = json.version as 1 | 2
  if (!Array.isArray(json.layers)) throw new NkkanError('E_FORMAT', 'model JSON has no layers array')
  checkKeys(json, MODEL_KEYS, '')
  const layersJSON = json.layers as unknown[]
  const shape: ModelShape = {
    inputs: json.inputs as number,
    form: json.form as ModelShape['form'],
    precision: json.precision as ModelShape['precision'],
    layers: layersJSON.map((layer, l) => {
      if (!isRecord(layer)) throw new NkkanError('E_FORMAT', `layers[${l}] is not an object`)
      checkKeys(layer, LAYER_KEYS, `layers[${l}].`)
      if (version === 1 && Array.isArray(layer.points)) throw new NkkanError('E_FORMAT', `damaged model JSON: layers[${l}].points is an array, which version 1 does not have`)
      return { units: layer.units as number, points: layer.points as Points }
    }),
  }
  checkLoadedShape(shape, 'model JSON')
  if (json.seed !== undefined && !Number.isInteger(json.seed)) throw new NkkanError('E_FORMAT', `seed must be an integer, got ${describe(json.seed)}`)
  const seed = (json.seed as number | undefined) ?? 1
  const trained = layersJSON.map((layer) => isRecord(layer) && 'values' in layer)
  if (json.origin !== undefined && typeof json.origin !== 'string') throw new NkkanError('E_FORMAT', `origin must be a string, got ${JSON.stringify(json.origin)}`)
  const origin = json.origin
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
      values: finiteArray(layer.values, nodeRows(points, n) * units, `layers[${l}].values`),
    }
  })
  layers.forEach((layer, l) => checkLayer(layer, l, shape, 'model JSON'))
  return { shape, seed, state: { shape, layers }, origin }
}

/** checkShape for a loaded model: E_FORMAT naming the field (`source`: the kind of file, for the message). */
export function checkLoadedShape(shape: ModelShape, source: string): void {
  try {
    checkShape(shape)
  } catch (error) {
    throw new NkkanError('E_FORMAT', `damaged ${source}: ${(error as Error).message}`, { cause: error })
  }
}

/**
 * A loaded layer must be one training could have made: grids with hi > lo and dx = (hi − lo)/(P − 1)
 * (up to rounding), segments the precision resolves, and values whose sums stay finite in it.
 */
export function checkLayer(layer: LayerState, l: number, shape: ModelShape, source: string): void {
  const { max, minNormal, epsilon } = precisionLimits(shape.precision)
  const fail = (message: string): never => {
    throw new NkkanError('E_FORMAT', `damaged ${source}: layers[${l}].${message}`)
  }
  const largest = largestValue(shape.precision)
  const points = inputPoints(layer.points, layer.inputs)
  for (let j = 0; j < layer.inputs; j++) {
    const [lo, hi, dx] = [layer.lo[j]!, layer.hi[j]!, layer.dx[j]!]
    for (const [key, value] of [['lo', lo], ['hi', hi]] as const) {
      if (Math.abs(value) > largest) fail(`${key}[${j}] is ${value}, beyond the ${shape.precision} model's range (|value| ≤ ${largest.toPrecision(3)})`)
    }
    if (!(hi > lo)) fail(`hi[${j}] (${hi}) is not above layers[${l}].lo[${j}] (${lo})`)
    const magnitude = Math.max(Math.abs(lo), Math.abs(hi))
    if (dx < minNormal || dx < epsilon * magnitude) fail(`dx[${j}] (${dx}) is below ${shape.precision}'s resolution on [${lo}, ${hi}]`)
    const width = hi - lo
    if (Math.abs(dx * (points[j]! - 1) - width) > 1e-3 * width + 4 * epsilon * magnitude) {
      fail(`dx[${j}] (${dx}) does not match (hi − lo)/(points − 1) = ${width / (points[j]! - 1)}`)
    }
  }
  // Sum form: a layer's output adds n values; in the mean form it stays within them.
  const limit = Math.min(largest, max / 1024 / (shape.form === 'sum' ? layer.inputs : 1))
  const q = layer.values.findIndex((value) => Math.abs(value) > limit)
  if (q >= 0) fail(`values[${q}] is ${layer.values[q]}, beyond what a ${shape.form}-form ${shape.precision} layer of ${layer.inputs} inputs keeps finite (|value| ≤ ${limit.toPrecision(3)})`)
}
