/**
 * Interleaved A/B timing of two builds of the kernels: another checkout's (argv[2], e.g. a git
 * worktree of an older commit, with node_modules and `node scripts/asbuild.mjs` run there) and
 * this one's, on the Det4 shape (16 → 70 → 1, 3 / 30 points), Det5's (25 → 160 → 1) or Tetra's
 * (12 → 70 → 30 → 4, 3 / 18 / 22 points), one process, passes of 20,000 records alternating between the two so that a shared machine's slow
 * minutes fall on both alike. Prints, per precision, each build's best pass and the median of
 * the per-pair ratios (other's time / this one's).
 * Usage: node --import tsx bench/tools/compare-kernels.ts <other checkout> [pairs = 30] [det4|det5|tetra]
 */
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import * as datasets from '../../src/datasets.js'
import * as engineHere from '../../src/kernels/engine.js'
import * as layoutHere from '../../src/kernels/layout.js'
import * as modelHere from '../../src/model/model.js'

type Build = { engine: typeof engineHere; layout: typeof layoutHere; model: typeof modelHere }
const baseDir = process.argv[2]
if (baseDir === undefined) throw new Error('usage: compare-kernels.ts <other checkout> [pairs]')
const from = (file: string): Promise<unknown> => import(pathToFileURL(join(resolve(baseDir), 'src', file)).href)
const base = { engine: await from('kernels/engine.ts'), layout: await from('kernels/layout.ts'), model: await from('model/model.ts') } as Build
const here: Build = { engine: engineHere, layout: layoutHere, model: modelHere }
const pairs = Number(process.argv[3] ?? 30)
const task = process.argv[4] ?? 'det4'
const N = 20_000
const { train } = task === 'tetra' ? datasets.tetra({ train: N, valid: 1, seed: 1 }) : datasets.det({ size: task === 'det5' ? 5 : 4, train: N, valid: 1, seed: 1 })
const layers = task === 'tetra'
  ? [{ units: 70, points: 3 }, { units: 30, points: 18 }, { units: 4, points: 22 }]
  : [{ units: task === 'det5' ? 160 : 70, points: 3 }, { units: 1, points: 30 }]

function engineOf(build: Build, precision: 'f64' | 'f32'): InstanceType<typeof engineHere.Engine> {
  const shape = { inputs: train.features, layers, form: 'mean', precision } as const
  const engine = new build.engine.Engine(build.layout.planMemory({ shape, threads: 1, trainRows: N }))
  engine.writeModel(build.model.initialState(shape, train, 1), 0)
  engine.writeTrain(train)
  for (let w = 0; w < 5; w++) engine.train(0, 0, N, 0.1)
  return engine
}

const timed = (engine: InstanceType<typeof engineHere.Engine>): number => {
  const t = performance.now()
  engine.train(0, 0, N, 0.1)
  return performance.now() - t
}
const rate = (ms: number): string => Math.round((N / ms) * 1000).toLocaleString('en-US')
for (const precision of ['f64', 'f32'] as const) {
  const a = engineOf(base, precision)
  const b = engineOf(here, precision)
  let bestA = Infinity
  let bestB = Infinity
  const ratios: number[] = []
  for (let p = 0; p < pairs; p++) {
    const ta = timed(a)
    const tb = timed(b)
    bestA = Math.min(bestA, ta)
    bestB = Math.min(bestB, tb)
    ratios.push(ta / tb)
  }
  ratios.sort((x, y) => x - y)
  console.log(`${precision}: other ${rate(bestA)}, this ${rate(bestB)} records/s (best passes); median ratio of pairs ${ratios[pairs >> 1]!.toFixed(3)}`)
}
