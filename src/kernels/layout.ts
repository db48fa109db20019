/**
 * THE memory map: every byte address the kernels see is computed here and nowhere else.
 *
 *   [0, CONTROL_BYTES)        control block (Int32 words for worker coordination)
 *   descriptors               one per thread: i32 words read by assembly/descriptor.ts, then the
 *                               points block of each layer whose inputs have different point
 *                               counts P_j: last T[gridLen] (P_j - 1), then the byte offset of
 *                               input j's first row from the layer's params, gridLen entries of
 *                               sizeof T (f64 in f64; i32 in f32); pad entries 0
 *   copies                    `copies` parameter blocks of copyBytes each, copyStrideBytes apart
 *                               (each on its own pages, a gap between: THREAD_BLOCK_GAP); per layer
 *                               params T[ΣP_j][rowValues] (input j's P_j rows after input j-1's),
 *                               then the grid block T[4][nPad]: lo[nPad],
 *                               hi[nPad], dx[nPad], 1/dx[nPad], nPad = n rounded up to the lanes
 *                               (pad entries 0); 1/dx must be refreshed after averaging copies
 *   scratch                   one per thread, scratchStrideBytes apart; per layer idx u32[n] (row addresses), t T[gridLen]
 *                               (positions in the segments), out T[mPad], err T[mPad]; then layer 0's
 *                               second idx u32[n0] and t T[gridLen0], and its packed entries
 *   trainX T[trainRows][features], trainY T[trainRows][targets]
 *   stepAlpha T[prequentialRows], stepPred T[prequentialRows][targets]   (test-then-train: α per
 *                               record in, each record's prediction before its update out)
 *   evalX  T[evalRows][features],  evalOut T[evalRows][targets]   (validation and prediction)
 *
 * Every region starts on a page (4 KiB); mPad rounds m up to the lane count so the
 * kernels never need scalar tails over outputs. A row of node values (one point of one input,
 * all outputs) is mPad values long, except in a layer with one output: there a row is its one
 * value (rowValues = 1), so the two rows a lookup reads are adjacent and the kernels load them
 * as one pair, and the layer takes a lane count times less cache. T is f64 or f32.
 */
import { NkkanError } from '../errors.js'
import { type ModelShape, inputPoints, layerInputs, nodeRows, rowStarts, targetCount, uniformPoints } from '../model/model.js'
import { CONTROL_BYTES, type GridPlace } from './protocol.js'

export { CONTROL_BYTES }

/** Words of the descriptor header and of each layer; checked against the wasm exports (src/kernels/wasm.ts). */
export const HEADER_WORDS = 6
export const LAYER_WORDS = 11
/** Bytes of a packed entry of a located input of layer 0 (assembly/pl.ts); checked as above. */
export const ENTRY_BYTES = 48
/**
 * Words of the integer trainer's header and of each of its layers (assembly/fixed.ts; src/fixed/layout.ts
 * lays them out): here, with the float kernels' constants, so that the module's check on load
 * (src/kernels/wasm.ts) needs nothing from the layers above.
 */
export const FIXED_HEADER_WORDS = 8
export const FIXED_LAYER_WORDS = 16
/** Arrays in a layer's grid block (structure of arrays): lo, hi, dx, 1/dx, each LayerLayout.gridLen long. */
export const GRID_STRIDE = 4
/** Bytes of a WebAssembly memory page. */
export const WASM_PAGE_BYTES = 65536
/** wasm32 addresses 4 GiB; keep one page of headroom. */
export const MAX_MEMORY_BYTES = 65535 * WASM_PAGE_BYTES

export interface LayerLayout {
  readonly n: number
  readonly m: number
  /** m rounded up to the lanes: the length of the out and err buffers. */
  readonly mPad: number
  /** Values per row of node values: mPad, or 1 in a one-output layer. */
  readonly rowValues: number
  /** P_j of each input j. */
  readonly points: readonly number[]
  /** The count every input shares (descriptor word 3), or 0 when the counts differ. */
  readonly P: number
  /** Rows of node values: Σ_j P_j. */
  readonly rows: number
  /** Byte offset inside a descriptor of the layer's points block, or 0 when P is uniform. */
  readonly pointsOffsetBytes: number
  /** Length of each array of the grid block: n rounded up to the lanes. */
  readonly gridLen: number
  /** Byte offsets inside a copy block. */
  readonly paramsOffsetBytes: number
  readonly gridOffsetBytes: number
  /** Byte offsets inside a scratch block. */
  readonly idxOffsetBytes: number
  readonly tOffsetBytes: number
  readonly outOffsetBytes: number
  readonly errOffsetBytes: number
}

export interface MemoryPlan {
  readonly shape: ModelShape
  readonly bytesPerValue: 4 | 8
  readonly lanes: number
  readonly layers: readonly LayerLayout[]
  readonly threads: number
  readonly copies: number
  readonly descriptorsPtr: number
  readonly descriptorBytes: number
  readonly copiesPtr: number
  /** Bytes of one parameter copy (what is averaged, copied and transferred). */
  readonly copyBytes: number
  /** Bytes from one copy to the next: copyBytes, then a gap up to a page (see THREAD_BLOCK_GAP). */
  readonly copyStrideBytes: number
  readonly scratchPtr: number
  readonly scratchBytes: number
  /** Bytes from one thread's scratch block to the next. */
  readonly scratchStrideBytes: number
  /** Byte offsets inside a scratch block of layer 0's second idx and t buffers (descriptor words 4, 5). */
  readonly nextIdxOffsetBytes: number
  readonly nextTOffsetBytes: number
  readonly trainRows: number
  readonly trainXPtr: number
  readonly trainYPtr: number
  /** Rows of the test-then-train areas (0: none planned). */
  readonly prequentialRows: number
  /** T[prequentialRows]: each staged training record's α. */
  readonly stepAlphaPtr: number
  /** T[prequentialRows][targets]: each staged training record's prediction before its update. */
  readonly stepPredPtr: number
  readonly evalRows: number
  readonly evalXPtr: number
  readonly evalOutPtr: number
  /** Concurrent-serial mode: T[2][threads][targets], each thread's share of the output. */
  readonly partialsPtr: number
  readonly totalBytes: number
  readonly pages: number
}

export interface PlanRequest {
  readonly shape: ModelShape
  readonly threads?: number
  readonly copies?: number
  readonly trainRows?: number
  /** Rows of the test-then-train areas (α in, predictions out; at most trainRows). Default 0. */
  readonly prequentialRows?: number
  readonly evalRows?: number
}

/** `bytes` rounded up to a multiple of 16, so that the region after it starts on a SIMD vector. */
export const align16 = (bytes: number): number => Math.ceil(bytes / 16) * 16
/** Every region starts on a page. */
export const PAGE_BYTES = 4096
const alignPage = (bytes: number): number => Math.ceil(bytes / PAGE_BYTES) * PAGE_BYTES
/**
 * Blocks written by different threads (parameter copies, scratch) start on a page of their own
 * and leave this many bytes unused after them. Two workers training Det4 at once over one
 * shared memory each ran at 0.64–0.89× of their speed alone when their blocks were merely
 * 128 bytes apart (no shared cache line), 0.82–0.95× when page-aligned, and 1.00× with 16 KiB
 * or more between them — as fast as with private memories (bench/tools/thread-interference.ts).
 * The likely cause: the hardware prefetchers of one core reach past the end of its block into
 * the neighbour's, which the neighbour keeps writing.
 */
const THREAD_BLOCK_GAP = 32768
const threadBlockStride = (bytes: number): number => alignPage(bytes + THREAD_BLOCK_GAP)

export function planMemory(request: PlanRequest): MemoryPlan {
  const { shape } = request
  const threads = request.threads ?? 1
  const copies = request.copies ?? threads
  const trainRows = request.trainRows ?? 0
  const prequentialRows = request.prequentialRows ?? 0
  const evalRows = request.evalRows ?? 0
  const bytesPerValue = shape.precision === 'f64' ? 8 : 4
  const lanes = 16 / bytesPerValue
  const features = shape.inputs
  const targets = targetCount(shape)

  let copyBytes = 0
  let scratchBytes = 0
  // The points blocks follow the descriptor's words (16-byte aligned).
  let descriptorBytes = align16((HEADER_WORDS + LAYER_WORDS * shape.layers.length) * 4)
  const layers = shape.layers.map((spec, l): LayerLayout => {
    const n = layerInputs(shape, l)
    const m = spec.units
    const mPad = Math.ceil(m / lanes) * lanes
    const rowValues = m === 1 ? 1 : mPad
    const points = inputPoints(spec.points, n)
    const P = uniformPoints(spec.points) ?? 0
    const rows = nodeRows(spec.points, n)
    const paramsOffsetBytes = copyBytes
    copyBytes += align16(rows * rowValues * bytesPerValue)
    const gridOffsetBytes = copyBytes
    const gridLen = Math.ceil(n / lanes) * lanes
    const pointsOffsetBytes = P === 0 ? descriptorBytes : 0
    if (P === 0) descriptorBytes += 2 * gridLen * bytesPerValue
    copyBytes += align16(GRID_STRIDE * gridLen * bytesPerValue)
    const idxOffsetBytes = scratchBytes
    scratchBytes += align16(n * 4)
    const tOffsetBytes = scratchBytes
    scratchBytes += align16(gridLen * bytesPerValue)
    const outOffsetBytes = scratchBytes
    scratchBytes += mPad * bytesPerValue
    const errOffsetBytes = scratchBytes
    scratchBytes += mPad * bytesPerValue
    return { n, m, mPad, rowValues, points, P, rows, pointsOffsetBytes, gridLen, paramsOffsetBytes, gridOffsetBytes, idxOffsetBytes, tOffsetBytes, outOffsetBytes, errOffsetBytes }
  })

  // Layer 0's second located record (the NK kernel locates record r+1 while updating record r).
  const n0 = layers[0]?.n ?? 0
  const nextIdxOffsetBytes = scratchBytes
  scratchBytes += align16(n0 * 4)
  const nextTOffsetBytes = scratchBytes
  scratchBytes += align16((layers[0]?.gridLen ?? 0) * bytesPerValue)
  // Then layer 0's packed entries for both located records (assembly/nk.ts), right after the
  // second t buffer: per input, the row address (u32) at 0, t splatted to a vector at 16 and
  // u = 1 - t splatted at 32; two arrays of n0 entries.
  scratchBytes += 2 * n0 * ENTRY_BYTES
  copyBytes = align16(copyBytes)
  const copyStrideBytes = threadBlockStride(copyBytes)
  const scratchStrideBytes = threadBlockStride(scratchBytes)
  let cursor = CONTROL_BYTES
  const take = (bytes: number): number => {
    const ptr = alignPage(cursor)
    cursor = ptr + bytes
    return ptr
  }
  const descriptorsPtr = take(threads * descriptorBytes)
  const copiesPtr = take(copies * copyStrideBytes)
  const scratchPtr = take(threads * scratchStrideBytes)
  const trainXPtr = take(trainRows * features * bytesPerValue)
  const trainYPtr = take(trainRows * targets * bytesPerValue)
  // Only when asked for: a region, even an empty one, moves the cursor to a page.
  const stepAlphaPtr = prequentialRows > 0 ? take(prequentialRows * bytesPerValue) : 0
  const stepPredPtr = prequentialRows > 0 ? take(prequentialRows * targets * bytesPerValue) : 0
  const evalXPtr = take(evalRows * features * bytesPerValue)
  const evalOutPtr = take(evalRows * targets * bytesPerValue)
  const partialsPtr = take(2 * threads * targets * bytesPerValue)
  const totalBytes = align16(cursor)
  if (totalBytes > MAX_MEMORY_BYTES) {
    throw new NkkanError(
      'E_SHAPE',
      `the data and model need ${(totalBytes / 2 ** 30).toFixed(2)} GiB of wasm memory; wasm32 allows 4 GiB. ` +
        `Use precision 'f32' or fewer records; sequential training (threads: 1) and disjoint batches over shared memory stream larger data through a window of rows (FitOptions.windowRows)`,
    )
  }
  return {
    shape, bytesPerValue, lanes, layers, threads, copies,
    descriptorsPtr, descriptorBytes, copiesPtr, copyBytes, copyStrideBytes, scratchPtr, scratchBytes, scratchStrideBytes, nextIdxOffsetBytes, nextTOffsetBytes,
    trainRows, trainXPtr, trainYPtr, prequentialRows, stepAlphaPtr, stepPredPtr, evalRows, evalXPtr, evalOutPtr, partialsPtr,
    totalBytes, pages: Math.ceil(totalBytes / WASM_PAGE_BYTES),
  }
}

/**
 * The most training rows a plan for `request` holds within MAX_MEMORY_BYTES (negative when not
 * even the rest fits).
 */
export function maxTrainRows(request: Omit<PlanRequest, 'trainRows'>): { rows: number; otherBytes: number } {
  const { shape } = request
  const otherBytes = planMemory({ ...request, trainRows: 0 }).totalBytes
  const rowBytes = (shape.inputs + targetCount(shape)) * (shape.precision === 'f64' ? 8 : 4)
  // The x and y regions each start on a page.
  return { rows: Math.floor((MAX_MEMORY_BYTES - otherBytes - 2 * PAGE_BYTES) / rowBytes), otherBytes }
}

/** Where each layer's grid sits in a copy block (what a merge's 1/dx refresh reads and writes). */
export function gridPlaces(plan: MemoryPlan): GridPlace[] {
  return plan.layers.map((layer) => ({ offsetBytes: layer.gridOffsetBytes, gridLen: layer.gridLen, inputs: layer.n }))
}

export function copyPtr(plan: MemoryPlan, copy: number): number {
  return plan.copiesPtr + copy * plan.copyStrideBytes
}

export function descriptorPtr(plan: MemoryPlan, thread: number): number {
  return plan.descriptorsPtr + thread * plan.descriptorBytes
}

/** The descriptor words (assembly/descriptor.ts) for `thread` working on `copy`. */
export function descriptorWords(plan: MemoryPlan, thread: number, copy: number): Int32Array {
  const words = new Int32Array(plan.descriptorBytes / 4)
  words[0] = plan.layers.length
  words[1] = plan.shape.form === 'mean' ? 1 : 0
  words[2] = plan.shape.inputs
  words[3] = targetCount(plan.shape)
  const copyBase = copyPtr(plan, copy)
  const scratchBase = plan.scratchPtr + thread * plan.scratchStrideBytes
  words[4] = scratchBase + plan.nextIdxOffsetBytes
  words[5] = scratchBase + plan.nextTOffsetBytes
  const base = descriptorPtr(plan, thread)
  plan.layers.forEach((layer, l) => {
    words.set(
      [
        layer.n, layer.m, layer.rowValues, layer.P,
        copyBase + layer.paramsOffsetBytes, copyBase + layer.gridOffsetBytes,
        scratchBase + layer.idxOffsetBytes, scratchBase + layer.tOffsetBytes,
        scratchBase + layer.outOffsetBytes, scratchBase + layer.errOffsetBytes,
        layer.P === 0 ? base + layer.pointsOffsetBytes : 0,
      ],
      HEADER_WORDS + l * LAYER_WORDS,
    )
    if (layer.P === 0) writePointsBlock(plan, layer, words)
  })
  return words
}

/** A layer's points block (see the map above) into the descriptor words. */
function writePointsBlock(plan: MemoryPlan, layer: LayerLayout, words: Int32Array): void {
  const { gridLen, pointsOffsetBytes, rowValues } = layer
  const starts = rowStarts(layer.points, layer.n)
  const rowBytes = rowValues * plan.bytesPerValue
  if (plan.bytesPerValue === 8) {
    const block = new Float64Array(words.buffer, pointsOffsetBytes, 2 * gridLen)
    layer.points.forEach((count, j) => {
      block[j] = count - 1
      block[gridLen + j] = starts[j]! * rowBytes
    })
  } else {
    const last = new Float32Array(words.buffer, pointsOffsetBytes, gridLen)
    const offsets = new Int32Array(words.buffer, pointsOffsetBytes + 4 * gridLen, gridLen)
    layer.points.forEach((count, j) => {
      last[j] = count - 1
      offsets[j] = starts[j]! * rowBytes
    })
  }
}

/**
 * Throws E_SHAPE before anything is allocated when one copy of the model, with one thread's
 * scratch, does not fit in wasm32's 4 GiB (training needs room for its data beside it).
 */
export function checkModelSize(shape: ModelShape): void {
  const bytesPerValue = shape.precision === 'f64' ? 8 : 4
  // Counted before planning: planMemory's own figures stay exact only below 2^53 bytes.
  const parameters = shape.layers.reduce((sum, layer, l) => sum + nodeRows(layer.points, layerInputs(shape, l)) * layer.units, 0)
  const bytes = parameters * bytesPerValue
  // planMemory adds the lane padding and scratch, and throws its own E_SHAPE beyond 4 GiB.
  if (bytes > MAX_MEMORY_BYTES || planMemory({ shape, threads: 1 }).totalBytes > MAX_MEMORY_BYTES) {
    throw new NkkanError(
      'E_SHAPE',
      `the model has ${parameters.toExponential(2)} node values (${(bytes / 2 ** 30).toFixed(2)} GiB in ${shape.precision}); wasm32 memory holds 4 GiB for the model, its copies and the data. Use fewer units or points, or precision 'f32'`,
    )
  }
}
