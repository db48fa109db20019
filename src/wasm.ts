/**
 * Loading the kernels: the two builds (shared memory + threads, private memory), both SIMD,
 * compiled once per process and instantiated over a memory the caller provides.
 * The exports are typed once here; test/wasm-exports.test.ts checks them against the module.
 */
import { privateWasmBase64, sharedWasmBase64 } from './binary.js'
import { NkkanError } from './errors.js'
import { HEADER_WORDS, LAYER_WORDS } from './layout.js'

type NkRange = (ctxPtr: number, xPtr: number, yPtr: number, r0: number, r1: number, alpha: number) => void
type ForwardRange = (ctxPtr: number, xPtr: number, outPtr: number, r0: number, r1: number) => void
type SerialRange = (ctxPtr: number, xPtr: number, yPtr: number, r0: number, r1: number, alpha: number, syncPtr: number, thread: number, threads: number, partialsPtr: number, weight: number) => void
type Average = (dstPtr: number, srcPtr: number, srcStrideBytes: number, copies: number, fromBytes: number, toBytes: number) => void
type RefreshGrids = (ctxPtr: number) => void
type NkRangeFixed = (ctxPtr: number, xPtr: number, yPtr: number, predPtr: number, r0: number, r1: number) => void

export interface KernelExports {
  nkRangeF64: NkRange
  nkRangeF32: NkRange
  forwardRangeF64: ForwardRange
  forwardRangeF32: ForwardRange
  averageF64: Average
  serialRangeF64: SerialRange
  serialRangeF32: SerialRange
  averageF32: Average
  /** invDx = 1/dx of every grid of the copy a descriptor points to; call after averaging copies. */
  refreshGridsF64: RefreshGrids
  refreshGridsF32: RefreshGrids
  HEADER_WORDS: WebAssembly.Global
  LAYER_WORDS: WebAssembly.Global
  /** Integer trainer (ALGORITHM §6, assembly/fixed.ts); header layout in src/fixed/layout.ts. */
  nkRangeFixed: NkRangeFixed
  forwardRangeFixed: ForwardRange
  FIXED_HEADER_WORDS: WebAssembly.Global
  FIXED_LAYER_WORDS: WebAssembly.Global
}

export const KERNEL_EXPORT_NAMES: readonly (keyof KernelExports)[] = [
  'nkRangeF64', 'nkRangeF32', 'forwardRangeF64', 'forwardRangeF32', 'averageF64', 'averageF32', 'serialRangeF64', 'serialRangeF32', 'refreshGridsF64', 'refreshGridsF32', 'HEADER_WORDS', 'LAYER_WORDS',
  'nkRangeFixed', 'forwardRangeFixed', 'FIXED_HEADER_WORDS', 'FIXED_LAYER_WORDS',
]

export type Build = 'shared' | 'private'

const modules: Partial<Record<Build, WebAssembly.Module>> = {}

function bytesOf(build: Build): Uint8Array<ArrayBuffer> {
  const text = atob(build === 'shared' ? sharedWasmBase64 : privateWasmBase64)
  const bytes = new Uint8Array(text.length)
  for (let b = 0; b < text.length; b++) bytes[b] = text.charCodeAt(b)
  return bytes
}

/** E_RUNTIME when this runtime has no WebAssembly (Node's --jitless, some locked-down pages). */
function requireWebAssembly(): void {
  if (typeof WebAssembly === 'undefined') {
    throw new NkkanError('E_RUNTIME', 'this JavaScript runtime has no WebAssembly (Node run with --jitless?); nkkan needs WebAssembly with SIMD')
  }
}

function compileFailed(error: unknown): NkkanError {
  return new NkkanError('E_RUNTIME', `the kernels do not compile here (nkkan needs WebAssembly SIMD): ${(error as Error).message}`, { cause: error })
}

/** The compiled module of a build; compiles synchronously on first use. */
export function kernelModule(build: Build): WebAssembly.Module {
  let module = modules[build]
  if (module === undefined) {
    requireWebAssembly()
    try {
      module = new WebAssembly.Module(bytesOf(build))
    } catch (error) {
      throw compileFailed(error)
    }
    modules[build] = module
  }
  return module
}

/** Compiles a build off the calling thread (browsers forbid large synchronous compiles there). */
export async function compileKernelModule(build: Build): Promise<WebAssembly.Module> {
  const cached = modules[build]
  if (cached !== undefined) return cached
  requireWebAssembly()
  const module = await WebAssembly.compile(bytesOf(build)).catch((error: unknown) => {
    throw compileFailed(error)
  })
  modules[build] = module
  return module
}

/** A wasm memory of `pages`, or E_RUNTIME saying how much could not be had. */
export function allocateMemory(pages: number, shared: boolean): WebAssembly.Memory {
  requireWebAssembly()
  try {
    return new WebAssembly.Memory({ initial: pages, maximum: pages, shared })
  } catch (error) {
    throw new NkkanError('E_RUNTIME', `could not allocate ${((pages * 65536) / 2 ** 20).toFixed(0)} MiB of wasm memory: ${(error as Error).message}`, { cause: error })
  }
}

/** Instantiates `module` over `memory` and checks the descriptor layout agrees with src/layout.ts. */
export function instantiateKernels(module: WebAssembly.Module, memory: WebAssembly.Memory): KernelExports {
  const instance = new WebAssembly.Instance(module, { env: { memory } })
  const exports = instance.exports as unknown as KernelExports
  if (exports.HEADER_WORDS.value !== HEADER_WORDS || exports.LAYER_WORDS.value !== LAYER_WORDS) {
    throw new NkkanError('E_STATE', 'the wasm kernels and src/layout.ts disagree on the descriptor layout; rebuild with npm run asbuild')
  }
  return exports
}
