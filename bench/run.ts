/**
 * npm run bench [-- kernels|det4|scaling|efficiency|peers|pretrain|serial|tetra|ceiling|online|det5|cluster …]: runs the
 * named benchmarks (by default all but det5, which takes many minutes, and cluster, which needs
 * redis-server) and prints Markdown tables.
 */
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
} as const
const everyDay: Suite[] = ['kernels', 'det4', 'scaling', 'efficiency', 'peers', 'pretrain', 'serial', 'tetra', 'ceiling', 'online']
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
