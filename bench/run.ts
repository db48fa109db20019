/**
 * npm run bench [-- kernels|det4|scaling …]: runs the named benchmarks (all by default) and
 * prints their Markdown tables.
 */
const suites = { kernels: './kernels.bench.ts', det4: './det4.bench.ts', scaling: './scaling.bench.ts', peers: './peers.bench.ts' } as const
type Suite = keyof typeof suites

const requested = process.argv.slice(2)
const unknown = requested.filter((name) => !(name in suites))
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(suites).join(', ')}`)
  process.exit(2)
}
for (const name of (requested.length > 0 ? requested : Object.keys(suites)) as Suite[]) {
  await import(suites[name])
}
