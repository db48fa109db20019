// Builds dist/ (`npm run build` runs `npm run asbuild` first: the bundle imports the generated
// src/kernels/binary.ts and src/threads/worker-source.ts): the library as ESM (index.js, platform neutral) and
// CommonJS (index.cjs, platform node) with bundled declarations (index.d.ts, index.d.cts), and the
// CLI (cli.js). rollup, which tsup's declaration build uses, is @rollup/wasm-node (package.json
// "overrides"), so no platform-specific rollup package is needed.
import { rmSync } from 'node:fs'
import { type Options, defineConfig } from 'tsup'

const common = {
  sourcemap: true,
  target: 'es2022',
  splitting: false,
  // Runtime dependencies stay imports; Node built-ins are reached only behind a Node check and
  // keep their node: prefix (tsup strips it by default), which browser bundlers leave alone.
  skipNodeModulesBundle: true,
  external: [/^node:/],
  removeNodeProtocol: false,
} satisfies Options

export default defineConfig((): Options[] => {
  // The two builds run in parallel, so dist/ is emptied once here instead of by each (`clean`).
  rmSync('dist', { recursive: true, force: true })
  return [
    {
      ...common,
      entry: { index: 'src/index.ts' },
      format: ['esm', 'cjs'],
      platform: 'neutral',
      // One declaration build writes both index.d.ts and index.d.cts.
      dts: true,
      esbuildOptions(options, { format }) {
        if (format === 'cjs') options.platform = 'node'
      },
    },
    { ...common, entry: { cli: 'src/cli.ts' }, format: 'esm', platform: 'node', banner: { js: '#!/usr/bin/env node' } },
  ]
})
