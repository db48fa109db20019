/**
 * Parallel `fit` in headless Chromium (Debian's chromium driven by playwright-core), twice:
 * - served with COOP/COEP (cross-origin isolated): SharedArrayBuffer exists, the library must
 *   take the shared-memory path (one shared WebAssembly.Memory attached to every worker);
 * - served without them: no SharedArrayBuffer, the library must fall back to private memories
 *   and transferred parameter blocks.
 * Both draw their Det4 data on Web Workers (datasets.generate: into SharedArrayBuffers, or
 * transferred back), must train it to a sensible validation Pearson and give bit-identical
 * models — the same model as Node's worker_threads on the synchronously generated records, so
 * the browser's records are the same too. The library is bundled for the browser with esbuild.
 *
 * Chromium missing is a failure, not a skip: `npm run test:all` checks for it first and .ci/run installs it.
 */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { copyFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { KAN, datasets } from '../src/index.js'
import type { FitSetup, PageResult } from './browser/page.js'
import { type StaticServer, serveDirectory } from './browser/server.js'

const here = dirname(fileURLToPath(import.meta.url))
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

// Det4, 20,000 / 4,000 records, 70:3 → 1:30, 2 threads, one pass over the data per round.
const SETUP: FitSetup = { train: 20_000, valid: 4_000, seed: 1, threads: 2, batchSize: 10_000, rounds: 20, learningRate: 0.2 }
const MIN_PEARSON = 0.9

let outDir: string | undefined
let browser: Browser | undefined
const servers: Partial<Record<'isolated' | 'plain', StaticServer>> = {}
const results: Partial<Record<'isolated' | 'plain', PageResult>> = {}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`)
  }
  outDir = await mkdtemp(join(tmpdir(), 'nkkan-browser-'))
  await build({
    entryPoints: { page: join(here, 'browser', 'page.ts') },
    outdir: outDir,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    external: ['node:*'],
    logLevel: 'silent',
  })
  await copyFile(join(here, 'browser', 'index.html'), join(outDir, 'index.html'))
  servers.isolated = await serveDirectory(outDir, { isolated: true })
  servers.plain = await serveDirectory(outDir, { isolated: false })
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS })
}, 30_000)

afterAll(async () => {
  await browser?.close()
  await Promise.all(Object.values(servers).map((server) => server.close()))
  if (outDir !== undefined) await rm(outDir, { recursive: true, force: true })
})

/** Opens the page in a fresh context and runs the fit; any page error, console error or crash rejects. */
async function runInPage(url: string, setup: FitSetup = SETUP): Promise<PageResult> {
  if (browser === undefined) throw new Error('the browser did not start')
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    const failed = new Promise<never>((_, reject) => {
      page.on('pageerror', (error) => reject(new Error(`page error: ${error.message}`)))
      page.on('console', (message) => {
        if (message.type() === 'error') reject(new Error(`console error in the page: ${message.text()}`))
      })
      page.on('crash', () => reject(new Error('the page crashed')))
      page.on('worker', (worker) => worker.on('console', (message) => {
        if (message.type() === 'error') reject(new Error(`console error in a worker: ${message.text()}`))
      }))
    })
    failed.catch(() => undefined)
    const run = (async () => {
      await page.goto(url)
      await page.waitForFunction(() => typeof window.nkkanRunFit === 'function', undefined, { timeout: 10_000 })
      return page.evaluate((given) => window.nkkanRunFit(given), setup)
    })()
    return await Promise.race([run, failed])
  } finally {
    await context.close()
  }
}

function checkTraining(result: PageResult): void {
  // Two workers drew the data (20,000 + 4,000 records are two pieces of work), two trained.
  expect(result.workersStarted).toBe(2 * SETUP.threads)
  expect(result.requests).toContain('generate')
  expect(result.history).toHaveLength(SETUP.rounds)
  expect(result.pearson).toHaveLength(1)
  expect(result.pearson[0]).toBeGreaterThanOrEqual(MIN_PEARSON)
  expect(result.pearson[0]).toBe(result.history.at(-1))
  expect(Number.isFinite(result.rmse[0])).toBe(true)
}

describe('parallel fit in headless Chromium', () => {
  it('cross-origin isolated page (COOP/COEP): shared-memory path', async () => {
    const result = await runInPage(servers.isolated!.url)
    results.isolated = result
    console.log(`isolated: Pearson ${result.pearson[0]!.toFixed(4)} in ${result.seconds.toFixed(2)} s; requests ${result.requests.join(',')}`)
    expect(result.crossOriginIsolated).toBe(true)
    expect(result.sharedArrayBuffer).toBe('function')
    expect(result.requests).toContain('attach')
    expect(result.requests).not.toContain('setup')
    expect(result.attachedSharedMemory).toBe(true)
    expect(result.generatedShared).toBe(true)
    checkTraining(result)
  })

  it('page without COOP/COEP: private-memory fallback', async () => {
    const result = await runInPage(servers.plain!.url)
    results.plain = result
    console.log(`plain: Pearson ${result.pearson[0]!.toFixed(4)} in ${result.seconds.toFixed(2)} s; requests ${result.requests.join(',')}`)
    expect(result.crossOriginIsolated).toBe(false)
    expect(result.sharedArrayBuffer).toBe('undefined')
    expect(result.requests).toContain('setup')
    expect(result.requests).not.toContain('attach')
    expect(result.attachedSharedMemory).toBe(false)
    expect(result.generatedShared).toBe(false)
    checkTraining(result)
  })

  it("balance: 'dynamic' on the isolated page: the workers split every round's records", async () => {
    const result = await runInPage(servers.isolated!.url, { ...SETUP, balance: 'dynamic' })
    expect(result.attachedSharedMemory).toBe(true)
    checkTraining(result)
    expect(result.copyRecords).toHaveLength(SETUP.rounds)
    for (const records of result.copyRecords) {
      expect(records).toHaveLength(SETUP.threads)
      expect(records.reduce((a, b) => a + b, 0)).toBe(SETUP.threads * SETUP.batchSize)
    }
    // Without cross-origin isolation there is no shared memory: the fixed split, and its model.
    const plain = await runInPage(servers.plain!.url, { ...SETUP, balance: 'dynamic' })
    expect(plain.copyRecords).toEqual([])
    expect(plain.modelSha256).toBe(results.plain?.modelSha256)
  })

  it('both pages give the bit-identical model, the same as Node worker_threads', async () => {
    const { isolated, plain } = results
    expect(isolated, 'the isolated page did not finish').toBeDefined()
    expect(plain, 'the plain page did not finish').toBeDefined()
    expect(plain!.modelSha256).toBe(isolated!.modelSha256)
    expect(plain!.history).toEqual(isolated!.history)

    const { train, valid } = datasets.det({ size: 4, train: SETUP.train, valid: SETUP.valid, seed: SETUP.seed })
    const model = KAN.create({ inputs: 16, layers: [{ units: 70, points: 3 }, { units: 1, points: 30 }], seed: SETUP.seed })
    try {
      await model.fit(train, { threads: SETUP.threads, batchSize: SETUP.batchSize, rounds: SETUP.rounds, learningRate: SETUP.learningRate })
      const json = JSON.stringify(model.toJSON())
      expect(json.length).toBe(isolated!.modelChars)
      expect(createHash('sha256').update(json).digest('hex')).toBe(isolated!.modelSha256)
      expect(model.evaluate(valid).pearson).toEqual(isolated!.pearson)
    } finally {
      await model.dispose()
    }
  })
})
