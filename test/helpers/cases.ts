/** Random shapes and data for comparing the kernels with the oracle. */
import type { Dataset, FloatArray } from '../../src/data/data.js'
import { type ModelShape, initialState } from '../../src/model/model.js'
import { Random } from '../../src/data/random.js'
import { type ModelJSON, stateToJSON } from '../../src/model/serialize.js'

export interface Case {
  readonly name: string
  readonly shape: ModelShape
  readonly seed: number
}

/** 1–4 layers, 2–30 points, 1–40 inputs, 1–5 targets, both forms and precisions. */
export function randomCases(count: number, seed: number): Case[] {
  const random = new Random(seed)
  return Array.from({ length: count }, (_, c) => {
    const depth = random.integer(1, 4)
    const inputs = random.integer(1, 40)
    const layers = Array.from({ length: depth }, (_, l) => ({
      units: l === depth - 1 ? random.integer(1, 5) : random.integer(1, 12),
      points: random.integer(2, 30),
    }))
    const shape: ModelShape = {
      inputs,
      layers,
      form: random.next() < 0.75 ? 'mean' : 'sum',
      precision: c % 3 === 2 ? 'f32' : 'f64',
    }
    const name = `${shape.precision} ${shape.form} ${inputs}→${layers.map((l) => `${l.units}:${l.points}`).join('→')}`
    return { name, shape, seed: seed * 1000 + c }
  })
}

/** Smooth targets of random inputs, shifted and scaled by `spread` (to force range expansion). */
export function randomData(shape: ModelShape, rows: number, seed: number, spread = 1): Dataset {
  const random = new Random(seed)
  const features = shape.inputs
  const targets = shape.layers[shape.layers.length - 1]!.units
  const x = new Float64Array(rows * features)
  const y = new Float64Array(rows * targets)
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < features; c++) x[r * features + c] = spread * random.uniform(-1, 2) + c
    for (let k = 0; k < targets; k++) {
      let sum = 0
      for (let c = 0; c < features; c++) sum += Math.sin((k + 1) * (x[r * features + c] as number)) * (c % 2 === 0 ? 1 : 0.5)
      y[r * targets + k] = spread * sum + k
    }
  }
  return { x, y, rows, features, targets }
}

/** The model JSON of a freshly initialised model (what the first fit starts from). */
export function initialJSON(shape: ModelShape, data: Dataset, seed: number): ModelJSON {
  return stateToJSON(shape, seed, initialState(shape, data, seed))
}

export function rowOf(values: FloatArray, r: number, width: number): number[] {
  return Array.from(values.subarray(r * width, (r + 1) * width))
}

/** Index and values of the first difference (Object.is: -0 and +0 differ), or undefined. */
export function firstDifference(a: ArrayLike<number>, b: ArrayLike<number>): string | undefined {
  if (a.length !== b.length) return `lengths differ: ${a.length} vs ${b.length}`
  for (let q = 0; q < a.length; q++) if (!Object.is(a[q], b[q])) return `index ${q}: ${a[q]} vs ${b[q]}`
  return undefined
}
