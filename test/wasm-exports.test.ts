import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { KERNEL_EXPORT_NAMES } from '../src/kernels/kernels.js'
import { kernelModule } from '../src/kernels/wasm.js'

describe('the wasm modules', () => {
  for (const build of ['shared', 'private'] as const) {
    it(`exports exactly the typed kernel interface (${build})`, () => {
      const names = WebAssembly.Module.exports(kernelModule(build)).map((e) => e.name).filter((name) => name !== 'memory')
      expect(names.sort()).toEqual([...KERNEL_EXPORT_NAMES].sort())
    })

    it(`imports one memory (${build === 'shared' ? 'shared' : 'not shared'}) and nothing else`, () => {
      expect(WebAssembly.Module.imports(kernelModule(build))).toEqual([{ module: 'env', name: 'memory', kind: 'memory' }])
      const wat = readFileSync(`assembly/wat/nkkan.${build}.wat`, 'utf8')
      expect(/\(import "env" "memory" \(memory \$0 \d+ \d+ shared\)\)/.test(wat)).toBe(build === 'shared')
    })

    it(`has no data segments, which a second instance would re-apply over live memory (${build})`, () => {
      expect(readFileSync(`assembly/wat/nkkan.${build}.wat`, 'utf8')).not.toMatch(/\(data/)
    })
  }

  it('keeps SIMD in the training step and calls nothing from it but the per-input lookup', () => {
    const wat = readFileSync('assembly/wat/nkkan.private.wat', 'utf8')
    for (const name of ['nkRangeF64', 'nkRangeF32']) {
      const start = wat.indexOf(`(func $assembly/index/${name} `)
      expect(start).toBeGreaterThan(0)
      const end = wat.indexOf('\n (func ', start + 1)
      const body = wat.slice(start, end === -1 ? undefined : end)
      expect(body).toMatch(name.endsWith('F64') ? /f64x2\.mul/ : /f32x4\.mul/)
      expect(body).toMatch(/v128\.load/)
      // A layer with per-input point counts locates its inputs in a function of its own (once
      // per record; assembly/pl.ts locatePerInput): inlined, it made these kernels a quarter
      // larger. Nothing else is called.
      expect(body.replace(/call \$assembly\/pl\/locatePerInput<f(64|32)>/g, '')).not.toMatch(/\bcall\b/)
    }
  })
})
