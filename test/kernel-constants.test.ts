/**
 * src/kernels/layout.ts owns the memory map; the kernels are compiled with copies of a few of its
 * constants. A module whose constants disagree is refused when it is compiled, before anything
 * runs on it. Here layout.ts is made to disagree on the packed entry size.
 */
import { describe, expect, it, vi } from 'vitest'
import { compileKernelModule, kernelModule } from '../src/kernels/wasm.js'
import { thrown, rejection } from './helpers/errors.js'

vi.mock('../src/kernels/layout.js', async (importOriginal) => ({ ...(await importOriginal<typeof import('../src/kernels/layout.js')>()), ENTRY_BYTES: 64 }))

describe('the kernels’ layout constants', () => {
  it('are checked against src/kernels/layout.ts when a module is compiled, synchronously or not', async () => {
    const error = thrown(() => kernelModule('private'))
    expect(error.code).toBe('E_STATE')
    expect(error.message).toBe('the wasm kernels have ENTRY_BYTES = 48 but src/kernels/layout.ts says 64; rebuild with npm run asbuild')
    expect((await rejection(compileKernelModule('shared'))).message).toMatch(/ENTRY_BYTES = 48 but src\/kernels\/layout.ts says 64/)
  })
})
