/**
 * 1/dx of a copy's grids from their dx. A merge averages dx, and the mean of 1/dx is not
 * 1/(mean dx), so after averaging the merged copy's 1/dx are recomputed: on the calling thread
 * (src/kernels/engine.ts) or by a worker between the rounds of one command (src/threads/worker.ts).
 * Grid rows (GRID_STRIDE of them, src/kernels/layout.ts): …, dx (row 2), 1/dx (row 3).
 */
import type { GridPlace } from './protocol.js'

/** Recomputes 1/dx of every grid of the copy block at byte `base` of `buffer`. */
export function refreshInverseDx(buffer: ArrayBuffer, base: number, f64: boolean, grids: readonly GridPlace[]): void {
  for (const { offsetBytes, gridLen, inputs } of grids) {
    const View = f64 ? Float64Array : Float32Array
    const dx = new View(buffer, base + offsetBytes + 2 * gridLen * View.BYTES_PER_ELEMENT, inputs)
    const inverse = new View(buffer, base + offsetBytes + 3 * gridLen * View.BYTES_PER_ELEMENT, inputs)
    for (let j = 0; j < inputs; j++) inverse[j] = 1 / dx[j]!
  }
}
