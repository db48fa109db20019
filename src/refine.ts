/**
 * Grid refinement during training: a layer's functions get more nodes on the same range,
 * the new node values read off the current piecewise-linear functions, so the model computes
 * the same function (up to rounding) with more freedom to learn. Not in the papers; their code
 * hints at it, and it lifts the accuracy ceiling of a constant learning rate.
 */
import { NkkanError } from './errors.js'
import { type LayerSpec, type LayerState, MAX_POINTS, type ModelState } from './model.js'

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
}

export function checkRefine(options: RefineOptions, layers: readonly LayerSpec[]): void {
  const layerCount = layers.length
  if (!Array.isArray(options.atEpochs) || options.atEpochs.some((e) => !(typeof e === 'number' && e > 0))) {
    throw new NkkanError('E_OPTION', 'refine.atEpochs must be an array of epochs > 0')
  }
  const factor = options.factor ?? 2
  if (!Number.isInteger(factor) || factor < 2) throw new NkkanError('E_OPTION', `refine.factor must be an integer ≥ 2, got ${String(factor)}`)
  for (const l of options.layers ?? []) {
    if (!Number.isInteger(l) || l < 0 || l >= layerCount) throw new NkkanError('E_OPTION', `refine.layers has ${String(l)}; the model has layers 0..${layerCount - 1}`)
  }
  // Checked before training starts, so that no refinement fails halfway through a fit.
  const refinements = new Set(options.atEpochs).size
  layers.forEach(({ points }, l) => {
    if (options.layers !== undefined && !options.layers.includes(l)) return
    let refined = points
    for (let i = 0; i < refinements; i++) refined = (refined - 1) * factor + 1
    if (refined > MAX_POINTS) {
      throw new NkkanError('E_OPTION', `refine would give layer ${l} ${refined.toLocaleString('en-US')} points; at most ${MAX_POINTS.toLocaleString('en-US')} are allowed: use fewer refinements or a smaller refine.factor`)
    }
  })
}

function refineLayer(layer: LayerState, factor: number): LayerState {
  const { inputs: n, units: m, points: P } = layer
  const points = (P - 1) * factor + 1
  const values = new Float64Array(n * points * m)
  for (let j = 0; j < n; j++) {
    for (let q = 0; q < points; q++) {
      // New node q sits at old position q / factor: segment i, fraction t.
      const i = Math.min(Math.floor(q / factor), P - 2)
      const t = q / factor - i
      for (let k = 0; k < m; k++) {
        const v0 = layer.values[(j * P + i) * m + k]!
        const v1 = layer.values[(j * P + i + 1) * m + k]!
        values[(j * points + q) * m + k] = v0 + (v1 - v0) * t
      }
    }
  }
  const dx = Float64Array.from(layer.lo, (lo, j) => (layer.hi[j]! - lo) / (points - 1))
  return { ...layer, points, dx, values, lo: layer.lo.slice(), hi: layer.hi.slice() }
}

/** A refined copy of the model. */
export function refineState(state: ModelState, options: RefineOptions): ModelState {
  const factor = options.factor ?? 2
  const chosen = new Set(options.layers ?? state.layers.map((_, l) => l))
  const layers = state.layers.map((layer, l) => (chosen.has(l) ? refineLayer(layer, factor) : layer))
  return { shape: { ...state.shape, layers: layers.map(({ units, points }) => ({ units, points })) }, layers }
}
