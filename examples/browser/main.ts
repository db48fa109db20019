/**
 * The browser example's page script: generates Det4 (or reads a CSV the user picks), trains a
 * two-layer KAN on Web Workers with a live learning curve, can be stopped, then shows
 * predictions against targets and the validation Pearson. Stream mode learns the records as they
 * arrive instead (KAN.learnFrom, one thread), the curve showing the prequential Pearson: each
 * record predicted before it is learned.
 *
 * Served by examples/browser/serve.ts (`npm run demo`), which bundles this file with esbuild and
 * sends the COOP/COEP headers that make the page cross-origin isolated: the workers then share
 * one WebAssembly memory. Without them the library falls back to private memories per worker.
 * In your own project, import from 'nkkan' instead of the source.
 */
import { type Dataset, type EpochLog, KAN, NkkanError, Random, type RowBlock, type StreamProgress, datasets } from '../../src/index.js'

const MAX_THREADS = 4
const PREDICTIONS_SHOWN = 8
const VALIDATION_SHARE = 0.2

function element<T extends Element>(id: string, type: new () => T): T {
  const found = document.getElementById(id)
  if (!(found instanceof type)) throw new Error(`the page has no #${id} of type ${type.name}`)
  return found
}

const ui = {
  env: element('env', HTMLParagraphElement),
  csv: element('csv', HTMLInputElement),
  trainSizeLabel: element('train-size-label', HTMLLabelElement),
  validSizeLabel: element('valid-size-label', HTMLLabelElement),
  trainSize: element('train-size', HTMLInputElement),
  validSize: element('valid-size', HTMLInputElement),
  units: element('units', HTMLInputElement),
  points1: element('points-1', HTMLInputElement),
  points2: element('points-2', HTMLInputElement),
  epochs: element('epochs', HTMLInputElement),
  rate: element('rate', HTMLInputElement),
  stopAt: element('stop-at', HTMLInputElement),
  stream: element('stream', HTMLInputElement),
  train: element('train', HTMLButtonElement),
  stop: element('stop', HTMLButtonElement),
  status: element('status', HTMLParagraphElement),
  progress: element('progress', HTMLProgressElement),
  curve: element('curve', SVGSVGElement),
  results: element('results', HTMLElement),
  pearson: element('pearson', HTMLDivElement),
  rmse: element('rmse', HTMLSpanElement),
  summary: element('summary', HTMLDivElement),
  predictions: element('predictions', HTMLTableSectionElement),
}

type State = 'idle' | 'training' | 'done' | 'stopped' | 'error'

function setState(state: State): void {
  document.body.dataset.state = state
  ui.train.disabled = state === 'training'
  ui.stop.disabled = state !== 'training'
}

const threads = Math.max(1, Math.min(MAX_THREADS, navigator.hardwareConcurrency || 1))
ui.env.textContent =
  `${threads} worker${threads === 1 ? '' : 's'} (of ${navigator.hardwareConcurrency} cores) · ` +
  (globalThis.crossOriginIsolated
    ? 'cross-origin isolated: the workers share one WebAssembly memory'
    : 'not cross-origin isolated (no COOP/COEP headers): each worker trains in its own memory')

function source(): 'det4' | 'csv' {
  return document.querySelector<HTMLInputElement>('input[name="source"]:checked')?.value === 'csv' ? 'csv' : 'det4'
}

document.querySelectorAll<HTMLInputElement>('input[name="source"]').forEach((radio) =>
  radio.addEventListener('change', () => {
    const csv = source() === 'csv'
    ui.csv.classList.toggle('hidden', !csv)
    ui.trainSizeLabel.classList.toggle('hidden', csv)
    ui.validSizeLabel.classList.toggle('hidden', csv)
  }),
)

function numberFrom(input: HTMLInputElement, name: string, check: (value: number) => boolean): number {
  const value = Number(input.value)
  if (input.value.trim() === '' || !check(value)) throw new Error(`${name}: ${JSON.stringify(input.value)} is not valid`)
  return value
}
const positiveInteger = (value: number): boolean => Number.isInteger(value) && value >= 1

// ---------------------------------------------------------------------------------------------
// Data

/**
 * A numeric CSV: comma, semicolon or tab separated, an optional header line, the last column
 * the target. Records are shuffled (seeded) and split 80/20 into training and validation.
 */
function parseCsv(text: string, seed: number): { train: Dataset; valid: Dataset; columns: string[] } {
  const lines = text.split(/\r?\n/).map((line, index) => ({ line: line.trim(), number: index + 1 })).filter(({ line }) => line !== '')
  const first = lines[0]
  if (first === undefined) throw new Error('the CSV file is empty')
  const separator = [',', ';', '\t'].find((candidate) => first.line.includes(candidate)) ?? ','
  const split = (line: string): string[] => line.split(separator).map((field) => field.trim().replace(/^"(.*)"$/, '$1'))
  const firstFields = split(first.line)
  const header = firstFields.some((field) => field === '' || !Number.isFinite(Number(field)))
  const columns = header ? firstFields : firstFields.map((_, index) => `column ${index + 1}`)
  if (columns.length < 2) throw new Error('the CSV needs at least two columns (features, then the target)')
  const rows: number[][] = []
  for (const { line, number } of header ? lines.slice(1) : lines) {
    const fields = split(line)
    if (fields.length !== columns.length) throw new Error(`CSV line ${number} has ${fields.length} fields; expected ${columns.length}`)
    rows.push(
      fields.map((field, column) => {
        const value = field === '' ? Number.NaN : Number(field)
        if (!Number.isFinite(value)) throw new Error(`CSV line ${number}, column ${column + 1} (${columns[column]}): ${JSON.stringify(field)} is not a number`)
        return value
      }),
    )
  }
  if (rows.length < 10) throw new Error(`the CSV has ${rows.length} records; at least 10 are needed`)
  const random = new Random(seed)
  for (let i = rows.length - 1; i > 0; i--) {
    const j = random.integer(0, i)
    ;[rows[i], rows[j]] = [rows[j]!, rows[i]!]
  }
  const validRows = Math.max(1, Math.round(rows.length * VALIDATION_SHARE))
  const features = columns.length - 1
  const pack = (part: number[][]): Dataset => {
    const x = new Float64Array(part.length * features)
    const y = new Float64Array(part.length)
    part.forEach((row, r) => {
      x.set(row.slice(0, features), r * features)
      y[r] = row[features]!
    })
    return { x, y, rows: part.length, features, targets: 1 }
  }
  return { train: pack(rows.slice(validRows)), valid: pack(rows.slice(0, validRows)), columns }
}

async function loadData(): Promise<{ train: Dataset; valid: Dataset; name: string }> {
  if (source() === 'det4') {
    const train = numberFrom(ui.trainSize, 'training records', positiveInteger)
    const valid = numberFrom(ui.validSize, 'validation records', positiveInteger)
    return { ...datasets.det({ size: 4, train, valid, seed: 1 }), name: 'Det4' }
  }
  const file = ui.csv.files?.[0]
  if (file === undefined) throw new Error('pick a CSV file first')
  const { train, valid, columns } = parseCsv(await file.text(), 1)
  return { train, valid, name: `${file.name} (target: ${columns.at(-1)})` }
}

// ---------------------------------------------------------------------------------------------
// Learning curve: validation Pearson per epoch, an SVG polyline redrawn after every round

const SVG = 'http://www.w3.org/2000/svg'
const PLOT = { width: 880, height: 260, left: 48, right: 16, top: 14, bottom: 34 }

function svg<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name)
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value))
  if (text !== undefined) node.textContent = text
  return node
}

function drawCurve(points: readonly { epoch: number; pearson: number }[], maxEpochs: number, target: number | undefined, yLabel = 'validation Pearson'): void {
  const { width, height, left, right, top, bottom } = PLOT
  const lowest = Math.min(0.5, ...points.map((point) => point.pearson))
  const yMin = Math.max(-1, Math.floor(lowest * 10) / 10)
  const xMax = Math.max(1, maxEpochs)
  const x = (epoch: number): number => left + (epoch / xMax) * (width - left - right)
  const y = (value: number): number => top + ((1 - value) / (1 - yMin)) * (height - top - bottom)
  const nodes: SVGElement[] = []
  const step = 1 - yMin > 1 ? 0.25 : 0.1
  for (let value = 1; value >= yMin - 1e-9; value -= step) {
    nodes.push(svg('line', { x1: left, x2: width - right, y1: y(value), y2: y(value), stroke: '#edf0f3' }))
    nodes.push(svg('text', { x: left - 6, y: y(value) + 4, 'text-anchor': 'end' }, value.toFixed(step < 0.2 ? 1 : 2)))
  }
  const xStep = Math.max(1, Math.ceil(xMax / 10))
  for (let epoch = 0; epoch <= xMax; epoch += xStep) {
    nodes.push(svg('text', { x: x(epoch), y: height - bottom + 16, 'text-anchor': 'middle' }, String(epoch)))
  }
  nodes.push(svg('text', { x: (left + width - right) / 2, y: height - 4, 'text-anchor': 'middle' }, 'epoch'))
  nodes.push(svg('text', { x: 12, y: top + (height - top - bottom) / 2, 'text-anchor': 'middle', transform: `rotate(-90 12 ${top + (height - top - bottom) / 2})` }, yLabel))
  nodes.push(svg('line', { x1: left, x2: left, y1: top, y2: height - bottom, stroke: '#a0aec0' }))
  nodes.push(svg('line', { x1: left, x2: width - right, y1: height - bottom, y2: height - bottom, stroke: '#a0aec0' }))
  if (target !== undefined && target > yMin) {
    nodes.push(svg('line', { x1: left, x2: width - right, y1: y(target), y2: y(target), stroke: '#38a169', 'stroke-dasharray': '5 4' }))
    nodes.push(svg('text', { x: width - right - 4, y: y(target) - 5, 'text-anchor': 'end', fill: '#38a169' }, `stop at ${target}`))
  }
  const path = points.map((point) => `${x(point.epoch).toFixed(1)},${y(Math.max(yMin, point.pearson)).toFixed(1)}`).join(' ')
  nodes.push(svg('polyline', { points: path, fill: 'none', stroke: '#2b6cb0', 'stroke-width': 2, 'stroke-linejoin': 'round' }))
  const last = points.at(-1)
  if (last !== undefined) nodes.push(svg('circle', { cx: x(last.epoch), cy: y(Math.max(yMin, last.pearson)), r: 3.5, fill: '#2b6cb0' }))
  ui.curve.replaceChildren(...nodes)
}

// ---------------------------------------------------------------------------------------------
// Training

let controller: AbortController | undefined

function showStatus(text: string, error = false): void {
  ui.status.textContent = text
  ui.status.classList.toggle('error', error)
}

function format(value: number | undefined, digits = 4): string {
  return value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits)
}

function showResults(model: KAN, valid: Dataset, summary: string): void {
  const { pearson, rmse } = model.evaluate(valid)
  const rows = Math.min(PREDICTIONS_SHOWN, valid.rows)
  const predicted = model.predict(valid.x.subarray(0, rows * valid.features))
  ui.pearson.textContent = format(pearson[0])
  ui.pearson.dataset.value = String(pearson[0])
  ui.rmse.textContent = format(rmse[0])
  ui.summary.textContent = summary
  ui.predictions.replaceChildren(
    ...Array.from({ length: rows }, (_, r) => {
      const row = document.createElement('tr')
      const target = valid.y[r * valid.targets]!
      const prediction = predicted[r * valid.targets]!
      for (const text of [String(r + 1), format(target), format(prediction), format(prediction - target)]) {
        const cell = document.createElement('td')
        cell.textContent = text
        row.append(cell)
      }
      return row
    }),
  )
  ui.results.classList.remove('hidden')
}

/** Records arriving over time: `passes` passes over data in blocks, the page free to draw between blocks. */
async function* arriving(data: Dataset, passes: number): AsyncGenerator<RowBlock> {
  const BLOCK = 500
  for (let pass = 0; pass < passes; pass++) {
    for (let r = 0; r < data.rows; r += BLOCK) {
      const end = Math.min(data.rows, r + BLOCK)
      yield { x: data.x.subarray(r * data.features, end * data.features), y: data.y.subarray(r * data.targets, end * data.targets), rows: end - r }
      await new Promise((resolve) => setTimeout(resolve, 0))
    }
  }
}

/** Stream mode: learnFrom over the arriving records; the curve is the window Pearson against passes. */
async function learnStreamed(model: KAN, train: Dataset, valid: Dataset, name: string, passes: number, learningRate: number, signal: AbortSignal): Promise<void> {
  model.init(train)
  const curve: { epoch: number; pearson: number }[] = []
  drawCurve(curve, passes, undefined, 'prequential Pearson')
  let last: StreamProgress | undefined
  const summary = (stopped: boolean): string =>
    `${stopped ? 'stopped' : 'learned'} ${(last?.records ?? 0).toLocaleString('en-US')} records as they arrived (${name}), ` +
    `${Math.round(last?.recordsPerSecond ?? 0).toLocaleString('en-US')} records/s including the waits for arrivals`
  await settle(
    model.learnFrom(arriving(train, passes), {
      learningRate,
      window: 2000,
      validateEvery: Math.max(1000, Math.floor(train.rows / 20)),
      signal,
      onProgress: (progress) => {
        last = progress
        curve.push({ epoch: progress.records / train.rows, pearson: progress.pearson[0]! })
        drawCurve(curve, passes, undefined, 'prequential Pearson')
        ui.progress.value = Math.min(1, progress.records / (passes * train.rows))
        showStatus(`${progress.records.toLocaleString('en-US')} records · prequential Pearson ${format(progress.pearson[0])} over the last ${progress.windowRows.toLocaleString('en-US')}`)
      },
    }),
    model,
    valid,
    summary,
  )
}

/** Waits for a run to end, done or stopped with the Stop button (E_ABORT), then shows how it ended. */
async function settle(run: Promise<unknown>, model: KAN, valid: Dataset, summary: (stopped: boolean) => string): Promise<void> {
  try {
    await run
    ui.progress.value = 1
    showStatus(summary(false))
    showResults(model, valid, summary(false))
    setState('done')
  } catch (error) {
    if (!(error instanceof NkkanError && error.code === 'E_ABORT')) throw error
    showStatus(summary(true))
    if (model.trained) showResults(model, valid, summary(true))
    setState('stopped')
  }
}

async function train(): Promise<void> {
  setState('training')
  ui.results.classList.add('hidden')
  delete ui.pearson.dataset.value
  ui.progress.value = 0
  ui.curve.replaceChildren()
  let model: KAN | undefined
  try {
    const epochs = numberFrom(ui.epochs, 'epochs', positiveInteger)
    const learningRate = numberFrom(ui.rate, 'learning rate', (value) => value > 0)
    const stopAt = ui.stopAt.value.trim() === '' ? undefined : numberFrom(ui.stopAt, 'stop at Pearson', (value) => value > 0 && value <= 1)
    const units = numberFrom(ui.units, 'hidden units', positiveInteger)
    const points1 = numberFrom(ui.points1, 'points, layer 1', (value) => positiveInteger(value) && value >= 2)
    const points2 = numberFrom(ui.points2, 'points, layer 2', (value) => positiveInteger(value) && value >= 2)
    showStatus('preparing the data…')
    const { train, valid, name } = await loadData()
    if (ui.stream.checked) {
      model = KAN.create({ inputs: train.features, layers: [{ units, points: points1 }, { units: 1, points: points2 }], seed: 1 })
      controller = new AbortController()
      showStatus(`learning ${name} record by record as it arrives…`)
      await learnStreamed(model, train, valid, name, epochs, learningRate, controller.signal)
      return
    }
    const workers = Math.max(1, Math.min(threads, Math.floor(train.rows / 2)))
    // Two merges per epoch: the curve gets two points per pass over the data.
    const batchSize = Math.max(1, Math.floor(train.rows / workers / 2))
    model = KAN.create({ inputs: train.features, layers: [{ units, points: points1 }, { units: 1, points: points2 }], seed: 1 })
    const curve: { epoch: number; pearson: number }[] = []
    drawCurve(curve, epochs, stopAt)
    showStatus(`training on ${name}: ${train.rows.toLocaleString('en-US')} records, ${train.features} features, ${workers} worker${workers === 1 ? '' : 's'}…`)
    controller = new AbortController()
    let last: EpochLog | undefined
    const summary = (stopped: boolean): string =>
      last === undefined
        ? 'stopped before the first round'
        : `${stopped ? 'stopped' : 'trained'} after ${last.epoch.toFixed(1)} epochs (${last.round} rounds, ${last.records.toLocaleString('en-US')} records) in ${last.seconds.toFixed(2)} s on ${name}` +
          (!stopped && stopAt !== undefined && (last.pearson?.[0] ?? -1) >= stopAt ? `: reached Pearson ${stopAt}` : '')
    await settle(
      model.fit(train, {
        threads: workers,
        batchSize,
        epochs,
        learningRate,
        validation: valid,
        ...(stopAt === undefined ? {} : { stopAt: { pearson: stopAt } }),
        signal: controller.signal,
        onRound: (log) => {
          last = log
          const pearson = log.pearson?.[0] ?? Number.NaN
          curve.push({ epoch: log.epoch, pearson })
          drawCurve(curve, epochs, stopAt)
          ui.progress.value = Math.min(1, log.epoch / epochs)
          showStatus(
            `round ${log.round} · epoch ${log.epoch.toFixed(1)} of ${epochs} · Pearson ${format(pearson)} · ` +
              `${(log.recordsPerSecond / 1e6).toFixed(2)} M records/s · ${log.seconds.toFixed(1)} s`,
          )
        },
      }),
      model,
      valid,
      summary,
    )
  } catch (error) {
    showStatus(`error: ${error instanceof Error ? error.message : String(error)}`, true)
    setState('error')
  } finally {
    controller = undefined
    await model?.dispose()
  }
}

ui.train.addEventListener('click', () => void train())
ui.stop.addEventListener('click', () => controller?.abort())
setState('idle')
drawCurve([], Number(ui.epochs.value) || 10, Number(ui.stopAt.value) || undefined)
