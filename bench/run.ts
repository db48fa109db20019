/**
 * npm run bench [-- kernels|det4|scaling|efficiency|peers|pretrain|serial|tetra|ceiling|online|det5|tables|cluster …]:
 * runs the named benchmarks (by default all but det5 and tables, which take many minutes, and
 * cluster, which needs redis-server) and prints Markdown tables.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const suites = {
  kernels: './kernels.bench.ts',
  det4: './det4.bench.ts',
  scaling: './scaling.bench.ts',
  efficiency: './efficiency.bench.ts',
  peers: './peers.bench.ts',
  pretrain: './pretrain.bench.ts',
  serial: './serial.bench.ts',
  tetra: './tetra.bench.ts',
  ceiling: './ceiling.bench.ts',
  det5: './det5.bench.ts',
  online: './online.bench.ts',
  cluster: './cluster.bench.ts',
  tables: './tables.bench.ts',
} as const
const everyDay: Suite[] = ['kernels', 'det4', 'scaling', 'efficiency', 'peers', 'pretrain', 'serial', 'tetra', 'ceiling', 'online']
type Suite = keyof typeof suites

const requested = process.argv.slice(2)
const unknown = requested.filter((name) => !(name in suites))
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(suites).join(', ')}`)
  process.exit(2)
}
const chosen = requested.length > 0 ? (requested as Suite[]) : everyDay
// tfjs and vega-datasets stay out of the library's install: bench/package.json holds them, installed on first use.
const needsExtras: Suite[] = ['peers', 'tables']
if (chosen.some((name) => needsExtras.includes(name)) && !existsSync(join(here, 'node_modules', 'vega-datasets'))) {
  console.error('installing the benchmark-only packages (bench/package.json) …')
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit' })
}
for (const name of chosen) {
  await import(suites[name])
}
