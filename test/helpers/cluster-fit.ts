/**
 * The fits of test/cluster.test.ts, shared with the coordinator it starts in a child process
 * (`node --import tsx test/helpers/cluster-fit.ts <case> <cluster options as JSON>`, which
 * prints `round N` after every merged round).
 */
import { KAN, datasets } from '../../src/index.js'
import type { ClusterOptions, FitOptions } from '../../src/train/options.js'

/** Small: jobs of milliseconds. Long: jobs of a few tenths of a second, to be killed in. */
export const CASES = {
  small: {
    data: () => datasets.det({ size: 4, train: 12_000, valid: 500, seed: 3 }),
    shape: { inputs: 16, layers: [{ units: 33, points: 3 }, { units: 1, points: 12 }], seed: 5 },
    options: { copies: 3, batchSize: 2000, rounds: 6, learningRate: 0.2 },
  },
  long: {
    data: () => datasets.det({ size: 4, train: 60_000, valid: 500, seed: 4 }),
    shape: { inputs: 16, layers: [{ units: 70, points: 3 }, { units: 1, points: 30 }], seed: 6 },
    options: { copies: 2, batchSize: 30_000, rounds: 4, learningRate: 0.1 },
  },
} satisfies Record<string, { data: () => datasets.Split; shape: Parameters<typeof KAN.create>[0]; options: FitOptions }>

export type CaseName = keyof typeof CASES

const splits = new Map<CaseName, datasets.Split>()
export function caseData(name: CaseName): datasets.Split {
  if (!splits.has(name)) splits.set(name, CASES[name].data())
  return splits.get(name)!
}

/** Fits the case's model, on this machine (copies taking turns on this thread) or on the cluster. */
export async function fitCase(name: CaseName, cluster?: ClusterOptions, onRound?: FitOptions['onRound']): Promise<{ json: string; history: Awaited<ReturnType<KAN['fit']>> }> {
  const { train, valid } = caseData(name)
  const model = KAN.create(CASES[name].shape)
  try {
    const where = cluster === undefined ? { threads: 1 } : { cluster }
    const history = await model.fit(train, { ...CASES[name].options, validation: valid, ...where, ...(onRound === undefined ? {} : { onRound }) })
    return { json: JSON.stringify(model.toJSON()), history }
  } finally {
    await model.dispose()
  }
}

if (process.argv[1]?.endsWith('cluster-fit.ts')) {
  const [name, cluster] = process.argv.slice(2)
  await fitCase(name as CaseName, JSON.parse(cluster!) as ClusterOptions, (log) => process.stdout.write(`round ${log.round}\n`))
  process.stdout.write('done\n')
}
