/**
 * Loading the kernels: the two builds (shared memory + threads, private memory), both SIMD,
 * compiled once per process and instantiated over a memory the caller provides. Their exports
 * are typed in src/kernels/kernels.ts; their layout constants are checked here, once per compiled
 * module, against src/kernels/layout.ts, which owns every address (src/fixed/layout.ts lays out the
 * integer trainer's memory with its constants).
 */
import { privateWasmBase64, sharedWasmBase64 } from './binary.js'
import { NkkanError } from '../errors.js'
import { type KernelExports, instantiate } from './kernels.js'
import { ENTRY_BYTES, FIXED_HEADER_WORDS, FIXED_LAYER_WORDS, HEADER_WORDS, LAYER_WORDS, WASM_PAGE_BYTES } from './layout.js'

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
      module = checkConstants(new WebAssembly.Module(bytesOf(build)), build)
    } catch (error) {
      if (error instanceof NkkanError) throw error
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
  const module = checkConstants(
    await WebAssembly.compile(bytesOf(build)).catch((error: unknown) => {
      throw compileFailed(error)
    }),
    build,
  )
  modules[build] = module
  return module
}

/** A wasm memory of `pages`, or E_RUNTIME saying how much could not be had. */
export function allocateMemory(pages: number, shared: boolean): WebAssembly.Memory {
  requireWebAssembly()
  try {
    return new WebAssembly.Memory({ initial: pages, maximum: pages, shared })
  } catch (error) {
    throw new NkkanError('E_RUNTIME', `could not allocate ${((pages * WASM_PAGE_BYTES) / 2 ** 20).toFixed(0)} MiB of wasm memory: ${(error as Error).message}`, { cause: error })
  }
}

/** Instantiates `module` (from kernelModule or compileKernelModule) over `memory`. */
export function instantiateKernels(module: WebAssembly.Module, memory: WebAssembly.Memory): KernelExports {
  return instantiate(module, memory)
}

/** Every layout constant the kernels were compiled with, against the TypeScript that lays out their memory. */
function checkConstants(module: WebAssembly.Module, build: Build): WebAssembly.Module {
  const exports = instantiate(module, new WebAssembly.Memory({ initial: 1, maximum: 1, shared: build === 'shared' }))
  const expected: [keyof KernelExports, number, string][] = [
    ['HEADER_WORDS', HEADER_WORDS, 'src/kernels/layout.ts'],
    ['LAYER_WORDS', LAYER_WORDS, 'src/kernels/layout.ts'],
    ['ENTRY_BYTES', ENTRY_BYTES, 'src/kernels/layout.ts'],
    ['FIXED_HEADER_WORDS', FIXED_HEADER_WORDS, 'src/kernels/layout.ts'],
    ['FIXED_LAYER_WORDS', FIXED_LAYER_WORDS, 'src/kernels/layout.ts'],
  ]
  for (const [name, value, owner] of expected) {
    const actual = (exports[name] as WebAssembly.Global).value as number
    if (actual !== value) {
      throw new NkkanError('E_STATE', `the wasm kernels have ${name} = ${actual} but ${owner} says ${value}; rebuild with npm run asbuild`)
    }
  }
  return module
}
