/**
 * The `nkkan` command line end to end: each case spawns `node --import tsx src/cli.ts …` on
 * small generated CSV files in a temporary folder and checks files, output and exit code.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { KAN, Random, readCSV } from '../src/index.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
let dir = ''

interface Result {
  code: number | null
  stdout: string
  stderr: string
}

function start(args: string[]): { child: ChildProcess; done: Promise<Result> } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const done = new Promise<Result>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
  return { child, done }
}

const nkkan = (...args: string[]): Promise<Result> => start(args).done
const file = (name: string): string => join(dir, name)

/** y = a·b + sin(2c) - d/2 on [-1, 1]⁴, as CSV with a quoted header name. */
function writeData(name: string, rows: number, seed: number): void {
  const random = new Random(seed)
  const lines = ['a,b,"c",d,y']
  for (let r = 0; r < rows; r++) {
    const [a, b, c, d] = [0, 0, 0, 0].map(() => random.uniform(-1, 1)) as [number, number, number, number]
    lines.push([a, b, c, d, a * b + Math.sin(2 * c) - d / 2].join(','))
  }
  writeFileSync(file(name), lines.join('\n') + '\n')
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nkkan-cli-'))
  writeData('train.csv', 3000, 1)
  writeData('test.csv', 500, 2)
  writeData('long.csv', 20_000, 3)
  writeFileSync(file('bad.csv'), 'x1,x2,x3,y\n1,2,3,4\n5,6,abc,8\n')
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('nkkan train → predict → evaluate → merge → plot', () => {
  it('trains a model file that predict, evaluate, merge and plot use', async () => {
    const common = ['--target', 'y', '--layers', '9:4,1:10', '--epochs', '15', '--threads', '1', '--valid-split', '0.2', '--stop-at', '0.99']
    const first = await nkkan('train', file('train.csv'), ...common, '--seed', '1', '--out', file('a.json'), '--history', file('history.json'))
    expect(first.code, first.stderr).toBe(0)
    expect(first.stdout).toMatch(/^trained: \d+ rounds, .*valid pearson 0\.9\d+ {2}r2 0\.9\d+ {2}rmse [\d.]+ {2}mae [\d.]+; wrote /)
    expect(first.stderr).toMatch(/^epoch 1\.0 {2}round 1 {2}.* records\/s {2}valid pearson /m)
    const json = JSON.parse(readFileSync(file('a.json'), 'utf8')) as { columns: unknown }
    expect(json.columns).toEqual({ features: ['a', 'b', 'c', 'd'], targets: ['y'] })
    expect((JSON.parse(readFileSync(file('history.json'), 'utf8')) as unknown[]).length).toBeGreaterThan(0)

    // A second model to merge with, trained in-process with another seed.
    const other = KAN.create({ inputs: 4, layers: [{ units: 9, points: 4 }, { units: 1, points: 10 }], seed: 2 })
    await other.fit(readCSV(readFileSync(file('train.csv'), 'utf8'), { targets: ['y'] }), { epochs: 2, threads: 1 })
    writeFileSync(file('b.json'), JSON.stringify(other))
    await other.dispose()

    const [predicted, evaluated, asJSON, merged, plotted] = await Promise.all([
      nkkan('predict', file('a.json'), file('test.csv')),
      nkkan('evaluate', file('a.json'), file('test.csv')),
      nkkan('evaluate', file('a.json'), file('test.csv'), '--target', 'y', '--json'),
      nkkan('merge', file('a.json'), file('b.json'), '--out', file('merged.json')),
      nkkan('plot', file('a.json'), '--history', file('history.json'), '--out', file('a.svg')),
    ])
    expect(predicted.code, predicted.stderr).toBe(0)
    const table = readCSV(predicted.stdout, { targets: [] })
    expect(table.featureNames).toEqual(['y'])
    expect(table.rows).toBe(500)
    const test = readCSV(readFileSync(file('test.csv'), 'utf8'), { targets: ['y'] })
    const model = KAN.fromJSON(readFileSync(file('a.json'), 'utf8'))
    expect(Array.from(table.x)).toEqual(Array.from(model.predict(test.x)))

    expect(evaluated.code, evaluated.stderr).toBe(0)
    expect(evaluated.stdout).toMatch(/^target +pearson +r2 +rmse +mae +rmse\/range\ny +0\.9\d+ +0\.\d+ /)
    const metrics = JSON.parse(asJSON.stdout) as { targets: string[]; pearson: number[] }
    expect(metrics.targets).toEqual(['y'])
    expect(metrics.pearson[0]).toEqual(model.evaluate(test).pearson[0])
    expect(merged.code, merged.stderr).toBe(0)
    const average = KAN.average([model, KAN.fromJSON(readFileSync(file('b.json'), 'utf8'))])
    expect(Array.from(KAN.fromJSON(readFileSync(file('merged.json'), 'utf8')).predict(test.x))).toEqual(Array.from(average.predict(test.x)))
    expect(plotted.code, plotted.stderr).toBe(0)
    const svg = readFileSync(file('a.svg'), 'utf8')
    expect(svg).toContain('Training history: validation Pearson per epoch')
    expect(svg).toContain('a → u0')
    await Promise.all([model.dispose(), average.dispose()])
  })
})

describe('nkkan model files ending in .nkb are binary', () => {
  it('train --out, predict, evaluate, merge and --init read and write them, as exactly as JSON', async () => {
    const common = ['--target', 'y', '--layers', '5:3,1:6', '--epochs', '2', '--threads', '1', '--seed', '4', '--quiet']
    const trained = await Promise.all([nkkan('train', file('train.csv'), ...common, '--out', file('m.json')), nkkan('train', file('train.csv'), ...common, '--out', file('m.nkb'))])
    for (const result of trained) expect(result.code, result.stderr).toBe(0)
    const bytes = readFileSync(file('m.nkb'))
    expect(bytes.subarray(0, 4).toString()).toBe('NKKB')
    const model = KAN.fromJSON(readFileSync(file('m.json'), 'utf8'))
    expect(KAN.fromBinary(bytes).toJSON()).toEqual(model.toJSON())
    const [fromJSON, fromBinary, evaluated, merged, continued, damaged] = await Promise.all([
      nkkan('predict', file('m.json'), file('test.csv')),
      nkkan('predict', file('m.nkb'), file('test.csv')),
      nkkan('evaluate', file('m.nkb'), file('test.csv'), '--json'),
      nkkan('merge', file('m.nkb'), file('m.json'), '--out', file('merged.nkb')),
      nkkan('train', file('train.csv'), '--init', file('m.nkb'), '--epochs', '1', '--threads', '1', '--quiet', '--out', file('continued.nkb')),
      (async () => {
        const copy = Buffer.from(bytes)
        copy[copy.length - 20]! ^= 0x10
        writeFileSync(file('damaged.nkb'), copy)
        return nkkan('predict', file('damaged.nkb'), file('test.csv'))
      })(),
    ])
    expect(fromBinary.code, fromBinary.stderr).toBe(0)
    expect(fromBinary.stdout).toBe(fromJSON.stdout)
    expect(evaluated.code, evaluated.stderr).toBe(0)
    // The columns (names of the features and targets) are stored beside the binary model.
    expect((JSON.parse(evaluated.stdout) as { targets: string[] }).targets).toEqual(['y'])
    expect(merged.code, merged.stderr).toBe(0)
    expect(KAN.fromBinary(readFileSync(file('merged.nkb'))).toJSON().layers).toEqual(model.toJSON().layers)
    expect(continued.code, continued.stderr).toBe(0)
    expect(KAN.fromBinary(readFileSync(file('continued.nkb'))).toJSON().origin).toBe(model.toJSON().origin)
    expect(damaged.code).toBe(2)
    expect(damaged.stderr).toMatch(/damaged\.nkb: damaged binary model: /)
    await model.dispose()
  })
})

describe('nkkan exit codes', () => {
  it('exits with 2 on bad input: a bad CSV value (by line and column), unknown flag, missing file, bad option value', async () => {
    const results = await Promise.all([
      nkkan('train', file('bad.csv'), '--target', 'y', '--out', file('never.json')),
      nkkan('train', file('train.csv'), '--target', 'y', '--bogus'),
      nkkan('predict', file('missing.json'), file('test.csv')),
      nkkan('train', file('train.csv'), '--target', 'y', '--learning-rate=-1', '--threads', '1'),
      nkkan('train', file('train.csv'), '--target', 'y', '--layers', '4:3,2:3'),
      nkkan('train', file('train.csv'), '--target', 'y', '--epochs', '1', '--balance', 'even'),
    ])
    for (const result of results) expect(result.code, result.stderr).toBe(2)
    expect(results[0].stderr).toBe(`nkkan: ${file('bad.csv')} line 3, column "x3": "abc" is not a number\n`)
    expect(existsSync(file('never.json'))).toBe(false)
    expect(results[1].stderr).toMatch(/Unknown option '--bogus'/)
    expect(results[2].stderr).toMatch(/ENOENT/)
    expect(results[3].stderr).toMatch(/learningRate must be a finite number > 0/)
    expect(results[4].stderr).toMatch(/last layer of --layers has 2 units but there are 1 target columns/)
    expect(results[5].stderr).toMatch(/balance must be 'fixed' or 'dynamic', got even/)
  })

  it('train --balance dynamic trains on threads that split the rounds by their speed', async () => {
    const result = await nkkan('train', file('train.csv'), '--target', 'y', '--layers', '9:4,1:10', '--epochs', '4', '--threads', '2', '--batch-size', '600', '--balance', 'dynamic', '--history', file('dynamic.json'), '--out', file('dynamic-model.json'))
    expect(result.code, result.stderr).toBe(0)
    const history = JSON.parse(readFileSync(file('dynamic.json'), 'utf8')) as { batches: [number, number][][] }[]
    // Every round's 1,200 rows, split between the two copies however the threads went.
    for (const log of history) expect(log.batches.flat().reduce((rows, [start, end]) => rows + end - start, 0)).toBe(1200)
  })
})

describe('nkkan train and Ctrl-C', () => {
  it('stops on SIGINT after the current round, writes the last merged model and exits with 130', async () => {
    const out = file('interrupted.json')
    const { child, done } = start(['train', file('long.csv'), '--target', 'y', '--layers', '9:4,1:10', '--epochs', '100000', '--threads', '2', '--batch-size', '1000', '--valid-split', '0.1', '--out', out])
    // Interrupt once training is under way (the first epoch line), however fast the machine is.
    await new Promise<void>((resolve, reject) => {
      child.stderr!.on('data', (chunk: Buffer) => {
        if (/^epoch 2\.0 /m.test(chunk.toString())) resolve()
      })
      void done.then((result) => reject(new Error(`train ended before it was interrupted: ${result.stderr}`)))
    })
    child.kill('SIGINT')
    const result = await done
    expect(result.code, result.stderr).toBe(130)
    expect(result.stdout).toMatch(/^interrupted: \d+ rounds, .*; wrote /)
    const model = KAN.fromJSON(readFileSync(out, 'utf8'))
    expect(model.predict([[0, 0, 0, 0]])[0]).toBeTypeOf('number')
    expect(existsSync(`${out}.tmp`)).toBe(false)
  })
})
