/**
 * `nkkan verilog` end to end: each case spawns `node --import tsx src/cli.ts verilog …` on a
 * FixedSpec or a float model written to a temporary folder and checks the files, the summary and
 * the exit code. The triangle spec's output must be byte-identical to the committed designs in
 * hardware/triangle/ (which test/hardware.test.ts co-simulates); with iverilog present every
 * generated kan.v is also compiled (top kan_top) to show it is valid Verilog-2001. The CLI writes
 * no testbench (it has no records to check against), so only kan.v is compiled.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { quantizeModel } from '../src/fixed/quantize.js'
import { triangleSpec } from '../src/fixed/spec.js'
import { designFiles } from '../src/hardware/testbench.js'
import { KAN, Random } from '../src/index.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const iverilog = spawnSync('iverilog', ['-V'], { encoding: 'utf8' }).error === undefined
if (!iverilog) console.warn('test/cli-verilog.test.ts: iverilog is not installed; the generated kan.v files are not compiled')
let dir = ''

interface Result {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs from the repository (so `--import tsx` resolves); give files as file(name). */
function nkkan(...args: string[]): Promise<Result> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), 'verilog', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return new Promise<Result>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

const file = (name: string): string => join(dir, name)

/** `iverilog -g2001 -s kan_top -o /dev/null kan.v`: exit 0 when the design elaborates. */
function compiles(kanV: string): void {
  if (!iverilog) return
  const result = spawnSync('iverilog', ['-g2001', '-s', 'kan_top', '-o', '/dev/null', kanV], { encoding: 'utf8' })
  expect(result.status, `${result.stdout}${result.stderr}`).toBe(0)
}

const hexFiles = (folder: string): string[] => readdirSync(folder).filter((name) => name.endsWith('.hex')).sort()

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nkkan-verilog-'))
  writeFileSync(file('spec.json'), JSON.stringify(triangleSpec()))
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('nkkan verilog <spec.json>', () => {
  it('writes kan.v, the memory images and spec.json, the same bytes as hardware/triangle/full', async () => {
    const result = await nkkan(file('spec.json'), '--out', file('full'))
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^verilog: 4 layers 6→53→11→4→1 .*lanes full.* 52 cycles\/record training.*wrote kan\.v, 148 \.hex images and spec\.json to .*full\n$/)
    const kanV = readFileSync(file('full/kan.v'), 'utf8')
    expect(kanV).toContain('module kan_top')
    const committed = join(ROOT, 'hardware/triangle/full')
    expect(kanV).toBe(readFileSync(join(committed, 'kan.v'), 'utf8'))
    const images = hexFiles(file('full'))
    expect(images).toHaveLength(148)
    expect(images).toEqual(hexFiles(committed).filter((name) => /^l\d+_j\d+_[eo]\.hex$/.test(name)))
    for (const name of images) expect(readFileSync(file(`full/${name}`), 'utf8'), name).toBe(readFileSync(join(committed, name), 'utf8'))
    expect(JSON.parse(readFileSync(file('full/spec.json'), 'utf8'))).toEqual(triangleSpec())
    compiles(file('full/kan.v'))
  })

  it('--lanes 1 gives the small design of hardware/triangle/small', async () => {
    const result = await nkkan(file('spec.json'), '--out', file('small'), '--lanes', '1')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('1938 cycles/record training')
    const committed = join(ROOT, 'hardware/triangle/small')
    expect(readFileSync(file('small/kan.v'), 'utf8')).toBe(readFileSync(join(committed, 'kan.v'), 'utf8'))
    for (const name of hexFiles(file('small'))) expect(readFileSync(file(`small/${name}`), 'utf8'), name).toBe(readFileSync(join(committed, name), 'utf8'))
    compiles(file('small/kan.v'))
  })

  it('--part xc7a200t chooses the lanes of hardware/triangle/xc7a200t; a part it does not fit, an unknown part or --lanes with --part exit 2', async () => {
    const result = await nkkan(file('spec.json'), '--out', file('a200t'), '--part', 'xc7a200t')
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/lanes 108,53,22,4 for xc7a200t \(estimate: \d+ LUTs, \d+ FFs, [\d.]+ BRAM, \d+ DSP\).* 78 cycles\/record training/)
    const committed = join(ROOT, 'hardware/triangle/xc7a200t')
    expect(readFileSync(file('a200t/kan.v'), 'utf8')).toBe(readFileSync(join(committed, 'kan.v'), 'utf8'))
    const ice = await nkkan(file('spec.json'), '--out', file('ice'), '--part', 'ice40hx8k')
    expect(ice.code).toBe(2)
    expect(ice.stderr).toMatch(/does not fit ice40hx8k .*brams \d+ > 32/)
    expect(existsSync(file('ice'))).toBe(false)
    const unknown = await nkkan(file('spec.json'), '--part', 'xc7k325t')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('xc7a35t, xc7a100t, xc7a200t, ice40hx8k, ice40up5k')
    expect((await nkkan(file('spec.json'), '--part', 'xc7a35t', '--lanes', '1')).code).toBe(2)
  })

  it('exits 2 naming the field of a damaged spec, and writes nothing', async () => {
    const spec = triangleSpec()
    spec.layers[2]!.points = 1
    writeFileSync(file('bad.json'), JSON.stringify(spec))
    const bad = await nkkan(file('bad.json'), '--out', file('bad'))
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('FixedSpec.layers[2].points')
    expect(bad.stdout).toBe('')
    expect(existsSync(file('bad'))).toBe(false)
    writeFileSync(file('bad2.json'), JSON.stringify({ ...triangleSpec(), valueBits: '25' }))
    const text = await nkkan(file('bad2.json'), '--out', file('bad'))
    expect(text.code).toBe(2)
    expect(text.stderr).toContain('FixedSpec.valueBits')
  })

  it('exits 2 on bad usage: --lanes, a file that is neither, no file', async () => {
    expect((await nkkan(file('spec.json'), '--lanes', '0')).code).toBe(2)
    const perLayer = await nkkan(file('spec.json'), '--lanes', 'full,1')
    expect(perLayer.code).toBe(2)
    expect(perLayer.stderr).toContain('4 layers')
    writeFileSync(file('other.json'), JSON.stringify({ format: 'other' }))
    const other = await nkkan(file('other.json'))
    expect(other.code).toBe(2)
    expect(other.stderr).toContain('neither a FixedSpec')
    expect((await nkkan()).code).toBe(2)
    expect((await nkkan(file('spec.json'), '--quantize-from', file('spec.json'))).code).toBe(2)
  })
})

describe('nkkan verilog <model.json>', () => {
  it('quantises a trained float model and writes its values into the images', async () => {
    const random = new Random(3)
    const rows = 2000
    const x = new Float64Array(rows * 2).map(() => random.integer(0, 1000))
    const y = new Float64Array(rows).map((_, r) => 3 * x[2 * r]! + x[2 * r + 1]! + 0.002 * x[2 * r]! * x[2 * r + 1]!)
    const model = KAN.create({ inputs: 2, layers: [{ units: 5, points: 6 }, { units: 1, points: 10 }], seed: 2 })
    await model.fit({ x, y, rows, features: 2, targets: 1 }, { epochs: 3, learningRate: 0.1 })
    const json = model.toJSON()
    await model.dispose()
    writeFileSync(file('model.json'), JSON.stringify(json))
    const result = await nkkan(file('model.json'), '--out', file('model'), '--lanes', '2')
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^verilog: 2 layers 2→5→1 .*lanes 2 .*\(quantised\)/)
    const { spec, values } = quantizeModel(json)
    expect(JSON.parse(readFileSync(file('model/spec.json'), 'utf8'))).toEqual(spec)
    const expected = designFiles(spec, { lanes: 2 }, values).files
    expect(readFileSync(file('model/kan.v'), 'utf8')).toBe(expected.get('kan.v'))
    const images = hexFiles(file('model'))
    expect(images).toEqual([...expected.keys()].filter((name) => name.endsWith('.hex')).sort())
    for (const name of images) expect(readFileSync(file(`model/${name}`), 'utf8'), name).toBe(expected.get(name))
    compiles(file('model/kan.v'))
    // --quantize-from names the model instead of the positional argument; options reach quantizeModel.
    const scaled = await nkkan('--quantize-from', file('model.json'), '--value-scale', '10', '--out', file('scaled'))
    expect(scaled.code).toBe(0)
    expect(JSON.parse(readFileSync(file('scaled/spec.json'), 'utf8'))).toEqual(quantizeModel(json, { valueScale: 10 }).spec)
    // An untrained model is bad input.
    writeFileSync(file('untrained.json'), JSON.stringify(KAN.create({ inputs: 2, layers: [{ units: 1, points: 3 }] }).toJSON()))
    const untrained = await nkkan(file('untrained.json'))
    expect(untrained.code).toBe(2)
    expect(untrained.stderr).toContain('untrained')
  })
})
