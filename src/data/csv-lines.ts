/**
 * A CSV byte stream cut into pieces of complete lines, whatever its chunks: a line cut between
 * two chunks is joined to its rest. Lines are numbered from 1 across the stream, for error
 * messages. The calling thread cuts the header's chunks (src/online/stream.ts); a CSV worker
 * goes on from where it stopped (src/threads/worker.ts).
 */
import { LF, countByte } from './csv-scan.js'

/** Complete lines of a stream as bytes: their first line's number and how many lines they hold at most; `owned` when nobody else holds the buffer. */
export interface Piece {
  readonly bytes: Uint8Array
  readonly line: number
  readonly lines: number
  readonly owned: boolean
}

/** Where a splitter stands: the start of a line not yet ended, and its line number. */
export interface SplitterState {
  readonly carry: Uint8Array
  readonly line: number
}

export class LineSplitter {
  private carry: Uint8Array
  private line: number

  constructor(state: SplitterState = { carry: new Uint8Array(0), line: 1 }) {
    this.carry = state.carry
    this.line = state.line
  }

  /**
   * The lines `bytes` completes (the carried start of the first one included), or undefined if
   * it ends none. `owned`: nobody else holds `bytes`' buffer (a source may reuse its own once
   * read, so what is carried over is always copied).
   */
  push(bytes: Uint8Array, owned: boolean): Piece | undefined {
    const end = bytes.lastIndexOf(LF)
    if (end < 0) {
      this.carry = concat(this.carry, bytes)
      return undefined
    }
    const head = bytes.subarray(0, end + 1)
    const piece = this.carry.length > 0 ? { bytes: concat(this.carry, head), owned: true } : { bytes: head, owned }
    const lines = countByte(piece.bytes, LF)
    const complete = { ...piece, line: this.line, lines }
    // new Uint8Array(view) copies (a Node Buffer's slice() would not).
    this.carry = new Uint8Array(bytes.subarray(end + 1))
    this.line += lines
    return complete
  }

  /** The stream's last line, when it does not end with a line end. */
  finish(): Piece | undefined {
    if (this.carry.length === 0) return undefined
    const last = { bytes: this.carry, line: this.line, lines: 1, owned: true }
    this.carry = new Uint8Array(0)
    return last
  }

  /** Where this splitter stands, for another to go on from (the carry is copied). */
  state(): SplitterState {
    return { carry: this.carry.slice(), line: this.line }
  }
}

/** a then b in a new buffer. */
function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length)
  joined.set(a)
  joined.set(b, a.length)
  return joined
}
