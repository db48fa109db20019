// A round's rows cut into pieces (src/threads/pieces.ts), whoever claims them: every row of the
// round goes to exactly one copy, and each copy's rows come in the round's order.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_PIECES } from '../src/kernels/protocol.js'
import { joinBatches, offsetRanges, ownedBatches, pieceCount, pieceRows, roundRows } from '../src/threads/pieces.js'
import { rangeWords } from '../src/threads/control.js'
import { roundBatches } from '../src/train/train.js'

const rowsOf = (ranges: readonly (readonly [number, number])[]): number[] => ranges.flatMap(([start, end]) => Array.from({ length: end - start }, (_, q) => start + q))

describe('pieces of a round', () => {
  it('partition the round among the threads that claimed them, each in the round order', () => {
    const round = fc
      .record({ rows: fc.integer({ min: 1, max: 5000 }), copies: fc.integer({ min: 1, max: 8 }), batch: fc.integer({ min: 1, max: 700 }), cursor: fc.nat(), seed: fc.nat() })
      .filter(({ rows, copies, batch }) => copies * batch <= rows)
    fc.assert(
      fc.property(round, fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 8 }), ({ rows, copies, batch, cursor, seed }, threadsSeed, threads) => {
        const batches = roundBatches(cursor % rows, copies, batch, rows)
        const words = rangeWords(joinBatches(batches))
        // The round is the copies' batches, one after another, in at most two ranges.
        expect(rowsOf(offsetRanges(words, 0, roundRows(words)))).toEqual(rowsOf(batches.flat()))
        for (const [start, end] of offsetRanges(words, 0, roundRows(words))) expect(start).toBeLessThan(end)
        const size = pieceRows(roundRows(words))
        const pieces = pieceCount(roundRows(words), size)
        expect(pieces).toBeLessThanOrEqual(MAX_PIECES)
        const owners = Uint8Array.from({ length: pieces }, (_, p) => (p * 7919 + seed + threadsSeed * p * p) % threads)
        const owned = ownedBatches(words, owners, size, threads)
        const order = rowsOf(batches.flat())
        expect(owned.flatMap((ranges) => rowsOf(ranges)).sort((a, b) => a - b)).toEqual([...order].sort((a, b) => a - b))
        for (const ranges of owned) {
          for (const [start, end] of ranges) expect(start).toBeLessThan(end)
          const positions = rowsOf(ranges).map((row) => order.indexOf(row))
          expect(positions).toEqual([...positions].sort((a, b) => a - b))
        }
      }),
      { numRuns: 300, seed: 3 },
    )
  })
})
