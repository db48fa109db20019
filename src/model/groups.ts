/**
 * A two-layer model as G groups of its addends (ALGORITHM §4): the model of one group, and the
 * groups joined back. Pretraining (src/train/pretrain.ts) trains the groups apart, and the
 * concurrent-serial backend (src/train/serial.ts) splits a model the same way.
 */
import { type LayerState, type ModelShape, type ModelState, nodeRows, sharedPoints } from './model.js'

/** The shape of one group's model: M/G inner units, the outer layer as it is. */
export function groupShape(shape: ModelShape, groups: number): ModelShape {
  const [inner, outer] = shape.layers as [ModelShape['layers'][number], ModelShape['layers'][number]]
  return { ...shape, layers: [{ units: inner.units / groups, points: inner.points }, { units: outer.units, points: outer.points }] }
}

/** The model of group g: inner units [g·M/G, (g+1)·M/G) and their outer functions. */
export function groupState(state: ModelState, groups: number, g: number): ModelState {
  const [inner, outer] = state.layers as [LayerState, LayerState]
  const size = inner.units / groups
  const k0 = g * size
  const innerRows = nodeRows(inner.points, inner.inputs)
  const innerValues = new Float64Array(innerRows * size)
  for (let row = 0; row < innerRows; row++) {
    innerValues.set(inner.values.subarray(row * inner.units + k0, row * inner.units + k0 + size), row * size)
  }
  const rowLen = sharedPoints(outer.points) * outer.units
  return {
    shape: groupShape(state.shape, groups),
    layers: [
      { ...inner, units: size, lo: inner.lo.slice(), hi: inner.hi.slice(), dx: inner.dx.slice(), values: innerValues },
      {
        ...outer,
        inputs: size,
        lo: outer.lo.slice(k0, k0 + size),
        hi: outer.hi.slice(k0, k0 + size),
        dx: outer.dx.slice(k0, k0 + size),
        values: outer.values.slice(k0 * rowLen, (k0 + size) * rowLen),
      },
    ],
  }
}

/**
 * Joins trained groups into `state` (inverse of groupState). The inner grids are shared by all
 * groups; they are equal unless some group widened them (data outside the initial range), in
 * which case their mean is taken.
 */
export function joinGroups(state: ModelState, parts: readonly ModelState[]): void {
  const [inner, outer] = state.layers as [LayerState, LayerState]
  const size = inner.units / parts.length
  const rowLen = sharedPoints(outer.points) * outer.units
  const innerRows = nodeRows(inner.points, inner.inputs)
  parts.forEach((part, g) => {
    const [pInner, pOuter] = part.layers as [LayerState, LayerState]
    const k0 = g * size
    for (let row = 0; row < innerRows; row++) {
      inner.values.set(pInner.values.subarray(row * size, (row + 1) * size), row * inner.units + k0)
    }
    outer.lo.set(pOuter.lo, k0)
    outer.hi.set(pOuter.hi, k0)
    outer.dx.set(pOuter.dx, k0)
    outer.values.set(pOuter.values, k0 * rowLen)
  })
  for (const key of ['lo', 'hi', 'dx'] as const) {
    for (let j = 0; j < inner.inputs; j++) {
      let sum = 0
      for (const part of parts) sum += part.layers[0]![key][j]!
      const first = parts[0]!.layers[0]![key][j]!
      inner[key][j] = parts.every((part) => part.layers[0]![key][j] === first) ? first : sum / parts.length
    }
  }
}
