/**
 * The wasm kernels' exports, typed once for the calling thread (src/kernels/wasm.ts, src/kernels/engine.ts) and
 * the workers (src/threads/worker.ts); test/wasm-exports.test.ts checks the list against the module.
 * Imports nothing, so the worker bundle does not pull in the embedded wasm.
 */
/** skip: records whose every |y* - y| is below it update nothing (0: every record updates). */
type NkRange = (ctxPtr: number, xPtr: number, yPtr: number, r0: number, r1: number, alpha: number, skip: number) => void
/** Test-then-train: α per record from alphaPtr (T[rows]); each record's prediction before its update to predPtr (T[rows][targets]). */
type PrequentialRange = (ctxPtr: number, xPtr: number, yPtr: number, alphaPtr: number, predPtr: number, r0: number, r1: number) => void
type ForwardRange = (ctxPtr: number, xPtr: number, outPtr: number, r0: number, r1: number) => void
type SerialRange = (ctxPtr: number, xPtr: number, yPtr: number, r0: number, r1: number, alpha: number, skip: number, syncPtr: number, thread: number, threads: number, partialsPtr: number, weight: number) => void
/** Pretraining: every group of `groupSize` addends of the block against its own residual (ALGORITHM §4). */
type GroupRange = (ctxPtr: number, xPtr: number, yPtr: number, r0: number, r1: number, alpha: number, groupSize: number) => void
type Average = (dstPtr: number, srcPtr: number, srcStrideBytes: number, copies: number, fromBytes: number, toBytes: number) => void
type NkRangeFixed = (ctxPtr: number, xPtr: number, yPtr: number, predPtr: number, r0: number, r1: number) => void

export interface KernelExports {
  nkRangeF64: NkRange
  nkRangeF32: NkRange
  prequentialRangeF64: PrequentialRange
  prequentialRangeF32: PrequentialRange
  forwardRangeF64: ForwardRange
  forwardRangeF32: ForwardRange
  averageF64: Average
  averageF32: Average
  serialRangeF64: SerialRange
  serialRangeF32: SerialRange
  groupRangeF64: GroupRange
  groupRangeF32: GroupRange
  /** Layout constants of the kernels, checked against src/kernels/layout.ts when a module is compiled. */
  HEADER_WORDS: WebAssembly.Global
  LAYER_WORDS: WebAssembly.Global
  ENTRY_BYTES: WebAssembly.Global
  /** Integer trainer (ALGORITHM §6, assembly/fixed.ts); header layout in src/fixed/layout.ts. */
  nkRangeFixed: NkRangeFixed
  forwardRangeFixed: ForwardRange
  FIXED_HEADER_WORDS: WebAssembly.Global
  FIXED_LAYER_WORDS: WebAssembly.Global
}

export const KERNEL_EXPORT_NAMES: readonly (keyof KernelExports)[] = [
  'nkRangeF64', 'nkRangeF32', 'prequentialRangeF64', 'prequentialRangeF32', 'forwardRangeF64', 'forwardRangeF32', 'averageF64', 'averageF32', 'serialRangeF64', 'serialRangeF32', 'groupRangeF64', 'groupRangeF32',
  'HEADER_WORDS', 'LAYER_WORDS', 'ENTRY_BYTES', 'nkRangeFixed', 'forwardRangeFixed', 'FIXED_HEADER_WORDS', 'FIXED_LAYER_WORDS',
]

/** The float kernels of one precision. */
export interface FloatKernels {
  readonly nk: NkRange
  readonly forward: ForwardRange
  readonly average: Average
  readonly serial: SerialRange
  readonly groups: GroupRange
}

export function floatKernels(exports: KernelExports, f64: boolean): FloatKernels {
  return f64
    ? { nk: exports.nkRangeF64, forward: exports.forwardRangeF64, average: exports.averageF64, serial: exports.serialRangeF64, groups: exports.groupRangeF64 }
    : { nk: exports.nkRangeF32, forward: exports.forwardRangeF32, average: exports.averageF32, serial: exports.serialRangeF32, groups: exports.groupRangeF32 }
}

/** The exports of an instance of the kernel module over `memory`. */
export function instantiate(module: WebAssembly.Module, memory: WebAssembly.Memory): KernelExports {
  return new WebAssembly.Instance(module, { env: { memory } }).exports as unknown as KernelExports
}
