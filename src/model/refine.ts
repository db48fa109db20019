/**
 * Grid refinement during training: a layer's functions get more nodes on the same range,
 * the new node values read off the current piecewise-linear functions, so the model computes
 * the same function (up to rounding) with more freedom to learn. Not in the papers; their code
 * hints at it, and it lifts the accuracy ceiling of a constant learning rate.
 */
import { NkkanError } from '../errors.js'
import { type LayerSpec, type LayerState, MAX_POINTS, type ModelState, inputPoints, largestPoints, rowStarts, uniformPoints } from './model.js'

/**
 * Grid refinement schedule of `FitOptions.refine`.
 * @inline
 */
export interface RefineOptions {
  /** Refine after these epochs (passes over the data), e.g. [4, 8]. */
  atEpochs: number[]
  /** New intervals per old interval: P becomes (P - 1)·factor + 1. Default 2. */
  factor?: number
  /** Layers to refine (0-based). Default: every layer. */
  layers?: number[]
  /**
   * Inputs of the first layer whose functions are refined (0-based features). Default: every
   * input. Later layers refine all their inputs.
   */
  inputs?: number[]
}

export function checkRefine(options: RefineOptions, layers: readonly LayerSpec[], inputs: number): void {
  const layerCount = layers.length
  if (!Array.isArray(options.atEpochs) || options.atEpochs.some((e) => !(typeof e === 'number' && e > 0))) {
    throw new NkkanError('E_OPTION', 'refine.atEpochs must be an array of epochs > 0')
  }
  const factor = options.factor ?? 2
  if (!Number.isInteger(factor) || factor < 2) throw new NkkanError('E_OPTION', `refine.factor must be an integer ≥ 2, got ${String(factor)}`)
  for (const l of options.layers ?? []) {
    if (!Number.isInteger(l) || l < 0 || l >= layerCount) throw new NkkanError('E_OPTION', `refine.layers has ${String(l)}; the model has layers 0..${layerCount - 1}`)
  }
  if (options.inputs !== undefined && !Array.isArray(options.inputs)) throw new NkkanError('E_OPTION', 'refine.inputs must be an array of input indices')
  for (const j of options.inputs ?? []) {
    if (!Number.isInteger(j) || j < 0 || j >= inputs) throw new NkkanError('E_OPTION', `refine.inputs has ${String(j)}; the model has inputs 0..${inputs - 1}`)
  }
  // Checked before training starts, so that no refinement fails halfway through a fit.
  const refinements = new Set(options.atEpochs).size
  layers.forEach(({ points }, l) => {
    if (options.layers !== undefined && !options.layers.includes(l)) return
    let refined = largestPoints(points)
    for (let i = 0; i < refinements; i++) refined = (refined - 1) * factor + 1
    if (refined > MAX_POINTS) {
      throw new NkkanError('E_OPTION', `refine would give layer ${l} ${refined.toLocaleString('en-US')} points; at most ${MAX_POINTS.toLocaleString('en-US')} are allowed: use fewer refinements or a smaller refine.factor`)
    }
  })
}

/** Layer l refined: its inputs chosen by `inputs` (layer 0; every input when undefined) get P_j = (P_j - 1)·factor + 1. */
function refineLayer(layer: LayerState, factor: number, inputs: readonly number[] | undefined): LayerState {
  const { inputs: n, units: m } = layer
  const old = inputPoints(layer.points, n)
  const points = old.map((P, j) => (inputs === undefined || inputs.includes(j) ? (P - 1) * factor + 1 : P))
  const oldStarts = rowStarts(layer.points, n)
  const starts = rowStarts(points, n)
  const values = new Float64Array(starts[n]! * m)
  for (let j = 0; j < n; j++) {
    const P = old[j]!
    const from = oldStarts[j]! * m
    if (points[j] === P) {
      values.set(layer.values.subarray(from, from + P * m), starts[j]! * m)
      continue
    }
    for (let q = 0; q < points[j]!; q++) {
      // New node q sits at old position q / factor: segment i, fraction t.
      const i = Math.min(Math.floor(q / factor), P - 2)
      const t = q / factor - i
      for (let k = 0; k < m; k++) {
        const v0 = layer.values[from + i * m + k]!
        const v1 = layer.values[from + (i + 1) * m + k]!
        values[(starts[j]! + q) * m + k] = v0 + (v1 - v0) * t
      }
    }
  }
  const dx = Float64Array.from(layer.lo, (lo, j) => (layer.hi[j]! - lo) / (points[j]! - 1))
  // One number stays one number when every input was refined.
  const shared = typeof layer.points === 'number' ? uniformPoints(points) : undefined
  return { ...layer, points: shared ?? points, dx, values, lo: layer.lo.slice(), hi: layer.hi.slice() }
}

/** A refined copy of the model. */
export function refineState(state: ModelState, options: RefineOptions): ModelState {
  const factor = options.factor ?? 2
  const chosen = new Set(options.layers ?? state.layers.map((_, l) => l))
  const layers = state.layers.map((layer, l) => (chosen.has(l) ? refineLayer(layer, factor, l === 0 ? options.inputs : undefined) : layer))
  return { shape: { ...state.shape, layers: layers.map(({ units, points }) => ({ units, points })) }, layers }
}
