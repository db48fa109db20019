import { describe, optionsObject } from '../arguments.js'
import { NkkanError } from '../errors.js'

/** Values of a data set: f64, or f32 to halve the memory of a large one. */
export type FloatArray = Float64Array | Float32Array

/**
 * A data set: `rows` records, row-major. `x[r·features + c]` is feature c of record r,
 * `y[r·targets + k]` is target k of record r. x and y may each be Float64Array or Float32Array
 * (half the memory; a model of either precision trains on either).
 */
export interface Dataset {
  /** Features, rows × features values. */
  readonly x: FloatArray
  /** Targets, rows × targets values. */
  readonly y: FloatArray
  /** Number of records. */
  readonly rows: number
  /** Features of a record. */
  readonly features: number
  /** Targets of a record. */
  readonly targets: number
}

/**
 * Builds a data set from rows of numbers, the last `targets` columns being the targets.
 * @example fromRows([[0, 1, 2], [1, 2, 3]], { targets: 1 }) // 2 records, 2 features, 1 target
 */
export function fromRows(rows: readonly (readonly number[])[], options: { targets?: number } = {}): Dataset {
  const given: unknown = rows
  if (!Array.isArray(given)) throw new NkkanError('E_SHAPE', `rows must be an array of arrays of numbers, got ${describe(rows)}`)
  const targets = optionsObject(options, 'fromRows options', ['targets']).targets ?? 1
  if (typeof targets !== 'number' || !Number.isInteger(targets) || targets < 1) {
    throw new NkkanError('E_OPTION', `targets must be an integer ≥ 1, got ${describe(targets)}`)
  }
  const first = rows[0]
  if (first === undefined) throw new NkkanError('E_SHAPE', 'the data set is empty: no rows')
  if (!Array.isArray(first)) throw new NkkanError('E_SHAPE', `row 0 is ${describe(first)}, not an array of numbers`)
  const columns = first.length
  const features = columns - targets
  if (features < 1) {
    throw new NkkanError('E_SHAPE', `row 0 has ${columns} columns; need at least ${targets + 1} (features + ${targets} targets)`)
  }
  const x = new Float64Array(rows.length * features)
  const y = new Float64Array(rows.length * targets)
  rows.forEach((row, r) => {
    if (!Array.isArray(row)) throw new NkkanError('E_SHAPE', `row ${r} is ${describe(row)}, not an array of numbers`)
    if (row.length !== columns) {
      throw new NkkanError('E_SHAPE', `row ${r} has ${row.length} columns; row 0 has ${columns}`)
    }
    // Numbers only: null, true, '0.5' or [] would silently become 0, 1, 0.5 and 0.
    row.forEach((value, c) => {
      if (typeof value !== 'number') throw new NkkanError('E_VALUE', `row ${r}, column ${c} is ${describe(value)}; cells must be numbers`)
    })
    for (let c = 0; c < features; c++) x[r * features + c] = row[c] as number
    for (let k = 0; k < targets; k++) y[r * targets + k] = row[features + k] as number
  })
  const data = { x, y, rows: rows.length, features, targets }
  checkDataset(data, 'data')
  return data
}

/**
 * Checks shape and values; throws an NkkanError naming the problem and its place.
 * `expect` pins features/targets to a model's.
 */
export function checkDataset(data: Dataset, name: string, expect?: { features: number; targets: number }): void {
  if (typeof data !== 'object' || (data as unknown) === null) {
    throw new NkkanError('E_SHAPE', `${name} must be a data set { x, y, rows, features, targets } (see fromRows, readCSV), got ${describe(data)}`)
  }
  const { rows, features, targets } = data
  for (const [key, value] of [['rows', rows], ['features', features], ['targets', targets]] as const) {
    if (!Number.isInteger(value) || value < 1) {
      throw new NkkanError('E_SHAPE', `${name}.${key} must be an integer ≥ 1, got ${String(value)}${key === 'rows' ? ' (empty data set)' : ''}`)
    }
  }
  for (const key of ['x', 'y'] as const) {
    if (!(data[key] instanceof Float64Array) && !(data[key] instanceof Float32Array)) {
      throw new NkkanError('E_SHAPE', `${name}.${key} must be a Float64Array or a Float32Array`)
    }
  }
  if (data.x.length !== rows * features) {
    throw new NkkanError('E_SHAPE', `${name}.x has ${data.x.length} values; rows × features = ${rows} × ${features} = ${rows * features}`)
  }
  if (data.y.length !== rows * targets) {
    throw new NkkanError('E_SHAPE', `${name}.y has ${data.y.length} values; rows × targets = ${rows} × ${targets} = ${rows * targets}`)
  }
  if (expect !== undefined && (features !== expect.features || targets !== expect.targets)) {
    throw new NkkanError('E_SHAPE', `${name} has ${features} features and ${targets} targets; the model takes ${expect.features} features and ${expect.targets} targets`)
  }
  checkFinite(data.x, features, `${name}.x`)
  checkFinite(data.y, targets, `${name}.y`)
}

/** Throws E_VALUE at the first NaN or ±Infinity, naming its row and column. */
export function checkFinite(values: ArrayLike<number>, columns: number, name: string): void {
  for (let index = 0; index < values.length; index++) {
    const value = values[index] as number
    if (!Number.isFinite(value)) {
      const row = Math.floor(index / columns)
      throw new NkkanError('E_VALUE', `${name} has ${String(value)} at row ${row}, column ${index - row * columns}`)
    }
  }
}

/**
 * The smallest and largest value of each column of row-major `values` (`columns` wide), in one
 * pass over the rows: a column at a time would stride through memory once per column.
 */
export function columnRanges(values: ArrayLike<number>, columns: number): { min: Float64Array; max: Float64Array } {
  const min = new Float64Array(columns).fill(Infinity)
  const max = new Float64Array(columns).fill(-Infinity)
  for (let q = 0; q < values.length; q += columns) {
    for (let c = 0; c < columns; c++) {
      const value = values[q + c]!
      if (value < min[c]!) min[c] = value
      if (value > max[c]!) max[c] = value
    }
  }
  return { min, max }
}
