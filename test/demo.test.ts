/**
 * The browser example (examples/browser/, `npm run demo`) in headless Chromium: its dev server
 * (COOP/COEP) serves the page, the test clicks Train on the default Det4 setup and waits until
 * the page shows a validation Pearson ≥ 0.9; the page must be cross-origin isolated and must
 * log no errors. Then Stop: a second run is stopped after its first rounds and still shows results.
 *
 * Chromium missing is a failure, not a skip: `npm run test:all` checks for it first and .ci/run installs it.
 * DEMO_SCREENSHOT=path.png saves a screenshot of the trained page.
 */
import { existsSync } from 'node:fs'
import { type Browser, type Page, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type DemoServer, startDemoServer } from '../examples/browser/serve.js'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const MIN_PEARSON = 0.9

let server: DemoServer | undefined
let browser: Browser | undefined
let page: Page | undefined
const problems: string[] = []

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`)
  }
  server = await startDemoServer({ port: 0 })
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS })
  page = await browser.newPage({ viewport: { width: 1000, height: 900 } })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('crash', () => problems.push('the page crashed'))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
  })
  page.on('worker', (worker) =>
    worker.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error in a worker: ${message.text()}`)
    }),
  )
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`)
  })
}, 30_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** Waits for the page's state (body[data-state]) to leave 'training'; fails fast on page errors. */
async function waitForEnd(p: Page, timeout: number): Promise<string> {
  const deadline = Date.now() + timeout
  for (;;) {
    expect(problems).toEqual([])
    const state = await p.evaluate(() => document.body.dataset.state ?? '')
    if (state !== 'training') return state
    if (Date.now() > deadline) throw new Error(`still training after ${timeout} ms: ${await p.textContent('#status')}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Waits until the live curve has at least two points (it is drawn while training). */
async function waitForCurve(p: Page): Promise<void> {
  await p.waitForFunction(() => (document.querySelector('#curve polyline')?.getAttribute('points') ?? '').trim().split(' ').length >= 2, undefined, { timeout: 30_000 })
}

/** Fills the model and training fields of the form. */
async function fillSettings(p: Page, settings: { units: number; points: [number, number]; epochs: number; stopAt: string }): Promise<void> {
  await p.fill('#units', String(settings.units))
  await p.fill('#points-1', String(settings.points[0]))
  await p.fill('#points-2', String(settings.points[1]))
  await p.fill('#epochs', String(settings.epochs))
  await p.fill('#stop-at', settings.stopAt)
}

describe('browser example (examples/browser) in headless Chromium', () => {
  it('trains Det4 with workers to validation Pearson ≥ 0.9, cross-origin isolated, with a live curve', async () => {
    const p = page!
    await p.goto(server!.url)
    await p.waitForFunction(() => document.body.dataset.state === 'idle' && document.getElementById('env')?.textContent.includes('worker'))
    expect(await p.evaluate(() => globalThis.crossOriginIsolated)).toBe(true)
    expect(await p.textContent('#env')).toContain('cross-origin isolated: the workers share one WebAssembly memory')

    const started = Date.now()
    await p.click('#train')
    await waitForCurve(p)
    const state = await waitForEnd(p, 60_000)
    const seconds = (Date.now() - started) / 1000
    expect(state, (await p.textContent('#status')) ?? '').toBe('done')

    const shown = await p.evaluate(() => ({
      value: Number(document.getElementById('pearson')?.dataset.value),
      text: document.getElementById('pearson')?.textContent ?? '',
      rows: document.querySelectorAll('#predictions tr').length,
      firstRow: Array.from(document.querySelectorAll('#predictions tr:first-child td'), (cell) => cell.textContent),
      summary: document.getElementById('summary')?.textContent ?? '',
      curvePoints: (document.querySelector('#curve polyline')?.getAttribute('points') ?? '').trim().split(' ').length,
    }))
    console.log(`demo: validation Pearson ${shown.text} after ${seconds.toFixed(1)} s (${shown.summary}); ${shown.curvePoints} curve points`)
    expect(shown.value).toBeGreaterThanOrEqual(MIN_PEARSON)
    expect(shown.text).toBe(shown.value.toFixed(4))
    expect(shown.rows).toBe(8)
    expect(shown.firstRow).toHaveLength(4)
    for (const cell of shown.firstRow.slice(1)) expect(Number.isFinite(Number(cell))).toBe(true)
    expect(shown.curvePoints).toBeGreaterThanOrEqual(2)
    if (process.env.DEMO_SCREENSHOT) await p.screenshot({ path: process.env.DEMO_SCREENSHOT, fullPage: true })
    expect(problems).toEqual([])
  })

  it('trains on a CSV file the user picks (header line, last column = target)', async () => {
    const p = page!
    const lines = ['a,b,"target"']
    for (let i = 0; i < 3000; i++) {
      const a = ((i * 7919) % 1000) / 500 - 1
      const b = ((i * 104729) % 997) / 498.5 - 1
      lines.push(`${a},${b},${(Math.sin(3 * a) + b * b).toFixed(6)}`)
    }
    await p.check('input[name="source"][value="csv"]')
    expect(await p.isVisible('#train-size')).toBe(false)
    await p.setInputFiles('#csv', { name: 'toy.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n') + '\n') })
    await fillSettings(p, { units: 5, points: [12, 12], epochs: 60, stopAt: '0.99' })
    await p.click('#train')
    expect(await waitForEnd(p, 60_000), (await p.textContent('#status')) ?? '').toBe('done')
    const summary = await p.textContent('#summary')
    expect(summary).toContain('toy.csv (target: target)')
    const pearson = Number(await p.evaluate(() => document.getElementById('pearson')?.dataset.value))
    console.log(`demo CSV: validation Pearson ${pearson.toFixed(4)} (${summary})`)
    expect(pearson).toBeGreaterThanOrEqual(MIN_PEARSON)
    expect(problems).toEqual([])
  })

  it('Stop aborts training; the page shows the stopped model', async () => {
    const p = page!
    await p.check('input[name="source"][value="det4"]')
    await fillSettings(p, { units: 70, points: [3, 30], epochs: 500, stopAt: '' })
    await p.click('#train')
    await waitForCurve(p)
    await p.click('#stop')
    const state = await waitForEnd(p, 30_000)
    expect(state).toBe('stopped')
    expect(await p.textContent('#status')).toMatch(/^stopped after/)
    expect(Number(await p.evaluate(() => document.getElementById('pearson')?.dataset.value))).toBeGreaterThan(-1)
    expect(await p.isDisabled('#stop')).toBe(true)
    expect(await p.isEnabled('#train')).toBe(true)
    expect(problems).toEqual([])
  })
})
