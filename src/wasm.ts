/**
 * Loading the kernels: the two builds (shared memory + threads, private memory), both SIMD,
 * compiled once per process and instantiated over a memory the caller provides. Their exports
 * are typed in src/kernels.ts; their layout constants are checked here, once per compiled
 * module, against src/layout.ts and src/fixed/layout.ts, which own every address.
 */
import { privateWasmBase64, sharedWasmBase64 } from './binary.js'
import { NkkanError } from './errors.js'
import { FIXED_HEADER_WORDS, FIXED_LAYER_WORDS } from './fixed/layout.js'
import { type KernelExports, instantiate } from './kernels.js'
import { ENTRY_BYTES, HEADER_WORDS, LAYER_WORDS } from './layout.js'

export type Build = 'shared' | 'private'

const modules: Partial<Record<Build, WebAssembly.Module>> = {}

function bytesOf(build: Build): Uint8Array<ArrayBuffer> {
  const text = atob(build === 'shared' ? sharedWasmBase64 : privateWasmBase64)
  const bytes = new Uint8Array(text.length)
  for (let b = 0; b < text.length; b++) bytes[b] = text.charCodeAt(b)
  return bytes
}

/** The compiled module of a build; compiles synchronously on first use. */
export function kernelModule(build: Build): WebAssembly.Module {
  let module = modules[build]
  if (module === undefined) {
    module = checkConstants(new WebAssembly.Module(bytesOf(build)), build)
    modules[build] = module
  }
  return module
}

/** Compiles a build off the calling thread (browsers forbid large synchronous compiles there). */
export async function compileKernelModule(build: Build): Promise<WebAssembly.Module> {
  const cached = modules[build]
  if (cached !== undefined) return cached
  const module = checkConstants(await WebAssembly.compile(bytesOf(build)), build)
  modules[build] = module
  return module
}

/** Instantiates `module` (from kernelModule or compileKernelModule) over `memory`. */
export function instantiateKernels(module: WebAssembly.Module, memory: WebAssembly.Memory): KernelExports {
  return instantiate(module, memory)
}

/** Every layout constant the kernels were compiled with, against the TypeScript that lays out their memory. */
function checkConstants(module: WebAssembly.Module, build: Build): WebAssembly.Module {
  const exports = instantiate(module, new WebAssembly.Memory({ initial: 1, maximum: 1, shared: build === 'shared' }))
  const expected: [keyof KernelExports, number, string][] = [
    ['HEADER_WORDS', HEADER_WORDS, 'src/layout.ts'],
    ['LAYER_WORDS', LAYER_WORDS, 'src/layout.ts'],
    ['ENTRY_BYTES', ENTRY_BYTES, 'src/layout.ts'],
    ['FIXED_HEADER_WORDS', FIXED_HEADER_WORDS, 'src/fixed/layout.ts'],
    ['FIXED_LAYER_WORDS', FIXED_LAYER_WORDS, 'src/fixed/layout.ts'],
  ]
  for (const [name, value, owner] of expected) {
    const actual = (exports[name] as WebAssembly.Global).value as number
    if (actual !== value) {
      throw new NkkanError('E_STATE', `the wasm kernels have ${name} = ${actual} but ${owner} says ${value}; rebuild with npm run asbuild`)
    }
  }
  return module
}
