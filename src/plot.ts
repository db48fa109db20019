/**
 * SVG pictures: every learned univariate function of a model, layer by layer, and the training
 * curve of a fit history. Scales and ticks come from d3-scale and the curves from d3-shape: both
 * are maintained, small and work without a DOM (Observable Plot and Plotly need a document;
 * Vega renders SVG headlessly but weighs megabytes). The SVG around them is plain strings.
 */
import { scaleLinear } from 'd3-scale'
import { line } from 'd3-shape'
import type { ColumnEncoding } from './data/encode.js'
import { NkkanError } from './errors.js'
import type { EpochLog } from './train/options.js'
import type { LayerJSON, ModelJSON } from './model/serialize.js'

/** What the CLI keeps of a model's table: feature names (after encoding), target names, and how columns were encoded. */
export interface ModelColumns {
  /** Names of the inputs (after encoding). */
  readonly features?: readonly string[]
  /** Names of the targets. */
  readonly targets?: readonly string[]
  /** Present when some column is more than a plain number (dates, categories, imputed medians). */
  readonly encoding?: readonly ColumnEncoding[]
}

/** Model JSON as the CLI writes it: the model plus, optionally, its columns. */
export type PlottableModel = ModelJSON & {
  /** Names and encodings of the model's columns, which label the axes. */
  columns?: ModelColumns
}

/** Options of {@link plotModel}. */
export interface PlotModelOptions {
  /** Most inputs drawn per layer (the first ones). Default: all. */
  maxInputs?: number
  /** Most outputs drawn per layer (the first ones). Default: all. */
  maxOutputs?: number
}

const PANEL = { width: 150, height: 104, left: 38, right: 8, top: 18, bottom: 18 }
const MARGIN = 16
const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf']
const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif"'

/**
 * An SVG of the learned functions: one section per layer, a grid of small panels, one per
 * input j → output k, each the piecewise-linear function over its grid [lo_j, hi_j] with its
 * nodes as dots. Wide layers show their first inputs × outputs and say so in the titles.
 * @example writeFileSync('model.svg', plotModel(model.toJSON()))
 */
export function plotModel(json: PlottableModel | string, options: PlotModelOptions = {}): string {
  const model = (typeof json === 'string' ? JSON.parse(json) : json) as PlottableModel
  if (!Array.isArray(model.layers) || model.layers.length === 0) throw new NkkanError('E_FORMAT', 'model JSON has no layers')
  const layers = (model.layers as readonly (LayerJSON | { units: number; points: number })[]).filter((layer): layer is LayerJSON => 'values' in layer)
  if (layers.length !== model.layers.length) throw new NkkanError('E_STATE', 'the model has not been trained: there are no functions to plot')
  const maxOutputs = options.maxOutputs ?? Infinity
  const shape = [model.inputs, ...layers.map((layer) => layer.units)].join(' → ')
  const title = `nkkan model: ${shape} (${model.form} form, ${model.precision})`
  const notes: string[] = []
  const parts: string[] = []
  let y = MARGIN + 44
  let width = 640
  layers.forEach((layer, l) => {
    const n = layer.lo.length
    const m = layer.units
    const outputs = Math.min(m, maxOutputs)
    const inputs = Math.min(n, options.maxInputs ?? Infinity)
    // Eight panels a row; a layer with few outputs keeps an input's outputs on one row.
    const columns = outputs <= 8 ? outputs * Math.floor(8 / outputs) : 8
    const inName = (j: number): string => (l === 0 ? model.columns?.features?.[j] ?? `x${j}` : `u${j}`)
    const outName = (k: number): string => (l === layers.length - 1 ? model.columns?.targets?.[k] ?? `y${k}` : `u${k}`)
    const cut = [...(inputs < n ? [`the first ${inputs} of ${n} inputs`] : []), ...(outputs < m ? [`the first ${outputs} of ${m} outputs`] : [])]
    const shown = cut.length === 0 ? '' : ` — showing ${cut.join(' × ')}`
    if (shown !== '') notes.push(`layer ${l + 1}${shown.replace(' — ', ': ')}`)
    const heading = `Layer ${l + 1} of ${layers.length}: ${n} inputs × ${m} outputs, ${typeof layer.points === 'number' ? layer.points : layer.points.join('/')} grid points${shown}`
    parts.push(`<text x="${MARGIN}" y="${y + 14}" font-size="14" font-weight="600" fill="#222">${escape(heading)}</text>`)
    y += 24
    let index = 0
    for (let j = 0; j < inputs; j++) {
      for (let k = 0; k < outputs; k++, index++) {
        const px = MARGIN + (index % columns) * PANEL.width
        const py = y + Math.floor(index / columns) * PANEL.height
        parts.push(panel(layer, j, k, px, py, `${inName(j)} → ${outName(k)}`))
      }
    }
    y += Math.ceil(index / columns) * PANEL.height + 12
    width = Math.max(width, 2 * MARGIN + columns * PANEL.width)
  })
  const fullTitle = notes.length === 0 ? title : `${title}; ${notes.join('; ')}`
  const header =
    `<text x="${MARGIN}" y="${MARGIN + 12}" font-size="18" font-weight="700" fill="#111">${escape(title)}</text>` +
    `<text x="${MARGIN}" y="${MARGIN + 32}" font-size="12" fill="#555">Each panel: input value (x axis, over its grid) → contribution to the output (y axis); dots are grid nodes.</text>`
  return svg(width, y + MARGIN, fullTitle, header + parts.join(''))
}

function panel(layer: LayerJSON, j: number, k: number, px: number, py: number, label: string): string {
  const { units } = layer
  const points = typeof layer.points === 'number' ? layer.points : (layer.points[j] as number)
  const start = typeof layer.points === 'number' ? j * points : layer.points.slice(0, j).reduce((sum, count) => sum + count, 0)
  const lo = layer.lo[j] as number
  const dx = layer.dx[j] as number
  const xs = Array.from({ length: points }, (_, p) => lo + p * dx)
  const vs = Array.from({ length: points }, (_, p) => layer.values[(start + p) * units + k] as number)
  const x0 = px + PANEL.left
  const x1 = px + PANEL.width - PANEL.right
  const y0 = py + PANEL.height - PANEL.bottom
  const y1 = py + PANEL.top
  const sx = scaleLinear().domain(spread(xs[0] as number, xs[points - 1] as number)).range([x0, x1])
  const sy = scaleLinear().domain(spread(Math.min(...vs), Math.max(...vs))).nice(3).range([y0, y1])
  const path = line<number>().x((_, p) => sx(xs[p] as number)).y((v) => sy(v)).digits(2)(vs) ?? ''
  const yTicks = sy.ticks(3)
  const yFormat = tickText(sy, 3)
  const [dLo, dHi] = sx.domain() as [number, number]
  const xFormat = tickText(sx, 2)
  const out = [`<g class="panel" data-input="${j}" data-output="${k}">`]
  out.push(`<rect x="${x0}" y="${y1}" width="${x1 - x0}" height="${y0 - y1}" fill="#fafafa" stroke="#ccc"/>`)
  for (const t of yTicks) {
    const ty = round(sy(t))
    out.push(`<line x1="${x0}" x2="${x1}" y1="${ty}" y2="${ty}" stroke="${t === 0 ? '#999' : '#e6e6e6'}"${t === 0 ? ' stroke-dasharray="3 2"' : ''}/>`)
    out.push(`<text x="${x0 - 3}" y="${ty + 3}" font-size="9" text-anchor="end" fill="#555">${escape(yFormat(t))}</text>`)
  }
  out.push(`<text x="${x0}" y="${y0 + 11}" font-size="9" fill="#555">${escape(xFormat(dLo))}</text>`)
  out.push(`<text x="${x1}" y="${y0 + 11}" font-size="9" text-anchor="end" fill="#555">${escape(xFormat(dHi))}</text>`)
  out.push(`<path d="${path}" fill="none" stroke="${COLORS[0]}" stroke-width="1.5"/>`)
  if (points <= 40) for (let p = 0; p < points; p++) out.push(`<circle cx="${round(sx(xs[p] as number))}" cy="${round(sy(vs[p] as number))}" r="1.8" fill="${COLORS[0]}"/>`)
  out.push(`<text x="${(x0 + x1) / 2}" y="${py + 12}" font-size="10" text-anchor="middle" fill="#222">${escape(label)}</text>`)
  out.push('</g>')
  return out.join('')
}

/** Options of {@link plotResponse}. */
export interface PlotResponseOptions {
  /** The value each feature is held at while another varies; default the middle of its grid. Give the data's medians. */
  center?: ArrayLike<number>
  /** Points along each feature's range. Default 60. */
  steps?: number
}

/**
 * An SVG of the model's response to each input: one panel per feature, the prediction of every
 * target as that feature runs over its trained range while the others stay at `center` (the
 * data's medians, for example). `predict` is the model's (row-major in, rows × targets out).
 * @example plotResponse(model.toJSON(), (x) => model.predict(x), { center: medians })
 */
export function plotResponse(json: PlottableModel, predict: (x: Float64Array) => Float64Array, options: PlotResponseOptions = {}): string {
  const first = json.layers[0]
  if (first === undefined || !('lo' in first)) throw new NkkanError('E_STATE', 'the model has not been trained: there is no response to plot')
  const n = json.inputs
  const targets = json.layers.at(-1)!.units
  const steps = options.steps ?? 60
  const center = options.center ?? first.lo.map((lo, j) => (lo + first.hi[j]!) / 2)
  if (center.length !== n) throw new NkkanError('E_SHAPE', `center has ${center.length} values; the model takes ${n} inputs`)
  const x = new Float64Array(n * steps * n)
  for (let j = 0; j < n; j++) {
    for (let p = 0; p < steps; p++) {
      const row = (j * steps + p) * n
      for (let c = 0; c < n; c++) x[row + c] = center[c]!
      x[row + j] = first.lo[j]! + ((first.hi[j]! - first.lo[j]!) * p) / (steps - 1)
    }
  }
  const y = predict(x)
  const width = 200
  const height = 140
  const m = { left: 46, right: 8, top: 20, bottom: 30 }
  const columns = Math.min(n, 4)
  const parts: string[] = []
  const top = MARGIN + 44
  for (let j = 0; j < n; j++) {
    const px = MARGIN + (j % columns) * width
    const py = top + Math.floor(j / columns) * height
    const xs = Array.from({ length: steps }, (_, p) => x[(j * steps + p) * n + j]!)
    const series = Array.from({ length: targets }, (_, k) => Array.from({ length: steps }, (_, p) => y[(j * steps + p) * targets + k]!))
    const all = series.flat()
    const sx = scaleLinear().domain(spread(xs[0]!, xs.at(-1)!)).range([px + m.left, px + width - m.right])
    const sy = scaleLinear().domain(spread(Math.min(...all), Math.max(...all))).nice(3).range([py + height - m.bottom, py + m.top])
    const yFormat = tickText(sy, 3)
    const xFormat = tickText(sx, 3)
    parts.push(`<g class="response" data-input="${j}">`)
    parts.push(`<rect x="${px + m.left}" y="${py + m.top}" width="${width - m.left - m.right}" height="${height - m.top - m.bottom}" fill="#fafafa" stroke="#ccc"/>`)
    for (const t of sy.ticks(3)) parts.push(`<text x="${px + m.left - 3}" y="${round(sy(t)) + 3}" font-size="9" text-anchor="end" fill="#555">${escape(yFormat(t))}</text>`)
    for (const t of sx.ticks(3)) parts.push(`<text x="${round(sx(t))}" y="${py + height - m.bottom + 11}" font-size="9" text-anchor="middle" fill="#555">${escape(xFormat(t))}</text>`)
    series.forEach((values, k) => {
      const path = line<number>().x((_, p) => sx(xs[p]!)).y((v) => sy(v)).digits(2)(values) ?? ''
      parts.push(`<path d="${path}" fill="none" stroke="${COLORS[k % COLORS.length]}" stroke-width="1.5"/>`)
    })
    parts.push(`<text x="${px + (m.left + width - m.right) / 2}" y="${py + height - 6}" font-size="10" text-anchor="middle" fill="#222">${escape(json.columns?.features?.[j] ?? `x${j}`)}</text>`)
    parts.push('</g>')
  }
  const names = Array.from({ length: targets }, (_, k) => json.columns?.targets?.[k] ?? (targets === 1 ? 'y' : `y${k}`))
  const title = `nkkan model: response of ${names.join(', ')} to each input`
  const header =
    `<text x="${MARGIN}" y="${MARGIN + 12}" font-size="18" font-weight="700" fill="#111">${escape(title)}</text>` +
    `<text x="${MARGIN}" y="${MARGIN + 32}" font-size="12" fill="#555">Each panel: one input over its trained range (x axis), the others held at ${options.center === undefined ? 'the middle of their ranges' : 'the given values (medians of the data)'}; the prediction (y axis).</text>`
  return svg(Math.max(640, 2 * MARGIN + columns * width), top + Math.ceil(n / columns) * height + MARGIN, title, header + parts.join(''))
}

/** A per-round value of the fit logs ({@link EpochLog}) that {@link plotHistory} can draw. */
export type HistoryMetric = 'pearson' | 'r2' | 'rmse' | 'mae' | 'relativeRmse' | 'recordsPerSecond'

/** Options of {@link plotHistory}. */
export interface PlotHistoryOptions {
  /** What to draw. Default 'pearson' (validation), or 'recordsPerSecond' when the logs have no metrics. */
  metric?: HistoryMetric
  /** The x axis: 'epoch' (default) or 'round'. */
  x?: 'epoch' | 'round'
  /** A horizontal reference line, e.g. the stopAt Pearson. */
  target?: number
  /** Legend names of the targets. Default y0, y1, … */
  targetNames?: readonly string[]
  /** Title above the chart. */
  title?: string
  /** Title of the x axis. Default: the x key. */
  xLabel?: string
  /** Title of the y axis. Default: the metric's name. */
  yLabel?: string
}

const METRIC_LABEL: Record<HistoryMetric, string> = {
  pearson: 'validation Pearson',
  r2: 'validation R²',
  rmse: 'validation RMSE',
  mae: 'validation MAE',
  relativeRmse: 'validation RMSE / target range',
  recordsPerSecond: 'records per second',
}

/**
 * An SVG line chart of a fit history (the logs of onRound or onEpoch, or fit's result): a
 * metric per target against epoch or round.
 * @example writeFileSync('history.svg', plotHistory(await model.fit(train, { validation: valid })))
 */
export function plotHistory(history: readonly EpochLog[], options: PlotHistoryOptions = {}): string {
  // Checked as unknown: Array.isArray would narrow the typed logs to any[].
  const logs: unknown = history
  if (!Array.isArray(logs) || logs.length === 0) throw new NkkanError('E_SHAPE', 'history is empty: nothing to plot')
  const metric = options.metric ?? (history.some((log) => log.pearson !== undefined) ? 'pearson' : 'recordsPerSecond')
  const xKey = options.x ?? 'epoch'
  const series: { name: string; points: [number, number][] }[] = []
  if (metric === 'recordsPerSecond') {
    series.push({ name: 'records/s', points: history.map((log) => [log[xKey], log.recordsPerSecond]) })
  } else {
    const targets = Math.max(0, ...history.map((log) => log[metric]?.length ?? 0))
    if (targets === 0) throw new NkkanError('E_OPTION', `the history has no ${metric} values: train with a validation set`)
    for (let k = 0; k < targets; k++) {
      const points = history.flatMap((log): [number, number][] => {
        const value = log[metric]?.[k]
        return value === undefined ? [] : [[log[xKey], value]]
      })
      series.push({ name: options.targetNames?.[k] ?? (targets === 1 ? 'y' : `y${k}`), points })
    }
  }
  const all = series.flatMap((s) => s.points)
  const ys = all.map(([, v]) => v).concat(options.target ?? [])
  const width = 720
  const height = 400
  const m = { left: 70, right: 110, top: 48, bottom: 50 }
  const sx = scaleLinear().domain(spread(Math.min(0, ...all.map(([x]) => x)), Math.max(...all.map(([x]) => x)))).nice().range([m.left, width - m.right])
  const sy = scaleLinear().domain(spread(Math.min(...ys), Math.max(...ys))).nice().range([height - m.bottom, m.top])
  // A correlation never exceeds 1: keep the axis from promising more.
  if (metric === 'pearson' && (sy.domain()[1] as number) > 1) sy.domain([Math.min(sy.domain()[0] as number, 0.9), 1])
  const title = options.title ?? `Training history: ${METRIC_LABEL[metric]} per ${xKey}`
  const out: string[] = []
  out.push(`<text x="${m.left}" y="26" font-size="17" font-weight="700" fill="#111">${escape(title)}</text>`)
  const yFormat = metric === 'recordsPerSecond' ? sy.tickFormat(6, '~s') : tickText(sy, 6)
  for (const t of sy.ticks(6)) {
    const ty = round(sy(t))
    out.push(`<line x1="${m.left}" x2="${width - m.right}" y1="${ty}" y2="${ty}" stroke="#e6e6e6"/>`)
    out.push(`<text x="${m.left - 6}" y="${ty + 4}" font-size="12" text-anchor="end" fill="#444">${escape(yFormat(t))}</text>`)
  }
  const xFormat = tickText(sx, 8)
  for (const t of sx.ticks(8)) {
    const tx = round(sx(t))
    out.push(`<line x1="${tx}" x2="${tx}" y1="${m.top}" y2="${height - m.bottom}" stroke="#f0f0f0"/>`)
    out.push(`<text x="${tx}" y="${height - m.bottom + 16}" font-size="12" text-anchor="middle" fill="#444">${escape(xFormat(t))}</text>`)
  }
  out.push(`<rect x="${m.left}" y="${m.top}" width="${width - m.left - m.right}" height="${height - m.top - m.bottom}" fill="none" stroke="#888"/>`)
  out.push(`<text x="${(m.left + width - m.right) / 2}" y="${height - 12}" font-size="13" text-anchor="middle" fill="#222">${escape(options.xLabel ?? xKey)}</text>`)
  out.push(`<text transform="translate(18 ${(m.top + height - m.bottom) / 2}) rotate(-90)" font-size="13" text-anchor="middle" fill="#222">${escape(options.yLabel ?? METRIC_LABEL[metric])}</text>`)
  if (options.target !== undefined) {
    const ty = round(sy(options.target))
    out.push(`<line x1="${m.left}" x2="${width - m.right}" y1="${ty}" y2="${ty}" stroke="#555" stroke-dasharray="6 4"/>`)
    out.push(`<text x="${m.left + 6}" y="${ty - 5}" font-size="12" fill="#555">target ${options.target}</text>`)
  }
  const draw = line().x(([x]) => sx(x)).y(([, v]) => sy(v)).digits(2)
  series.forEach((s, i) => {
    const color = COLORS[i % COLORS.length]
    out.push(`<path class="series" d="${draw(s.points) ?? ''}" fill="none" stroke="${color}" stroke-width="2"/>`)
    if (s.points.length <= 80) for (const [x, v] of s.points) out.push(`<circle cx="${round(sx(x))}" cy="${round(sy(v))}" r="2.5" fill="${color}"/>`)
    const ly = m.top + 14 + i * 18
    out.push(`<line x1="${width - m.right + 8}" x2="${width - m.right + 28}" y1="${ly - 4}" y2="${ly - 4}" stroke="${color}" stroke-width="2"/>`)
    out.push(`<text x="${width - m.right + 32}" y="${ly}" font-size="12" fill="#222">${escape(s.name)}</text>`)
  })
  return svg(width, height, title, out.join(''))
}

/** Several SVGs stacked top to bottom into one (e.g. a training curve above the model's functions). */
export function stackPlots(svgs: readonly string[]): string {
  let y = 0
  let width = 0
  const titles: string[] = []
  const inner = svgs.map((text) => {
    const w = Number(/width="([\d.]+)"/.exec(text)?.[1] ?? 0)
    const h = Number(/height="([\d.]+)"/.exec(text)?.[1] ?? 0)
    const title = /<title>([^<]*)<\/title>/.exec(text)?.[1]
    if (title !== undefined) titles.push(title)
    const placed = text.replace('<svg ', `<svg x="0" y="${y}" `)
    y += h
    width = Math.max(width, w)
    return placed
  })
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}"><title>${titles.join(' | ')}</title>${inner.join('')}</svg>\n`
}

function svg(width: number, height: number, title: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT}>` +
    `<title>${escape(title)}</title><rect width="100%" height="100%" fill="#fff"/>${body}</svg>\n`
  )
}

/** A domain that is never a single point (a flat function still gets a visible band). */
function spread(lo: number, hi: number): [number, number] {
  if (hi > lo) return [lo, hi]
  const pad = Math.abs(lo) > 0 ? Math.abs(lo) * 0.1 : 1
  return [lo - pad, hi + pad]
}

/**
 * Tick labels: SI prefixes (12k, 3.5M) for large numbers only; otherwise plain decimals of at most
 * four significant digits ("400", not d3's "4e+2" for a two-tick axis; never "700m").
 */
export function tickText(scale: { domain(): number[]; tickFormat(count: number, specifier?: string): (value: number) => string }, count: number): (value: number) => string {
  if (Math.max(...scale.domain().map(Math.abs)) >= 1e4) return scale.tickFormat(count, '~s')
  return (value) => String(Number(value.toPrecision(4)))
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')
}
