import { describe, expect, it } from 'vitest'
import { KAN, NkkanError, datasets, plotHistory, plotModel, plotResponse, stackPlots } from '../src/index.js'
import type { EpochLog, ModelJSON } from '../src/index.js'

/** Every number in coordinates: path data, positions, sizes. */
function coordinates(svg: string): number[] {
  const numbers: number[] = []
  for (const [, d] of svg.matchAll(/ d="([^"]*)"/g)) numbers.push(...(d!.match(/-?[\d.]+(?:e-?\d+)?|NaN|Infinity/g) ?? []).map(Number))
  for (const [, value] of svg.matchAll(/ (?:x|y|x1|x2|y1|y2|cx|cy|width|height)="([^"]*)"/g)) if (!value!.endsWith('%')) numbers.push(Number(value))
  return numbers
}

function count(svg: string, pattern: RegExp): number {
  return svg.match(pattern)?.length ?? 0
}

async function trained(inputs: number, layers: { units: number; points: number }[], targets = 1): Promise<{ json: ModelJSON; logs: EpochLog[] }> {
  const { train, valid } = targets === 4 ? datasets.tetra({ train: 400, valid: 100 }) : datasets.det({ size: Math.sqrt(inputs), train: 400, valid: 100 })
  const model = KAN.create({ inputs, layers })
  const logs: EpochLog[] = []
  await model.fit(train, { epochs: 3, threads: 1, validation: valid, onRound: (log) => logs.push(log) })
  const json = model.toJSON()
  await model.dispose()
  return { json, logs }
}

describe('plotModel()', () => {
  it('draws one panel per input → output function, each a path over finite coordinates', async () => {
    const { json } = await trained(4, [{ units: 3, points: 4 }, { units: 1, points: 6 }])
    const svg = plotModel(json)
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(count(svg, /<g class="panel"/g)).toBe(4 * 3 + 3 * 1)
    expect(count(svg, /<path /g)).toBe(15)
    expect(count(svg, /<circle /g)).toBe(4 * 3 * 4 + 3 * 6)
    expect(svg).toMatch(/<title>nkkan model: 4 → 3 → 1 \(mean form, f64\)<\/title>/)
    expect(svg).toContain('Layer 1 of 2: 4 inputs × 3 outputs, 4 grid points')
    const numbers = coordinates(svg)
    expect(numbers.length).toBeGreaterThan(300)
    expect(numbers.every(Number.isFinite)).toBe(true)
  })

  it('draws every function of a wide layer by default, with plain tick labels', async () => {
    const { json } = await trained(16, [{ units: 20, points: 3 }, { units: 1, points: 5 }])
    const svg = plotModel(json)
    expect(count(svg, /<g class="panel" data-input="\d+" data-output="\d+"/g)).toBe(16 * 20 + 20)
    expect(svg).not.toMatch(/>[-\d.]+e[+-]\d+</)
  })

  it('caps a wide layer at the inputs × outputs asked for and says so in the title', async () => {
    const { json } = await trained(16, [{ units: 20, points: 3 }, { units: 1, points: 5 }])
    const svg = plotModel({ ...json, columns: { features: json.layers.map(() => 'unused'), targets: ['det'] } }, { maxInputs: 12, maxOutputs: 8 })
    expect(count(svg, /<g class="panel" data-input="\d+" data-output="\d+"/g)).toBe(12 * 8 + 12)
    expect(svg).toMatch(/<title>[^<]*layer 1: showing the first 12 of 16 inputs × the first 8 of 20 outputs; layer 2: showing the first 12 of 20 inputs<\/title>/)
    expect(svg).toContain('u11 → det')
    expect(coordinates(svg).every(Number.isFinite)).toBe(true)
  })

  it('refuses an untrained model', () => {
    const json = KAN.create({ inputs: 2, layers: [{ units: 1, points: 3 }] }).toJSON()
    expect(() => plotModel(json)).toThrow(NkkanError)
  })
})

describe('plotHistory()', () => {
  it('draws one line per target of the validation metric, with axes and a legend', async () => {
    const { logs } = await trained(12, [{ units: 5, points: 3 }, { units: 4, points: 5 }], 4)
    const svg = plotHistory(logs, { target: 0.9, targetNames: ['A', 'B', 'C', 'D'] })
    expect(count(svg, /<path class="series"/g)).toBe(4)
    expect(svg).toContain('<title>Training history: validation Pearson per epoch</title>')
    expect(svg).toContain('>epoch</text>')
    expect(svg).toContain('>D</text>')
    expect(svg).toContain('target 0.9')
    expect(coordinates(svg).every(Number.isFinite)).toBe(true)
    expect(count(plotHistory(logs, { metric: 'recordsPerSecond', x: 'round' }), /<path class="series"/g)).toBe(1)
  })

  it('needs metrics in the history for a metric plot', () => {
    const log = { round: 1, epoch: 1, records: 10, seconds: 1, mergeSeconds: 0, recordsPerSecond: 10 } as EpochLog
    expect(() => plotHistory([log], { metric: 'rmse' })).toThrow(/no rmse values/)
    expect(() => plotHistory([])).toThrow(NkkanError)
  })

  it('stacks plots into one SVG whose height is the sum', async () => {
    const { json, logs } = await trained(4, [{ units: 2, points: 3 }, { units: 1, points: 4 }])
    const parts = [plotHistory(logs), plotModel(json)]
    const heights = parts.map((svg) => Number(/height="([\d.]+)"/.exec(svg)![1]))
    const stacked = stackPlots(parts)
    expect(Number(/height="([\d.]+)"/.exec(stacked)![1])).toBe(heights[0]! + heights[1]!)
    expect(count(stacked, /<svg /g)).toBe(3)
  })
})

describe('plotResponse()', () => {
  it('draws one panel per input with a curve per target: the predictions along that input', async () => {
    const { json } = await trained(4, [{ units: 9, points: 3 }, { units: 1, points: 6 }])
    const model = KAN.fromJSON(json)
    const asked: Float64Array[] = []
    const center = [0.5, 0.25, 0.5, 0.75]
    const svg = plotResponse({ ...json, columns: { features: ['a', 'b', 'c', 'd'] } }, (x) => {
      asked.push(x)
      return model.predict(x)
    }, { center, steps: 10 })
    expect(count(svg, /<g class="response"/g)).toBe(4)
    expect(count(svg, /<path /g)).toBe(4)
    expect(svg).toContain('>c</text>')
    const x = asked[0]!
    expect(x.length).toBe(4 * 10 * 4)
    // Row p of feature 1's panel: feature 1 steps over its grid, the others stay at the center.
    const layer = json.layers[0] as { lo: number[]; hi: number[] }
    expect(Array.from(x.subarray((10 + 9) * 4, (10 + 10) * 4))).toEqual([0.5, layer.hi[1], 0.5, 0.75])
    expect(coordinates(svg).every(Number.isFinite)).toBe(true)
    await model.dispose()
  })
})

