/**
 * Adapters for TypeScript ML pipelines: tensor-like objects (tfjs tensors and the like) in,
 * and a scaler that standardises features and targets and maps predictions back.
 */
import { type Dataset, type FloatArray, checkDataset, columnRanges } from './data.js'
import { optionsObject } from '../arguments.js'
import { NkkanError } from '../errors.js'
import { Random } from './random.js'

/** A training and a validation set drawn from the same distribution. */
export interface Split {
  /** The records to train on. */
  readonly train: Dataset
  /** The records to validate on, drawn apart from the training records. */
  readonly valid: Dataset
}

/** A 2-D tensor as tfjs has it: `shape` [rows, columns] and its values row-major from `dataSync()`. */
export interface TensorLike {
  /** [rows, columns]. */
  readonly shape: readonly number[]
  /** The values, row-major. */
  dataSync(): Float32Array | Float64Array | Int32Array | Uint8Array
}

/** Whether `value` has a tensor's `shape` array and `dataSync` function. */
export function isTensorLike(value: unknown): value is TensorLike {
  return typeof value === 'object' && value !== null && Array.isArray((value as TensorLike).shape) && typeof (value as TensorLike).dataSync === 'function'
}

/**
 * The values of a 2-D tensor-like as a row-major Float64Array: the tensor's own array when it is
 * already a Float64Array, else one copy. `columns` pins the second dimension.
 */
export function tensorValues(tensor: TensorLike, name: string, columns?: number): { values: Float64Array; rows: number; columns: number } {
  const shape = tensor.shape
  const [rows, cols] = shape
  if (shape.length !== 2 || rows === undefined || cols === undefined || !Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 1) {
    throw new NkkanError('E_SHAPE', `${name} must be a 2-D tensor [rows, columns], got shape [${shape.join(', ')}]`)
  }
  if (columns !== undefined && cols !== columns) {
    throw new NkkanError('E_SHAPE', `${name} has shape [${rows}, ${cols}]; expected ${columns} columns`)
  }
  const data = tensor.dataSync()
  if (data.length !== rows * cols) throw new NkkanError('E_SHAPE', `${name}.dataSync() has ${data.length} values; shape [${rows}, ${cols}] needs ${rows * cols}`)
  return { values: data instanceof Float64Array ? data : Float64Array.from(data), rows, columns: cols }
}

/**
 * A Dataset from a features tensor [rows, features] and a targets tensor [rows, targets]
 * (a 1-D targets tensor [rows] is one target). Copies each at most once.
 * @example const data = fromTensors(tf.tensor2d(xRows), tf.tensor2d(yRows))
 */
export function fromTensors(x: TensorLike, y: TensorLike): Dataset {
  const features = tensorValues(x, 'x')
  const yShape = y.shape.length === 1 ? { shape: [y.shape[0] ?? 0, 1], dataSync: () => y.dataSync() } : y
  const targets = tensorValues(yShape, 'y')
  if (targets.rows !== features.rows) throw new NkkanError('E_SHAPE', `x has ${features.rows} rows but y has ${targets.rows}`)
  const data = { x: features.values, y: targets.values, rows: features.rows, features: features.columns, targets: targets.columns }
  checkDataset(data, 'data')
  return data
}

/**
 * Splits rows into training and validation sets: a seeded shuffle (the same seed, the same
 * split), then the last `valid` fraction of rows is the validation set.
 * @example const { train, valid } = splitDataset(data, { valid: 0.2, seed: 1 })
 */
export function splitDataset(data: Dataset, options: { valid: number; seed?: number; shuffle?: boolean }): Split {
  checkDataset(data, 'data')
  const given: unknown = options
  const fraction = optionsObject(given ?? null, 'splitDataset options', ['valid', 'seed', 'shuffle']).valid
  if (typeof fraction !== 'number' || !(fraction > 0 && fraction < 1)) throw new NkkanError('E_OPTION', `valid must be a fraction in (0, 1), got ${String(fraction)}`)
  const validRows = Math.round(data.rows * fraction)
  if (validRows < 1 || validRows >= data.rows) {
    throw new NkkanError('E_SHAPE', `a ${fraction} split of ${data.rows} rows leaves ${data.rows - validRows} training and ${validRows} validation rows; both need at least one`)
  }
  const order = Array.from({ length: data.rows }, (_, r) => r)
  if (options.shuffle !== false) {
    const random = new Random(options.seed ?? 1)
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random.next() * (i + 1))
      ;[order[i], order[j]] = [order[j]!, order[i]!]
    }
  }
  const take = (rows: number[]): Dataset => {
    const x = new Float64Array(rows.length * data.features)
    const y = new Float64Array(rows.length * data.targets)
    rows.forEach((r, i) => {
      x.set(data.x.subarray(r * data.features, (r + 1) * data.features), i * data.features)
      y.set(data.y.subarray(r * data.targets, (r + 1) * data.targets), i * data.targets)
    })
    return { x, y, rows: rows.length, features: data.features, targets: data.targets }
  }
  return { train: take(order.slice(0, data.rows - validRows)), valid: take(order.slice(data.rows - validRows)) }
}

/** 'standard': zero mean, unit standard deviation; 'minmax': into [0, 1]. */
export type ScaleMethod = 'standard' | 'minmax'

/** Per-column shift and scale: scaled = (value - shift) / scale. */
export interface Scaler {
  /** How the shifts and scales were chosen. */
  readonly method: ScaleMethod
  /** One shift and one scale per feature column. */
  readonly x: {
    /** Subtracted from each column. */
    readonly shift: Float64Array
    /** Then divided into each column. */
    readonly scale: Float64Array
  }
  /** One shift and one scale per target column; undefined when targets are left as they are. */
  readonly y:
    | {
        /** Subtracted from each column. */
        readonly shift: Float64Array
        /** Then divided into each column. */
        readonly scale: Float64Array
      }
    | undefined
  /** A scaled copy of a data set of the same shape. */
  transform(data: Dataset): Dataset
  /** Scaled copy of row-major features (for predict). */
  transformFeatures(x: FloatArray): Float64Array
  /** Predictions of a model trained on scaled targets, in the original units (a copy). */
  inverseTargets(predicted: FloatArray): Float64Array
}

/** Options of {@link fitScaler}. */
export interface ScalerOptions {
  /** 'standard': zero mean, unit standard deviation (default); 'minmax': into [0, 1]. */
  method?: ScaleMethod
  /** Scale the targets too. Default true. */
  targets?: boolean
}

/**
 * Learns per-column scaling from `data` (usually the training split) to apply to every split.
 * A constant column gets scale 1. Metrics other than Pearson change units with the targets:
 * compare `inverseTargets(model.predict(...))` with the original targets.
 * @example
 * const scaler = fitScaler(train)
 * await model.fit(scaler.transform(train), { validation: scaler.transform(valid) })
 * const predicted = scaler.inverseTargets(model.predict(scaler.transformFeatures(test.x)))
 */
export function fitScaler(data: Dataset, options: ScalerOptions = {}): Scaler {
  checkDataset(data, 'data')
  optionsObject(options, 'fitScaler options', ['method', 'targets'])
  const method = options.method ?? 'standard'
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JavaScript callers can pass anything
  if (method !== 'standard' && method !== 'minmax') throw new NkkanError('E_OPTION', `method must be 'standard' or 'minmax', got ${String(method)}`)
  const x = columnScaling(data.x, data.features, method)
  const y = options.targets === false ? undefined : columnScaling(data.y, data.targets, method)
  const features = data.features
  const targets = data.targets
  return {
    method, x, y,
    transform(other: Dataset): Dataset {
      checkDataset(other, 'data', { features, targets })
      return { ...other, x: apply(other.x, x, false), y: y === undefined ? other.y : apply(other.y, y, false) }
    },
    transformFeatures(values: FloatArray): Float64Array {
      if (values.length % features !== 0) throw new NkkanError('E_SHAPE', `x has ${values.length} values, not a multiple of ${features} features`)
      return apply(values, x, false)
    },
    inverseTargets(predicted: FloatArray): Float64Array {
      if (predicted.length % targets !== 0) throw new NkkanError('E_SHAPE', `predictions have ${predicted.length} values, not a multiple of ${targets} targets`)
      return y === undefined ? Float64Array.from(predicted) : apply(predicted, y, true)
    },
  }
}

function columnScaling(values: FloatArray, columns: number, method: ScaleMethod): { shift: Float64Array; scale: Float64Array } {
  if (method === 'minmax') {
    const { min, max } = columnRanges(values, columns)
    return { shift: min, scale: max.map((hi, c) => (hi > min[c]! ? hi - min[c]! : 1)) }
  }
  const rows = values.length / columns
  const shift = new Float64Array(columns)
  const scale = new Float64Array(columns)
  for (let c = 0; c < columns; c++) {
    let a = 0
    for (let r = 0; r < rows; r++) a += values[r * columns + c] as number
    a /= rows
    let b = 0
    for (let r = 0; r < rows; r++) b += ((values[r * columns + c] as number) - a) ** 2
    b = Math.sqrt(b / rows)
    shift[c] = a
    scale[c] = b > 0 ? b : 1
  }
  return { shift, scale }
}

function apply(values: FloatArray, { shift, scale }: { shift: Float64Array; scale: Float64Array }, inverse: boolean): Float64Array {
  const columns = shift.length
  const out = new Float64Array(values.length)
  for (let i = 0; i < values.length; i++) {
    const c = i % columns
    out[i] = inverse ? (values[i] as number) * (scale[c] as number) + (shift[c] as number) : ((values[i] as number) - (shift[c] as number)) / (scale[c] as number)
  }
  return out
}
