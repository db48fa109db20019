// The property tests of test/properties/contracts.ts at length: every public entry point with
// random arguments, 10,000 cases each by default (fit gets the same count), a new seed each run.
// Passes when every call returned finite results or threw a coded NkkanError, and every rejected
// fit left its model unchanged. Prints the cases and their outcomes per entry point.
// Run: npm run fuzz -- [cases per entry point] [seed] [entry points, comma-separated: the ones whose name starts so]
import fc from 'fast-check'
import { type Tally, properties, trainedModel } from '../test/properties/contracts.js'

const runs = Number(process.argv[2] ?? 10_000)
const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31)
const only = process.argv[4]?.split(',')
const { model, json } = await trainedModel()
const tally: Tally = new Map()
let failed = false
const started = performance.now()
for (const { name, property } of properties(model, json, tally)) {
  if (only !== undefined && !only.some((prefix) => name.startsWith(prefix))) continue
  const begun = performance.now()
  const result = await fc.check(property as never, { numRuns: runs, seed })
  const seconds = ((performance.now() - begun) / 1000).toFixed(0)
  if (result.failed) {
    failed = true
    console.log(`${name}: FAILED after ${result.numRuns} cases (seed ${seed}, path ${result.counterexamplePath}): ${String(result.errorInstance)}`)
    console.log(`  counterexample: ${fc.stringify(result.counterexample)}`.slice(0, 2000))
  } else {
    console.log(`${name}: ${result.numRuns} cases passed in ${seconds} s`)
  }
}
for (const [name, outcomes] of tally) console.log(`  ${name}: ${[...outcomes].map(([outcome, n]) => `${outcome} ${n}`).join(', ')}`)
console.log(`seed ${seed}, ${((performance.now() - started) / 1000).toFixed(0)} s in all`)
await model.dispose()
process.exitCode = failed ? 1 : 0
