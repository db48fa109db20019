// Builds dist/: the library as ESM (index.js) and CommonJS (index.cjs), the CLI (cli.js), and
// type declarations (types/, by tsc). esbuild rather than tsup: tsup pulls in rollup, whose
// platform packages this project's npm registry mirror does not serve, which breaks `npm ci`.
import { execFileSync } from 'node:child_process'
import { existsSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dist = join(root, 'dist')
rmSync(dist, { recursive: true, force: true })

const common = {
  bundle: true,
  sourcemap: true,
  target: 'es2022',
  // Runtime dependencies stay imports; Node built-ins are reached only behind a Node check.
  packages: 'external',
  external: ['node:*'],
  logLevel: 'warning',
}
await build({ ...common, entryPoints: [join(root, 'src/index.ts')], format: 'esm', platform: 'neutral', outfile: join(dist, 'index.js') })
await build({ ...common, entryPoints: [join(root, 'src/index.ts')], format: 'cjs', platform: 'node', outfile: join(dist, 'index.cjs') })
if (existsSync(join(root, 'src/cli.ts'))) {
  await build({ ...common, entryPoints: [join(root, 'src/cli.ts')], format: 'esm', platform: 'node', outfile: join(dist, 'cli.js'), banner: { js: '#!/usr/bin/env node' } })
}
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' })
// CommonJS consumers get the same declarations under the name TypeScript expects for require.
writeFileSync(join(dist, 'types/index.d.cts'), "export * from './index.js'\n")
