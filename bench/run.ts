/**
 * npm run bench [-- kernels|det4|scaling|peers|pretrain|serial|tetra|ceiling|det5|tables …]: runs the named
 * benchmarks (by default all but det5 and tables, which take many minutes) and prints Markdown tables.
 */
const suites = {
  kernels: './kernels.bench.ts',
  det4: './det4.bench.ts',
  scaling: './scaling.bench.ts',
  peers: './peers.bench.ts',
  pretrain: './pretrain.bench.ts',
  serial: './serial.bench.ts',
  tetra: './tetra.bench.ts',
  ceiling: './ceiling.bench.ts',
  det5: './det5.bench.ts',
  tables: './tables.bench.ts',
} as const
const everyDay: Suite[] = ['kernels', 'det4', 'scaling', 'peers', 'pretrain', 'serial', 'tetra', 'ceiling']
type Suite = keyof typeof suites

const requested = process.argv.slice(2)
const unknown = requested.filter((name) => !(name in suites))
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(suites).join(', ')}`)
  process.exit(2)
}
for (const name of requested.length > 0 ? (requested as Suite[]) : everyDay) {
  await import(suites[name])
}
