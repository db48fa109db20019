/**
 * Dynamic balance (FitOptions.balance): a round's rows are cut into pieces that the workers
 * claim one at a time, so a thread the machine runs faster trains more of them and no core waits
 * at the merge for one the host has slowed down. Each thread's copy trains the pieces it claimed,
 * in the order it claimed them (ascending), and the copies are averaged as with the fixed split.
 * A round's rows are given as control words [a0, a1, b0, b1]: rows [a0, a1) then [b0, b1).
 */
import type { RowRange } from '../kernels/engine.js'
import { MAX_PIECES } from '../kernels/protocol.js'

/**
 * The smallest piece. Claiming one costs an atomic add and a kernel call (well under a
 * microsecond); its records 0.3–2 µs each, so a piece of 32 is mostly training.
 */
const MIN_PIECE_ROWS = 32

/** Rows of a piece of a round of `total` rows: at most MAX_PIECES pieces, none below MIN_PIECE_ROWS. */
export function pieceRows(total: number): number {
  return Math.max(MIN_PIECE_ROWS, Math.ceil(total / MAX_PIECES))
}

/** Rows of the round described by `words`. */
export function roundRows(words: ArrayLike<number>): number {
  return words[1]! - words[0]! + words[3]! - words[2]!
}

/** The rows at offsets [from, to) of the round described by `words`: one range, or two where it wraps. */
export function offsetRanges(words: ArrayLike<number>, from: number, to: number): RowRange[] {
  const first = words[1]! - words[0]!
  const ranges: RowRange[] = []
  if (from < first) ranges.push([words[0]! + from, words[0]! + Math.min(to, first)])
  if (to > first) ranges.push([words[2]! + Math.max(from - first, 0), words[2]! + to - first])
  return ranges
}

/** Appends rows [start, end) to `ranges`, joined to the last range if they follow it. */
function append(ranges: RowRange[], [start, end]: RowRange): void {
  const last = ranges.at(-1)
  if (last?.[1] === start) ranges[ranges.length - 1] = [last[0], end]
  else ranges.push([start, end])
}

/** Consecutive batches (a round's, copy after copy) as the round's rows: at most two ranges. */
export function joinBatches(batches: readonly (readonly RowRange[])[]): RowRange[] {
  const joined: RowRange[] = []
  for (const range of batches.flat()) append(joined, range)
  return joined
}

/**
 * The rows each of `threads` threads trained in a round of pieces of `rows` rows: `owners[p]` is
 * the thread that claimed piece p. Each thread's ranges are in the order it trained them, with
 * adjacent ranges joined.
 */
export function ownedBatches(words: ArrayLike<number>, owners: Uint8Array, rows: number, threads: number): RowRange[][] {
  const total = roundRows(words)
  const pieces = pieceCount(total, rows)
  const batches = Array.from({ length: threads }, (): RowRange[] => [])
  // Runs of consecutive pieces of one owner are one stretch of rows (or two where the round wraps).
  for (let first = 0, piece = 1; piece <= pieces; piece++) {
    if (piece < pieces && owners[piece] === owners[first]) continue
    for (const range of offsetRanges(words, first * rows, Math.min(total, piece * rows))) append(batches[owners[first]!]!, range)
    first = piece
  }
  return batches
}

/** Pieces a round with dynamic balance has (≤ MAX_PIECES). */
export function pieceCount(total: number, rows: number): number {
  return Math.ceil(total / rows)
}
