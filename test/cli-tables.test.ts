/**
 * `nkkan train` on an ordinary table: a date column, a text column, an id column to leave out and
 * missing cells; the encoding saved in the model file and applied by predict; --init; merge's
 * warning about models that do not share an initialisation.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { KAN, Random, readCSV, splitDataset } from '../src/index.js'
import type { ColumnEncoding } from '../src/data/encode.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
let dir = ''
const file = (name: string): string => join(dir, name)

function nkkan(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

/** Daily temperatures of two cities over three years; every 50th rain cell is missing. */
function writeWeather(name: string, days: number, seed: number, extraCity = false): void {
  const random = new Random(seed)
  const lines = ['id,date,city,rain,temp']
  for (let d = 0; d < days; d++) {
    const date = new Date(Date.UTC(2012, 0, 1) + Math.floor(d / 2) * 86_400_000)
    const city = extraCity && d === 3 ? 'Boston' : d % 2 === 0 ? 'Seattle' : 'NYC'
    const rain = random.uniform(0, 2)
    const doy = Math.floor((date.getTime() - Date.UTC(date.getUTCFullYear(), 0, 1)) / 86_400_000) + 1
    const temp = 10 + 8 * Math.sin((2 * Math.PI * (doy - 100)) / 365) + (city === 'NYC' ? 3 : 0) - rain
    lines.push([d, date.toISOString().slice(0, 10), city, d % 50 === 7 ? '' : rain.toFixed(3), temp.toFixed(3)].join(','))
  }
  writeFileSync(file(name), lines.join('\n') + '\n')
}

const TABLE = ['--target', 'temp', '--exclude', 'id', '--dates', 'date', '--categorical', 'city', '--missing', 'median']

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nkkan-tables-'))
  writeWeather('weather.csv', 1200, 1)
  writeWeather('new.csv', 40, 2, true)
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('nkkan train on an ordinary table', () => {
  it('encodes dates and categories, imputes missing cells (and says how many), and chooses its settings', async () => {
    const result = await nkkan('train', file('weather.csv'), ...TABLE, '--threads', '1', '--out', file('auto.json'))
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toMatch(/imputed 24 missing cells/)
    expect(result.stderr).toMatch(/settings chosen from the data; 300 epochs of 1080 rows; α 0\.2·[\d.]+\^epoch, at least 0\.002; grids refined ×2 at epochs 38, 75, 113, 150, 188; 120 rows held out; early stopping/)
    expect(result.stdout).toMatch(/^trained: \d+ rounds, .*; best round \d+ restored {2}valid pearson [01]\.\d+ {2}r2 0\.99\d+ {2}rmse [\d.]+ {2}mae [\d.]+; wrote /)
    const json = JSON.parse(readFileSync(file('auto.json'), 'utf8')) as { columns: { features: string[]; encoding: ColumnEncoding[] } }
    expect(json.columns.features).toEqual(['date.dayofyear', 'city=NYC', 'city=Seattle', 'rain'])
    expect(json.columns.encoding.map((column) => column.kind)).toEqual(['date', 'onehot', 'number'])
    expect(json.columns.encoding[2]).toMatchObject({ name: 'rain', median: expect.any(Number) as number })
  }, 120_000)

  it('predicts a new file with the saved encoding: an unseen category is all zeros, a missing cell the training median', async () => {
    const result = await nkkan('predict', file('auto.json'), file('new.csv'))
    expect(result.code, result.stderr).toBe(0)
    const json = JSON.parse(readFileSync(file('auto.json'), 'utf8')) as { columns: { encoding: ColumnEncoding[] } }
    const table = readCSV(readFileSync(file('new.csv'), 'utf8'), { targets: [], encoding: json.columns.encoding, missing: 'median' })
    expect(Array.from(table.x.subarray(3 * 4, 4 * 4)).slice(1, 3)).toEqual([0, 0])
    const model = KAN.fromJSON(readFileSync(file('auto.json'), 'utf8'))
    const predicted = readCSV(result.stdout, { targets: [] })
    expect(predicted.rows).toBe(40)
    expect(Array.from(predicted.x)).toEqual(Array.from(model.predict(table.x)))
    const evaluated = await nkkan('evaluate', file('auto.json'), file('new.csv'))
    expect(evaluated.stdout).toMatch(/^target +pearson +r2 +rmse +mae +rmse\/range\ntemp +0\.\d+ +/)
    await model.dispose()
  }, 120_000)

  it('chooses the first layer\'s points per feature when asked (or takes them from --layers), and predicts from the saved model', async () => {
    const result = await nkkan('train', file('weather.csv'), ...TABLE, '--feature-points', '--out', file('points.json'), '--quiet')
    expect(result.code, result.stderr).toBe(0)
    const json = JSON.parse(readFileSync(file('points.json'), 'utf8')) as { version: number; layers: { points: number | number[] }[] }
    // dayofyear is curved; the one-hot city columns take two values: straight lines.
    const points = json.layers[0]!.points as number[]
    expect(points.slice(1, 3)).toEqual([2, 2])
    expect(points[0]).toBeGreaterThan(2)
    expect(json.version).toBe(2)
    const trained = await nkkan('train', file('weather.csv'), ...TABLE, '--feature-points', '--epochs', '10', '--out', file('points.json'))
    expect(trained.stderr).toMatch(/featurePoints applies to auto fits/)
    const given = await nkkan('train', file('weather.csv'), ...TABLE, '--layers', '5:4/2/2/3,1:6', '--epochs', '2', '--out', file('given.json'), '--quiet')
    expect(given.code, given.stderr).toBe(0)
    expect((JSON.parse(readFileSync(file('given.json'), 'utf8')) as { layers: { points: unknown }[] }).layers.map((layer) => layer.points)).toEqual([[4, 2, 2, 3], 6])
    const predicted = await nkkan('predict', file('points.json'), file('new.csv'))
    expect(predicted.code, predicted.stderr).toBe(0)
    expect(readCSV(predicted.stdout, { targets: [] }).rows).toBe(40)
  })

  it('stops at the line and column of a missing cell when no --missing policy is given', async () => {
    const result = await nkkan('train', file('weather.csv'), '--target', 'temp', '--exclude', 'id', '--dates', 'date', '--categorical', 'city', '--threads', '1')
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`nkkan: ${file('weather.csv')} line 9, column "rain": missing value\n`)
  })
})

describe('nkkan train --init and merge', () => {
  it('continues a saved model exactly as fit would, and merge warns only about models of different initialisations', async () => {
    const fixed = ['--epochs', '2', '--threads', '1']
    expect((await nkkan('train', file('weather.csv'), ...TABLE, ...fixed, '--out', file('a.json'))).code).toBe(0)
    const resumed = await nkkan('train', file('weather.csv'), '--init', file('a.json'), '--missing', 'median', ...fixed, '--out', file('b.json'))
    expect(resumed.code, resumed.stderr).toBe(0)
    const text = readFileSync(file('a.json'), 'utf8')
    const json = JSON.parse(text) as { columns: { encoding: ColumnEncoding[] } }
    const table = readCSV(readFileSync(file('weather.csv'), 'utf8'), { targets: ['temp'], encoding: json.columns.encoding, missing: 'median' })
    const { train } = splitDataset(table, { valid: 0.1, seed: 1 })
    const model = KAN.fromJSON(text)
    await model.fit(train, { epochs: 2, threads: 1 })
    const resumedModel = KAN.fromJSON(readFileSync(file('b.json'), 'utf8'))
    expect(Array.from(resumedModel.predict(table.x))).toEqual(Array.from(model.predict(table.x)))
    expect(Array.from(resumedModel.predict(table.x))).not.toEqual(Array.from(KAN.fromJSON(text).predict(table.x)))

    expect((await nkkan('train', file('weather.csv'), ...TABLE, ...fixed, '--seed', '2', '--out', file('c.json'))).code).toBe(0)
    const same = await nkkan('merge', file('a.json'), file('b.json'), '--out', file('ab.json'))
    expect(same.code, same.stderr).toBe(0)
    expect(same.stderr).toBe('')
    const apart = await nkkan('merge', file('a.json'), file('c.json'), '--out', file('ac.json'))
    expect(apart.code).toBe(0)
    expect(apart.stderr).toMatch(/warning: the models do not share an initialisation/)
    await Promise.all([model.dispose(), resumedModel.dispose()])
  }, 180_000)
})
