// Create/fit/predict cycles of small models trained on 2 workers, with and without dispose:
// the process's threads and resident memory must stay flat. Prints Threads and VmRSS (from
// /proc/self/status, after a forced GC) at cycle 0, every `every` cycles and at the end; without
// dispose also after waiting for the idle pools to end (POOL_IDLE_MS), since a forgotten model's
// workers live until then. Linux only (/proc).
// Run: npm run stress:cycles -- [cycles, default 1000] [every, default 100]
import { readFileSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import { KAN, datasets } from '../src/index.js'
import { POOL_IDLE_MS } from '../src/kan.js'

const cycles = Number(process.argv[2] ?? 1000)
const every = Number(process.argv[3] ?? 100)
const gc = (globalThis as { gc?: () => void }).gc
if (gc === undefined) throw new Error('run with node --expose-gc (npm run stress:cycles does)')
const { train, valid } = datasets.det({ size: 2, train: 2000, valid: 200, seed: 3 })

/** Threads and resident MB of this process, after a full garbage collection. */
function usage(): string {
  gc!()
  const status = readFileSync('/proc/self/status', 'utf8')
  const read = (key: string): number => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1])
  return `threads ${read('Threads')}, RSS ${(read('VmRSS') / 1024).toFixed(0)} MB`
}

async function cycle(dispose: boolean): Promise<void> {
  const model = KAN.create({ inputs: 4, layers: [{ units: 5, points: 3 }, { units: 1, points: 6 }] })
  await model.fit(train, { threads: 2, rounds: 3, batchSize: 400 })
  model.predict(valid.x)
  if (dispose) await model.dispose()
}

for (const dispose of [true, false]) {
  const variant = dispose ? 'with dispose' : 'without dispose'
  const started = performance.now()
  console.log(`${variant}: cycle 0: ${usage()}`)
  for (let c = 1; c <= cycles; c++) {
    await cycle(dispose)
    if (c % every === 0 || c === cycles) {
      const idle = dispose ? '' : ` (idle pools alive); after ${POOL_IDLE_MS + 1000} ms idle: `
      const now = usage()
      if (!dispose) await sleep(POOL_IDLE_MS + 1000)
      console.log(`${variant}: cycle ${c}: ${now}${idle}${dispose ? '' : usage()}`)
    }
  }
  console.log(`${variant}: ${cycles} cycles in ${((performance.now() - started) / 1000).toFixed(0)} s`)
}
