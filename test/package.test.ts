/**
 * The published package, as a user gets it: build, `npm pack`, install the tarball into an empty
 * project, then use it from there:
 *  (a) ESM `import { KAN, datasets } from 'nkkan'` trains with 2 worker threads and predicts;
 *  (b) CommonJS `require('nkkan')` does the same, bit for bit;
 *  (c) types: TypeScript files importing 'nkkan' (ESM .ts and CommonJS .cts, module NodeNext)
 *      type-check with the repo's tsc, and so does the browser example written against 'nkkan';
 *  (d) a bundler: esbuild bundles the browser example (examples/browser/main.ts, importing
 *      'nkkan') from the installed package for the browser, the bundle carries the embedded wasm,
 *      and the bundled page trains in headless Chromium under COOP/COEP.
 *
 * The build runs in a staged copy of the sources (package.json, README.md, src/, scripts/,
 * tsconfig.json, tsup.config.ts, assembly/, asconfig.json; node_modules linked), so the test never
 * touches the checkout's dist/. It runs `npm run build` there, or only its second half (`tsup`)
 * when the generated src/kernels/binary.ts and src/threads/worker-source.ts are newer than every source they come
 * from (`npm run test:all` has just run asbuild). Dependencies of the package come from npm's cache
 * (`--prefer-offline`), which `npm ci` has filled.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { build } from 'esbuild'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type StaticServer, serveDirectory } from './browser/server.js'

const run = promisify(execFile)
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')
const tsup = join(root, 'node_modules', 'tsup', 'dist', 'cli-default.js')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const GENERATED = ['src/kernels/binary.ts', 'src/threads/worker-source.ts']
const EXAMPLE_IMPORT = "from '../../src/index.js'"

/** The environment for child npm processes, without the npm_* variables of an outer `npm test` (npm_config_local_prefix would point npm at the repo). */
function npmEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)))
}

async function npm(args: string[], cwd: string, timeout = 120_000): Promise<string> {
  const { stdout } = await run('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, env: npmEnv(), timeout, maxBuffer: 64 << 20 })
  return stdout
}

async function node(args: string[], cwd: string, timeout = 60_000): Promise<string> {
  const { stdout } = await run(process.execPath, args, { cwd, timeout, maxBuffer: 16 << 20 })
  return stdout
}

async function newestMtime(path: string, skip: (file: string) => boolean): Promise<number> {
  let newest = 0
  for (const entry of await readdir(path, { withFileTypes: true, recursive: true })) {
    const file = join(entry.parentPath, entry.name)
    if (entry.isFile() && !skip(file)) newest = Math.max(newest, (await stat(file)).mtimeMs)
  }
  return newest
}

/** Whether `npm run build`'s first half (asbuild: wasm + worker → src/*.ts) has to run again. */
async function generatedStale(): Promise<boolean> {
  if (!GENERATED.every((file) => existsSync(join(root, file)))) return true
  const generated = Math.min(...(await Promise.all(GENERATED.map(async (file) => (await stat(join(root, file))).mtimeMs))))
  const isGenerated = (file: string): boolean => GENERATED.some((name) => file === join(root, name))
  const sources = Math.max(
    await newestMtime(join(root, 'src'), isGenerated),
    await newestMtime(join(root, 'assembly'), () => false),
    (await stat(join(root, 'asconfig.json'))).mtimeMs,
    (await stat(join(root, 'scripts', 'asbuild.mjs'))).mtimeMs,
  )
  return sources > generated
}

let work: string | undefined
let consumer = ''
let stage = ''
let packedFiles: string[] = []
let wasmBase64: string[] = []
let browser: Browser | undefined
let server: StaticServer | undefined
const timings: Record<string, number> = {}

async function timed<T>(name: string, step: () => Promise<T>): Promise<T> {
  const started = performance.now()
  try {
    return await step()
  } finally {
    timings[name] = (performance.now() - started) / 1000
  }
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'nkkan-package-'))
  stage = join(work, 'stage')
  consumer = join(work, 'consumer')
  await mkdir(stage)
  for (const name of ['package.json', 'README.md', 'LICENSE', 'src', 'scripts', 'tsconfig.json', 'tsup.config.ts', 'assembly', 'asconfig.json']) {
    await cp(join(root, name), join(stage, name), { recursive: true, preserveTimestamps: true })
  }
  await symlink(join(root, 'node_modules'), join(stage, 'node_modules'), 'dir')
  const stale = await generatedStale()
  await timed(stale ? 'npm run build' : 'tsup', () => (stale ? npm(['run', 'build'], stage, 180_000) : node([tsup], stage, 120_000)))
  const binary = await readFile(join(stage, 'src', 'kernels', 'binary.ts'), 'utf8')
  wasmBase64 = Array.from(binary.matchAll(/WasmBase64 = '([A-Za-z0-9+/=]+)'/g), (match) => match[1]!)

  const packed = await timed('npm pack', async () => JSON.parse(await npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work!], stage)) as { filename: string; files: { path: string }[] }[])
  const tarball = join(work, packed[0]!.filename)
  packedFiles = packed[0]!.files.map((file) => file.path).sort()

  await mkdir(consumer)
  await writeFile(join(consumer, 'package.json'), JSON.stringify({ name: 'nkkan-consumer', private: true, type: 'module' }, null, 2))
  const typesNode = JSON.parse(await readFile(join(root, 'node_modules', '@types', 'node', 'package.json'), 'utf8')) as { version: string }
  await timed('npm install', () => npm(['install', tarball, `@types/node@${typesNode.version}`, '--prefer-offline'], consumer))
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  console.log(`package test timings: ${Object.entries(timings).map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`).join(', ')}`)
  if (work !== undefined) await rm(work, { recursive: true, force: true })
})

/** Trains Det3 with 2 worker threads and prints predictions and metrics as JSON. */
const TRAIN_AND_PREDICT = `
  const { train, valid } = datasets.det({ size: 3, train: 4000, valid: 1000, seed: 1 })
  const model = KAN.create({ inputs: 9, layers: [{ units: 20, points: 3 }, { units: 1, points: 12 }], seed: 1 })
  const history = await model.fit(train, { threads: 2, epochs: 10, learningRate: 0.2, validation: valid })
  const predictions = Array.from(model.predict(valid.x.subarray(0, 9 * 4)))
  const reloaded = KAN.fromJSON(JSON.stringify(model.toJSON()))
  const same = Array.from(reloaded.predict(valid.x.subarray(0, 9 * 4))).every((value, i) => Object.is(value, predictions[i]))
  console.log(JSON.stringify({ rounds: history.length, pearson: model.evaluate(valid).pearson[0], predictions, same }))
  await model.dispose()
`

interface RunResult {
  rounds: number
  pearson: number
  predictions: number[]
  same: boolean
}

let esmResult: RunResult | undefined

/** The browser example as a user would write it: importing 'nkkan' instead of the repo's source. */
async function exampleAgainstPackage(): Promise<string> {
  const source = await readFile(join(root, 'examples', 'browser', 'main.ts'), 'utf8')
  expect(source).toContain(EXAMPLE_IMPORT)
  return source.replace(EXAMPLE_IMPORT, "from 'nkkan'")
}

describe('npm pack → install into an empty project', () => {
  it('the tarball holds dist/ and README.md, nothing else, and every entry point it declares', async () => {
    const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { bin?: Record<string, string> }
    for (const file of packedFiles) expect(file).toMatch(/^(package\.json|README\.md|LICENSE(\.\w+)?|dist\/.+)$/)
    expect(packedFiles).toEqual(expect.arrayContaining(['package.json', 'README.md', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts']))
    for (const bin of Object.values(manifest.bin ?? {})) expect(packedFiles, `bin ${bin}`).toContain(bin.replace(/^\.\//, ''))
    expect(existsSync(join(consumer, 'node_modules', 'nkkan', 'dist', 'index.js'))).toBe(true)
  })

  it('(a) ESM: import { KAN, datasets } from "nkkan" trains with 2 threads and predicts', async () => {
    await writeFile(join(consumer, 'esm.mjs'), `import { KAN, datasets } from 'nkkan'\n${TRAIN_AND_PREDICT}`)
    esmResult = JSON.parse(await timed('ESM run', () => node(['esm.mjs'], consumer))) as RunResult
    expect(esmResult.rounds).toBe(10)
    expect(esmResult.pearson).toBeGreaterThan(0.9)
    expect(esmResult.predictions).toHaveLength(4)
    for (const value of esmResult.predictions) expect(Number.isFinite(value)).toBe(true)
    expect(esmResult.same).toBe(true)
  })

  it('(b) CommonJS: require("nkkan") does the same, bit for bit', async () => {
    await writeFile(join(consumer, 'cjs.cjs'), `const { KAN, datasets } = require('nkkan')\n;(async () => {${TRAIN_AND_PREDICT}})()\n`)
    const result = JSON.parse(await timed('CJS run', () => node(['cjs.cjs'], consumer))) as RunResult
    expect(result.pearson).toBeGreaterThan(0.9)
    expect(result).toEqual(esmResult)
  })

  it('(c) types: .ts (ESM) and .cts (CommonJS) files importing nkkan type-check with tsc, module NodeNext', async () => {
    await writeFile(
      join(consumer, 'check.ts'),
      `import { KAN, NkkanError, datasets, type Dataset, type EpochLog, type FitOptions, type ModelJSON } from 'nkkan'
const split: { train: Dataset; valid: Dataset } = datasets.det({ size: 3, train: 100, valid: 10 })
const model: KAN = KAN.create({ inputs: 9, layers: [{ units: 5, points: 3 }, { units: 1, points: 5 }] })
const options: FitOptions = { threads: 2, signal: new AbortController().signal, onRound: (log: EpochLog) => console.log(log.round.toFixed(0)) }
const history: EpochLog[] = await model.fit(split.train, options)
const json: ModelJSON = model.toJSON()
const predictions: Float64Array = model.predict(split.valid.x)
const pearson: number[] = model.evaluate(split.valid).pearson
// @ts-expect-error inputs is a number
KAN.create({ inputs: 'nine', layers: [] })
// @ts-expect-error fit has no option 'epoch'
await model.fit(split.train, { epoch: 3 })
const error: unknown = new Error()
if (error instanceof NkkanError) console.log(error.code)
console.log(history.length, json, predictions.length, pearson)
await model.dispose()
`,
    )
    await writeFile(
      join(consumer, 'check.cts'),
      `import nkkan = require('nkkan')
const model: nkkan.KAN = nkkan.KAN.create({ inputs: 4, layers: [{ units: 1, points: 3 }] })
const split: nkkan.Split = nkkan.datasets.det({ size: 2, train: 10, valid: 5 })
// @ts-expect-error predict takes numbers
model.predict('x')
console.log(split.train.rows)
`,
    )
    await writeFile(join(consumer, 'example.ts'), await exampleAgainstPackage())
    const compilerOptions = { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true }
    // A Node-only project (no DOM lib) with @types/node, checking nkkan's declarations too (skipLibCheck off).
    await writeFile(join(consumer, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...compilerOptions, skipLibCheck: false, lib: ['ES2022'], types: ['node'] }, files: ['check.ts', 'check.cts'] }))
    // A browser project with every declaration file checked, including the browser example.
    await writeFile(
      join(consumer, 'tsconfig.browser.json'),
      JSON.stringify({ compilerOptions: { ...compilerOptions, skipLibCheck: false, lib: ['ES2022', 'DOM', 'ESNext.Disposable'], types: [] }, files: ['check.ts', 'check.cts', 'example.ts'] }),
    )
    await timed('tsc', async () => {
      for (const project of ['tsconfig.json', 'tsconfig.browser.json']) {
        const result = await run(process.execPath, [tsc, '-p', project], { cwd: consumer, timeout: 60_000 }).catch((error: unknown) => ({ stdout: (error as { stdout?: string }).stdout ?? String(error) }))
        expect(result.stdout, `tsc -p ${project}`).toBe('')
      }
    })
  })

  it('(d) bundler: esbuild bundles the browser example from the installed package, with the wasm, and the page trains in Chromium', async () => {
    const www = join(consumer, 'www')
    await mkdir(www)
    await writeFile(join(consumer, 'example.ts'), await exampleAgainstPackage())
    const result = await timed('esbuild', () =>
      build({
        absWorkingDir: consumer,
        entryPoints: ['example.ts'],
        outfile: join(www, 'main.js'),
        bundle: true,
        platform: 'browser',
        format: 'esm',
        target: 'es2022',
        external: ['node:*'],
        metafile: true,
        logLevel: 'silent',
      }),
    )
    expect(result.errors).toEqual([])
    expect(result.warnings).toEqual([])
    const inputs = Object.keys(result.metafile.inputs)
    expect(inputs).toContain('node_modules/nkkan/dist/index.js')
    expect(inputs.filter((input) => /(^|\/)src\//.test(input) && !input.startsWith('node_modules/'))).toEqual([])
    const bundle = await readFile(join(www, 'main.js'), 'utf8')
    expect(wasmBase64).toHaveLength(2)
    for (const wasm of wasmBase64) {
      expect(wasm.startsWith('AGFzbQ')).toBe(true) // "\0asm"
      expect(bundle.includes(wasm)).toBe(true)
    }
    // Only node: built-ins stay imports (behind the library's Node check).
    const externals = Object.values(result.metafile.outputs).flatMap((output) => output.imports.filter((entry) => entry.external).map((entry) => entry.path))
    for (const path of externals) expect(path).toMatch(/^node:/)

    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`)
    await cp(join(root, 'examples', 'browser', 'index.html'), join(www, 'index.html'))
    server = await serveDirectory(www, { isolated: true })
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })
    const page = await browser.newPage()
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
    })
    await timed('bundled page', async () => {
      await page.goto(server!.url)
      // The script writes the environment line once it runs.
      await page.waitForFunction(() => document.getElementById('env')?.textContent.includes('worker'), undefined, { timeout: 10_000 }).catch((error: unknown) => {
        throw new Error(`the page script did not start (${String(error)}); page problems: ${problems.join('; ') || 'none'}`)
      })
      expect(problems).toEqual([])
      expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true)
      await page.click('#train')
      await page.waitForFunction(() => document.body.dataset.state !== 'training', undefined, { timeout: 60_000 })
    })
    expect(await page.evaluate(() => document.body.dataset.state), (await page.textContent('#status')) ?? '').toBe('done')
    const pearson = Number(await page.evaluate(() => document.getElementById('pearson')?.dataset.value))
    console.log(`bundled example from the package: validation Pearson ${pearson.toFixed(4)}; bundle ${(bundle.length / 1024).toFixed(0)} KiB`)
    expect(pearson).toBeGreaterThanOrEqual(0.9)
    expect(problems).toEqual([])
  })
})
