/**
 * The `nkkan` command line: argv → API calls, a progress bar, exit codes; no logic of its own.
 * Longer than 300 lines because it holds one small function per command and their help texts.
 *
 * Exit codes: 0 success; 2 bad input or usage (unknown flag, bad value, bad CSV, damaged model
 * file); 130 interrupted by Ctrl-C (the last merged model is still written); 1 any other failure.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { extname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { type FitSettings, autoEpochs } from './train/auto.js'
import { type Table, type TableOptions, readCSV, readJSONLines, toCSV } from './data/csv.js'
import { checkEncoding, median } from './data/encode.js'
import * as datasets from './datasets.js'
import { NkkanError } from './errors.js'
import { type QuantizeOptions, quantizeModel } from './fixed/quantize.js'
import { type FixedSpec, FIXED_FORMAT, fixedLayerInputs, validateSpec } from './fixed/spec.js'
import { initialFixedValues } from './fixed/trainer.js'
import type { HardwareOptions } from './hardware/plan.js'
import { partCapacity } from './hardware/parts.js'
import { designFiles } from './hardware/testbench.js'
import { KAN } from './kan.js'
import type { Metrics } from './data/metrics.js'
import type { RedisConnection } from './train/options.js'
import { startClusterWorker } from './cluster/worker.js'
import type { LayerSpec } from './model/model.js'
import type { ClusterOptions, EpochLog } from './train/options.js'
import { type ModelColumns, type PlottableModel, plotHistory, plotModel, plotResponse, stackPlots } from './plot.js'
import { splitDataset } from './data/scale.js'
import type { StreamProgress } from './online/prequential.js'
import { firstRows, openCSVStream } from './online/stream.js'
import { FORMAT, type ModelJSON, stateFromJSON, stateToJSON } from './model/serialize.js'
import { binaryHeader } from './model/model-binary.js'

const HELP = `nkkan: piecewise-linear Kolmogorov-Arnold networks trained with Newton-Kaczmarz

Usage:
  nkkan train <data.csv|data.jsonl> --target y[,y2] [--layers 70:3,1:25] [--epochs 10]
        [--threads N] [--stop-at 0.97] [--seed 1] [--learning-rate 0.1] [--batch-size N]
        [--features a,b,… | --exclude a,b,…] [--dates date[:dayofyear+hour],…]
        [--categorical a,b,…] [--ordinal] [--missing drop|median]
        [--valid <file> | --valid-split 0.1] [--patience N] [--retrain] [--feature-points] [--init model.json]
        [--precision f64|f32] [--out model.json] [--history history.json] [--quiet]
        [--copies K [--redis redis://host:6379 --shard /shared/train.nkd [--queue nkkan] [--run name]]]
  nkkan train --stream --target y[,y2] [--layers …] [--features …] [--model start.json]
        [--init-rows 1000] [--learning-rate 0.1] [--min-learning-rate α] [--window 1000]
        [--report-every N] [--seed 1] [--precision f64|f32] [--out model.json] [--quiet]  < data.csv
  nkkan worker --redis redis://host:6379 [--queue nkkan] [--name NAME] [--lock-seconds 30]
  nkkan predict <model.json> <data.csv> [--target y] [--out predictions.csv]
  nkkan evaluate <model.json> <data.csv> [--target y] [--json]
  nkkan merge <a.json> <b.json> … --out merged.json
  nkkan plot <model.json> [--history history.json] [--data data.csv] [--out model.svg]
  nkkan bench [--threads N] [--rows 40000] [--epochs 3]
  nkkan verilog <spec.json|model.json> [--out verilog] [--lanes full|N|full,1,… | --part PART] [--seed 1]
        [--quantize-from model.json] [--input-scale 1] [--value-scale 1] [--base 13]
        [--refine 3] [--max-points 1024]

With none of --epochs, --rounds, --learning-rate, --batch-size, --stop-at, train chooses them
from the data: α 0.2 decaying to 0.002, epochs 2,000,000 / rows (10 to 300), grid refinement,
10% of the rows held out for early stopping (restoring the best round; --retrain then trains on
all rows for that many epochs); the choices are printed. Otherwise 10 epochs at α 0.1 with 10%
held out for the progress figures (--valid-split 0 for none).
--layers lists units:points per layer; the last layer's units must equal the number of targets
(default: min(4n+1, max(2n+1, 33)):3 then targets:12 for n features); the first layer may give
points per feature, like 9:2/5/9/2. --feature-points (auto, default layers) chooses them from the
data: 2 for a near-linear or two-valued feature (kept a line), 3 refined for a curved one. Columns are matched by header name.
--dates turns date columns into numbers (parts: year, month, day, dayofyear, weekday, hour,
timestamp; default dayofyear, and hour when the column has times); --categorical encodes text
columns one-hot (--ordinal: one number per category, in sorted order); --missing drops rows
with a missing cell or fills it with the column's median (most frequent category); without it a
missing or bad cell stops with its line and column. A model file written by train keeps its
columns and their encoding, so predict and evaluate read new files the same way.
--init continues training a saved model (its layers and columns).
Model files ending in .nkb (for --out, --init, --model, predict, evaluate, merge and plot) are
binary: exact like JSON, smaller, and for models of any size (JSON ends near 27M parameters).
plot draws the model's response to each input (the others at the medians of --data, else at
mid-range), then every learned function, layer by layer; --history adds the training curve.
Ctrl-C during train stops after the current round and still writes --out.
train --stream learns plain CSV (no quoted fields) from standard input record by record, each
record predicted before it is learned; running RMSE and Pearson over the last --window records
are printed every --report-every records (default: --window). A new model is initialised from
the first --init-rows records (then learned like the rest); --model continues a saved model.
verilog takes a FixedSpec (format "${FIXED_FORMAT}"; initial node values drawn with --seed) or a
trained float model (format "${FORMAT}", or --quantize-from; quantised with integer feature =
round(x · input-scale), node value = round(v · value-scale)) and writes kan.v (top kan_top), one
$readmemh image per parameter memory (l<layer>_j<lane>_<e|o>.hex) and the spec.json it used.
--lanes: functions per layer per cycle (full = a whole layer a cycle; one value, or one per layer).
--part xc7a35t|xc7a100t|xc7a200t|ice40hx8k|ice40up5k: the lanes of the fastest design whose
resource estimate fits that FPGA (printed with the estimate); a spec that fits nowhere stops.
--copies K trains K copies per round; with --redis the copies train on workers started with
\`nkkan worker\` on any machine, which read the training rows from --shard (train writes them
there; a path every worker reaches). Redis connections: --redis-user NAME, the password in
NKKAN_REDIS_PASSWORD (or the URL), --tls-ca ca.pem (or a rediss:// URL) for TLS.
Exit codes: 0 success, 2 bad input or usage, 130 interrupted, 1 other failure.`

class UsageError extends Error {}

const BAD_INPUT = new Set(['E_SHAPE', 'E_VALUE', 'E_OPTION', 'E_FORMAT'])

type Values = Record<string, string | boolean | undefined>

function args(argv: string[], options: Record<string, { type: 'string' | 'boolean' }>): { values: Values; positionals: string[] } {
  const parsed = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean' } }, allowPositionals: true, strict: true })
  return { values: parsed.values, positionals: parsed.positionals }
}

function str(values: Values, key: string): string | undefined {
  const value = values[key]
  return typeof value === 'string' ? value : undefined
}

function num(values: Values, key: string, integer = false): number | undefined {
  const text = str(values, key)
  if (text === undefined) return undefined
  const value = Number(text)
  if (text.trim() === '' || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
    throw new UsageError(`--${key} must be ${integer ? 'an integer' : 'a number'}, got ${JSON.stringify(text)}`)
  }
  return value
}

function list(text: string | undefined): string[] | undefined {
  return text?.split(',').map((name) => name.trim()).filter((name) => name !== '')
}

function positional(positionals: string[], index: number, what: string): string {
  const value = positionals[index]
  if (value === undefined) throw new UsageError(`missing ${what}; see nkkan --help`)
  return value
}

/** "70:3,1:25" → [{ units: 70, points: 3 }, { units: 1, points: 25 }]; "9:2/5/9/2" → points per input. */
function parseLayers(text: string): LayerSpec[] {
  return text.split(',').map((part) => {
    const match = /^\s*(\d+)\s*:\s*(\d+(?:\/\d+)*)\s*$/.exec(part)
    if (match === null) throw new UsageError(`--layers expects units:points[,units:points…] like 70:3,1:25 (first layer: points per input like 9:2/5/9/2); got ${JSON.stringify(part)}`)
    const counts = match[2]!.split('/').map(Number)
    return { units: Number(match[1]), points: counts.length === 1 ? counts[0]! : counts }
  })
}

function readTable(file: string, targets: readonly string[], reading: Omit<TableOptions, 'targets'> = {}): Table {
  const options = { ...reading, targets, source: file }
  // CSV is scanned as bytes: no string of the whole file.
  return ['.jsonl', '.ndjson'].includes(extname(file).toLowerCase()) ? readJSONLines(readFileSync(file, 'utf8'), options) : readCSV(readFileSync(file), options)
}

/** Writes through a temporary file, so an interrupted write never leaves half a model. */
function writeAtomic(file: string, text: string | Uint8Array): void {
  writeFileSync(`${file}.tmp`, text)
  renameSync(`${file}.tmp`, file)
}

const BINARY_EXTENSION = '.nkb'

/** Model files ending in .nkb are binary (KAN.toBinary: any size); others are model JSON. */
function isBinary(file: string): boolean {
  return extname(file).toLowerCase() === BINARY_EXTENSION
}

/** Writes the model with its columns, as binary or JSON by the file's extension. */
function writeModel(file: string, model: KAN, columns: ModelColumns | undefined): void {
  if (isBinary(file)) {
    writeAtomic(file, model.toBinary(columns === undefined ? {} : { columns }))
    return
  }
  let text: string
  try {
    text = JSON.stringify({ ...model.toJSON(), ...(columns === undefined ? {} : { columns }) })
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    throw new NkkanError('E_SHAPE', `the model is too large for JSON text (${error.message}): write it as ${file.replace(/(\.json)?$/i, BINARY_EXTENSION)}`, { cause: error })
  }
  writeAtomic(file, text)
}

/**
 * A trained model from a file, with the column names `train` stored beside it (checked: bad files
 * exit 2). For a binary file, `json` holds its header and columns, not its values.
 */
function readModel(file: string): { model: KAN; json: PlottableModel } {
  let model: KAN
  let json: PlottableModel
  try {
    if (isBinary(file)) {
      const bytes = readFileSync(file)
      model = KAN.fromBinary(bytes)
      const { origin, columns } = binaryHeader(bytes)
      json = { ...stateToJSON(model.shape, model.seed, undefined, origin), ...(columns === undefined ? {} : { columns }) }
    } else {
      const text = readFileSync(file, 'utf8')
      model = KAN.fromJSON(text)
      json = JSON.parse(text) as PlottableModel
    }
  } catch (error) {
    throw error instanceof NkkanError ? new NkkanError(error.code, `${file}: ${error.message}`, { cause: error }) : error
  }
  if (!model.trained) throw new NkkanError('E_FORMAT', `${file} holds an untrained model (no node values): train one with nkkan train`)
  const columns = json.columns as unknown
  const names = (value: unknown, count: number): boolean => value === undefined || (Array.isArray(value) && value.length === count && value.every((name) => typeof name === 'string'))
  if (columns !== undefined && (typeof columns !== 'object' || columns === null || !names((columns as Record<string, unknown>).features, model.inputs) || !names((columns as Record<string, unknown>).targets, model.targets))) {
    throw new NkkanError('E_FORMAT', `${file}: columns must be { features: ${model.inputs} names, targets: ${model.targets} names }`)
  }
  return { model, json }
}

function format(value: number, digits = 4): string {
  return Math.abs(value) >= 1e6 ? `${(value / 1e6).toFixed(2)}M` : Math.abs(value) >= 1e4 ? `${(value / 1e3).toFixed(1)}k` : value.toFixed(digits)
}

/** A bar redrawn in place on a terminal; otherwise one plain line per epoch, or per `everyEpochs` epochs. */
class Progress {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-boolean-literal-compare -- Node's types say boolean; it is undefined when stderr is not a terminal
  private readonly tty = process.stderr.isTTY === true
  private drawn = false
  private readonly total: (log: EpochLog) => number
  private readonly quiet: boolean
  private readonly everyEpochs: number
  private lines = 0
  constructor(total: (log: EpochLog) => number, quiet: boolean, everyEpochs: number) {
    this.total = total
    this.quiet = quiet
    this.everyEpochs = everyEpochs
  }

  round(log: EpochLog): void {
    if (this.quiet || !this.tty) return
    const fraction = Math.min(1, this.total(log))
    const width = 24
    const filled = Math.round(fraction * width)
    const text = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%  epoch ${log.epoch.toFixed(1)}  ${format(log.recordsPerSecond)} records/s${describeMetrics(log, false)}  ${log.seconds.toFixed(1)} s`
    process.stderr.write(`\r\x1b[2K${text}`)
    this.drawn = true
  }

  epoch(log: EpochLog): void {
    if (this.quiet || this.tty || this.lines++ % this.everyEpochs !== 0) return
    process.stderr.write(`epoch ${log.epoch.toFixed(1)}  round ${log.round}  ${format(log.recordsPerSecond)} records/s${describeMetrics(log)}  ${log.seconds.toFixed(2)} s\n`)
  }

  message(text: string): void {
    this.end()
    process.stderr.write(`${text}\n`)
  }

  end(): void {
    if (this.drawn) process.stderr.write('\n')
    this.drawn = false
  }
}

/** Table-reading options from --exclude, --dates, --categorical, --ordinal, --missing. */
function tableOptions(values: Values): Omit<TableOptions, 'targets'> {
  const missing = str(values, 'missing')
  const isPolicy = (value: string): value is 'drop' | 'median' => value === 'drop' || value === 'median'
  if (missing !== undefined && !isPolicy(missing)) throw new UsageError(`--missing must be drop or median, got ${JSON.stringify(missing)}`)
  if (values.ordinal === true && values.categorical === undefined) throw new UsageError('--ordinal needs --categorical columns')
  return {
    ...optional('features', list(str(values, 'features'))), ...optional('exclude', list(str(values, 'exclude'))),
    ...optional('dates', list(str(values, 'dates'))), ...optional('categorical', list(str(values, 'categorical'))),
    ...(values.ordinal === true ? { categoricalEncoding: 'ordinal' as const } : {}), ...optional('missing', missing),
  }
}

/** What the model file keeps of its table: names, and the encoding when it is more than plain numbers. */
function columnsOf(table: Table): ModelColumns {
  const plain = table.encoding.every((column) => column.kind === 'number' && column.median === undefined)
  return { features: table.featureNames, targets: table.targetNames, ...(plain ? {} : { encoding: table.encoding }) }
}

/** Validation figures of a log: every target's, or (all = false, for the one-line bar) the worst target's. */
function describeMetrics(log: Partial<Metrics>, all = true): string {
  if (log.rmse === undefined || log.pearson === undefined || log.r2 === undefined || log.mae === undefined) return ''
  const show = (values: number[], text: (value: number) => string, worst: (...values: number[]) => number): string => (all ? values.map(text).join(' ') : text(worst(...values)))
  const fixed = (value: number): string => value.toFixed(4)
  const precise = (value: number): string => value.toPrecision(4)
  return `  valid pearson ${show(log.pearson, fixed, Math.min)}  r2 ${show(log.r2, fixed, Math.min)}  rmse ${show(log.rmse, precise, Math.max)}  mae ${show(log.mae, precise, Math.max)}`
}

function describeSettings(settings: FitSettings, rows: number): string {
  const validation = settings.validation === 'none' ? 'no validation' : settings.validation === 'given' ? 'validation given' : `${settings.validation.heldOutRows} rows held out`
  const parts = [
    settings.auto ? 'settings chosen from the data' : 'settings',
    settings.epochs === undefined ? `${settings.rounds} rounds` : `${settings.epochs} epochs of ${rows} rows`,
    `α ${settings.learningRate}`,
    ...(settings.points === undefined ? [] : [`first-layer points per feature ${settings.points.join('/')} (2: near-linear, kept a line)`]),
    ...(settings.refineAtEpochs.length === 0 ? [] : [`grids refined ×2 at epochs ${settings.refineAtEpochs.join(', ')}`]),
    validation,
    ...(settings.patience === undefined ? [] : [`early stopping after ${settings.patience} epochs without progress`]),
  ]
  return parts.join('; ')
}

async function train(argv: string[]): Promise<number> {
  if (argv.includes('--stream')) return trainStream(argv)
  const { values, positionals } = args(argv, {
    target: { type: 'string' }, features: { type: 'string' }, exclude: { type: 'string' }, dates: { type: 'string' }, categorical: { type: 'string' },
    ordinal: { type: 'boolean' }, missing: { type: 'string' }, layers: { type: 'string' }, threads: { type: 'string' },
    epochs: { type: 'string' }, rounds: { type: 'string' }, 'batch-size': { type: 'string' }, 'stop-at': { type: 'string' },
    seed: { type: 'string' }, 'learning-rate': { type: 'string' }, valid: { type: 'string' }, 'valid-split': { type: 'string' },
    patience: { type: 'string' }, retrain: { type: 'boolean' }, 'feature-points': { type: 'boolean' }, init: { type: 'string' },
    precision: { type: 'string' }, out: { type: 'string' }, history: { type: 'string' }, quiet: { type: 'boolean' },
    copies: { type: 'string' }, shard: { type: 'string' }, queue: { type: 'string' }, run: { type: 'string' }, ...REDIS_FLAGS,
  })
  const file = positional(positionals, 0, 'the training data file')
  if (values.valid !== undefined && values['valid-split'] !== undefined) throw new UsageError('give --valid or --valid-split, not both')
  const initFile = str(values, 'init')
  const init = initFile === undefined ? undefined : readModel(initFile)
  if (init !== undefined) {
    for (const flag of ['layers', 'precision', 'seed', 'features', 'exclude', 'dates', 'categorical', 'ordinal'] as const) {
      if (values[flag] !== undefined) throw new UsageError(`--${flag} cannot change a model given with --init; it keeps its own layers and columns`)
    }
  }
  const targets = list(str(values, 'target')) ?? init?.json.columns?.targets
  if (targets === undefined || targets.length === 0) throw new UsageError('train needs --target with the target column name(s), e.g. --target y')
  const reading = init === undefined ? tableOptions(values) : { ...initColumns(init.json, init.model), ...optional('missing', tableOptions(values).missing) }
  const table = readTable(file, targets, reading)
  const quiet = values.quiet === true
  if (!quiet && (table.dropped > 0 || table.imputed > 0)) {
    process.stderr.write(`${file}: ${table.dropped > 0 ? `dropped ${table.dropped} rows with a missing value` : ''}${table.dropped > 0 && table.imputed > 0 ? ', ' : ''}${table.imputed > 0 ? `imputed ${table.imputed} missing cells` : ''}\n`)
  }
  const seed = num(values, 'seed', true) ?? init?.model.seed ?? 1
  const epochs = num(values, 'epochs', true)
  const rounds = num(values, 'rounds', true)
  const stopAt = num(values, 'stop-at')
  const learningRate = num(values, 'learning-rate')
  const batchSize = num(values, 'batch-size', true)
  const cluster = clusterOptions(values)
  // A cluster trains the schedule it is given (its workers do not refine grids).
  const auto = cluster === undefined && [epochs, rounds, stopAt, learningRate, batchSize].every((value) => value === undefined)
  const valid = str(values, 'valid')
  // Auto fits hold their validation rows out themselves (so --retrain can use them); fixed settings get a 10% split here.
  const split = num(values, 'valid-split') ?? (valid === undefined && !auto ? 0.1 : undefined)
  if (split !== undefined && split !== 0 && !(split > 0 && split < 1)) throw new UsageError(`--valid-split must be 0 or a fraction in (0, 1), got ${split}`)
  const { train: data, valid: validation } =
    split !== undefined && split > 0 ? splitDataset(table, { valid: split, seed }) : { train: table, valid: valid === undefined ? undefined : readTable(valid, table.targetNames, { encoding: table.encoding, ...optional('missing', reading.missing) }) }
  let model: KAN
  if (init !== undefined) {
    model = init.model
    if (model.targets !== table.targets) throw new UsageError(`${initFile} predicts ${model.targets} targets but --target names ${table.targets}`)
  } else {
    const given = str(values, 'layers')
    const layers = given === undefined ? undefined : parseLayers(given)
    if (layers !== undefined && layers.at(-1)?.units !== table.targets) {
      throw new UsageError(`the last layer of --layers has ${layers.at(-1)?.units} units but there are ${table.targets} target columns (${table.targetNames.join(', ')})`)
    }
    const precision = str(values, 'precision') as 'f64' | 'f32' | undefined
    // Without --layers the default layers are used, and an auto fit chooses the first layer's points per feature.
    model = KAN.create({ inputs: table.features, ...(layers === undefined ? { targets: table.targets } : { layers }), seed, ...(precision === undefined ? {} : { precision }) })
  }
  const out = str(values, 'out') ?? 'model.json'
  const patience = num(values, 'patience')
  const history: EpochLog[] = []
  const planned = auto ? autoEpochs(split === undefined && valid === undefined ? data.rows - Math.round(data.rows / 10) : data.rows) : epochs ?? 10
  const progress = new Progress((log) => (rounds === undefined ? log.epoch / planned : log.round / rounds), quiet, auto ? Math.ceil(planned / 25) : 1)
  const controller = new AbortController()
  const onSigint = (): void => {
    if (controller.signal.aborted) process.exit(130)
    progress.message('interrupted: stopping after the current round (Ctrl-C again to quit at once)')
    controller.abort()
  }
  process.on('SIGINT', onSigint)
  let interrupted = false
  try {
    await model.fit(data, {
      ...(auto ? {} : { epochs: epochs ?? 10 }), ...optional('rounds', rounds),
      ...optional('threads', num(values, 'threads', true)), ...optional('batchSize', batchSize),
      ...optional('copies', num(values, 'copies', true)), ...optional('cluster', cluster),
      ...optional('learningRate', learningRate), ...optional('validation', validation),
      ...(stopAt === undefined ? {} : { stopAt: { pearson: stopAt } }),
      ...(patience === undefined ? {} : { earlyStopping: { patience } }), ...(values.retrain === true ? { retrain: true } : {}),
      ...(values['feature-points'] === true ? { featurePoints: true } : {}),
      ...(auto && (patience !== undefined || values.retrain === true) ? { auto: true } : {}),
      signal: controller.signal,
      onRound: (log) => { history.push(log); progress.round(log) },
      onEpoch: (log) => progress.epoch(log),
    })
  } catch (error) {
    if (!(error instanceof NkkanError && error.code === 'E_ABORT')) throw error
    interrupted = true
  } finally {
    process.off('SIGINT', onSigint)
    progress.end()
  }
  if (model.trained) writeModel(out, model, columnsOf(table))
  const historyFile = str(values, 'history')
  if (historyFile !== undefined) writeAtomic(historyFile, JSON.stringify(history, null, 1))
  const settings = model.lastFit
  const heldOut = settings !== undefined && typeof settings.validation === 'object' ? settings.validation.heldOutRows : 0
  if (settings !== undefined && !quiet) process.stderr.write(`${describeSettings(settings, data.rows - heldOut)}\n`)
  const last = history.at(-1)
  const best = settings?.bestRound === undefined ? undefined : history.find((log) => log.round === settings.bestRound)
  const reported = best ?? last
  const summary =
    last === undefined
      ? 'no round completed'
      : `${last.round} rounds, epoch ${last.epoch.toFixed(1)}, ${last.seconds.toFixed(2)} s${best === undefined ? '' : `; best round ${best.round} restored`}${settings?.retrained === true ? `, then retrained on all ${table.rows} rows` : ''}${describeMetrics(reported!)}`
  process.stdout.write(`${interrupted ? 'interrupted' : 'trained'}: ${summary}${model.trained ? `; wrote ${out}` : ''}\n`)
  await model.dispose()
  return interrupted ? 130 : 0
}

/** The table options that read data as a model file's columns say. */
function initColumns(json: PlottableModel, model: KAN): Omit<TableOptions, 'targets'> {
  const encoding = json.columns?.encoding
  if (encoding !== undefined) return { encoding: checkEncoding(encoding, 'columns.encoding') }
  const features = json.columns?.features
  if (features === undefined) throw new UsageError(`the model file does not name its ${model.inputs} feature columns`)
  return { features }
}

/** train --stream: CSV from standard input, learned record by record with prequential scores. */
async function trainStream(argv: string[]): Promise<number> {
  const { values, positionals } = args(argv, {
    stream: { type: 'boolean' }, target: { type: 'string' }, features: { type: 'string' }, layers: { type: 'string' }, model: { type: 'string' },
    'init-rows': { type: 'string' }, 'learning-rate': { type: 'string' }, 'min-learning-rate': { type: 'string' }, window: { type: 'string' },
    'report-every': { type: 'string' }, seed: { type: 'string' }, precision: { type: 'string' }, out: { type: 'string' }, quiet: { type: 'boolean' },
  })
  if (positionals.length > 0) throw new UsageError('train --stream reads CSV from standard input; give no data file')
  const targets = list(str(values, 'target'))
  if (targets === undefined || targets.length === 0) throw new UsageError('train --stream needs --target with the target column name(s), e.g. --target y')
  const csv = await openCSVStream(process.stdin, { targets, ...optional('features', list(str(values, 'features'))) })
  const features = csv.featureNames.length
  let model: KAN
  let blocks = csv.blocks
  const start = str(values, 'model')
  if (start !== undefined) {
    model = readModel(start).model
    if (model.inputs !== features || model.targets !== targets.length) throw new NkkanError('E_SHAPE', `${start} takes ${model.inputs} inputs and ${model.targets} targets; the stream has ${features} features and ${targets.length} targets`)
  } else {
    const layers = parseLayers(str(values, 'layers') ?? `${2 * features + 1}:3,${targets.length}:12`)
    if (layers.at(-1)?.units !== targets.length) throw new UsageError(`the last layer of --layers has ${layers.at(-1)?.units} units but there are ${targets.length} target columns`)
    const precision = str(values, 'precision') as 'f64' | 'f32' | undefined
    model = KAN.create({ inputs: features, layers, seed: num(values, 'seed', true) ?? 1, ...optional('precision', precision) })
    const head = await firstRows(blocks, num(values, 'init-rows', true) ?? 1000, features, targets.length)
    model.init(head.sample)
    blocks = head.blocks
  }
  const controller = new AbortController()
  const onSigint = (): void => {
    if (controller.signal.aborted) process.exit(130)
    process.stderr.write('interrupted: stopping (Ctrl-C again to quit at once)\n')
    controller.abort()
  }
  const line = (p: StreamProgress): string =>
    `${p.records} records  window ${p.windowRows}: pearson ${p.pearson.map((v) => v.toFixed(4)).join(' ')} rmse ${p.rmse.map((v) => v.toPrecision(4)).join(' ')}  total rmse ${p.totalRmse.map((v) => v.toPrecision(4)).join(' ')}  ${format(p.recordsPerSecond, 0)} records/s`
  process.on('SIGINT', onSigint)
  let summary: StreamProgress | undefined
  let interrupted = false
  try {
    summary = await model.learnFrom(blocks, {
      ...optional('learningRate', num(values, 'learning-rate')), ...optional('minLearningRate', num(values, 'min-learning-rate')),
      ...optional('window', num(values, 'window', true)), ...optional('validateEvery', num(values, 'report-every', true)),
      signal: controller.signal,
      onProgress: (p) => { if (values.quiet !== true) process.stderr.write(`${line(p)}\n`) },
    })
  } catch (error) {
    if (!(error instanceof NkkanError && error.code === 'E_ABORT')) throw error
    interrupted = true
  } finally {
    process.off('SIGINT', onSigint)
  }
  const out = str(values, 'out') ?? 'model.json'
  writeModel(out, model, { features: csv.featureNames, targets: csv.targetNames })
  process.stdout.write(`${interrupted ? 'interrupted' : 'learned'}: ${summary === undefined ? 'stopped early' : line(summary)}; wrote ${out}\n`)
  await model.dispose()
  return interrupted ? 130 : 0
}

const REDIS_FLAGS = { redis: { type: 'string' }, 'redis-user': { type: 'string' }, 'tls-ca': { type: 'string' } } as const

/** --redis, --redis-user, NKKAN_REDIS_PASSWORD and --tls-ca → a connection (undefined without --redis). */
function redisConnection(values: Values): RedisConnection | undefined {
  const url = str(values, 'redis')
  if (url === undefined) {
    if (values['redis-user'] !== undefined || values['tls-ca'] !== undefined) throw new UsageError('--redis-user and --tls-ca need --redis')
    return undefined
  }
  const ca = str(values, 'tls-ca')
  const password = process.env.NKKAN_REDIS_PASSWORD
  return {
    url, ...optional('username', str(values, 'redis-user')), ...optional('password', password === '' ? undefined : password),
    ...(ca === undefined ? {} : { tls: { ca: readFileSync(ca, 'utf8') } }),
  }
}

function clusterOptions(values: Values): ClusterOptions | undefined {
  const redis = redisConnection(values)
  const shard = str(values, 'shard')
  if (redis === undefined) {
    if (shard !== undefined || values.queue !== undefined || values.run !== undefined) throw new UsageError('--shard, --queue and --run need --redis')
    return undefined
  }
  if (shard === undefined) throw new UsageError('--redis needs --shard: the path where the workers read the training rows (train writes them there)')
  if (values.copies === undefined) throw new UsageError('--redis needs --copies: the copies the workers train per round')
  return { redis, shard, ...optional('queue', str(values, 'queue')), ...optional('run', str(values, 'run')) }
}

/** A cluster worker until Ctrl-C or SIGTERM (it finishes its running job first). */
async function worker(argv: string[]): Promise<number> {
  const { values } = args(argv, { ...REDIS_FLAGS, queue: { type: 'string' }, name: { type: 'string' }, 'lock-seconds': { type: 'string' } })
  const redis = redisConnection(values)
  if (redis === undefined) throw new UsageError('worker needs --redis redis://host:6379')
  const running = await startClusterWorker({
    redis, ...optional('queue', str(values, 'queue')), ...optional('name', str(values, 'name')), ...optional('lockSeconds', num(values, 'lock-seconds')),
    log: (line) => process.stderr.write(`${line}\n`),
  })
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve)
    process.once('SIGTERM', resolve)
  })
  process.stderr.write(`worker ${running.name}: stopping after the running job\n`)
  await running.close()
  return 0
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V }
}

/** The features (and targets, when asked) a model file's remembered or given columns select. */
function tableForModel(file: string, json: PlottableModel, model: KAN, targets: readonly string[]): Table {
  const encoding = json.columns?.encoding === undefined ? undefined : checkEncoding(json.columns.encoding, "the model file's columns.encoding")
  // A model trained with imputation fills missing cells with its training medians; otherwise they stop with line and column.
  const imputes = encoding?.some((column) => ('median' in column && column.median !== undefined) || ('mode' in column && column.mode !== undefined)) === true
  const reading = encoding !== undefined ? { encoding, ...(imputes ? { missing: 'median' as const } : {}) } : json.columns?.features === undefined ? {} : { features: json.columns.features }
  const table = readTable(file, targets, reading)
  if (table.features !== model.inputs) {
    throw new NkkanError('E_SHAPE', `${file} gives ${table.features} feature columns (${table.featureNames.join(', ')}) but the model takes ${model.inputs} inputs; name the target columns to leave out with --target`)
  }
  return table
}

async function predict(argv: string[]): Promise<number> {
  const { values, positionals } = args(argv, { target: { type: 'string' }, out: { type: 'string' } })
  const { model, json } = readModel(positional(positionals, 0, 'the model file'))
  const file = positional(positionals, 1, 'the data file')
  const known = json.columns?.features === undefined ? list(str(values, 'target')) ?? [] : []
  const table = tableForModel(file, json, model, known)
  const names = json.columns?.targets ?? Array.from({ length: model.targets }, (_, k) => (model.targets === 1 ? 'prediction' : `prediction${k}`))
  const text = toCSV(model.predict(table.x), names)
  const out = str(values, 'out')
  if (out === undefined) process.stdout.write(text)
  else writeAtomic(out, text)
  await model.dispose()
  return 0
}

async function evaluate(argv: string[]): Promise<number> {
  const { values, positionals } = args(argv, { target: { type: 'string' }, json: { type: 'boolean' } })
  const { model, json } = readModel(positional(positionals, 0, 'the model file'))
  const file = positional(positionals, 1, 'the data file')
  const targets = list(str(values, 'target')) ?? json.columns?.targets
  if (targets === undefined) throw new UsageError('evaluate needs --target: the model file does not name its target columns')
  const table = tableForModel(file, json, model, targets)
  const metrics = model.evaluate(table)
  if (values.json === true) {
    process.stdout.write(`${JSON.stringify({ targets: table.targetNames, ...metrics })}\n`)
  } else {
    const rows = [
      ['target', 'pearson', 'r2', 'rmse', 'mae', 'rmse/range'],
      ...table.targetNames.map((name, k) => [name, metrics.pearson[k]!.toFixed(4), metrics.r2[k]!.toFixed(4), metrics.rmse[k]!.toPrecision(5), metrics.mae[k]!.toPrecision(5), metrics.relativeRmse[k]!.toFixed(4)]),
    ]
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)))
    process.stdout.write(rows.map((row) => row.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd()).join('\n') + `\n(${table.rows} rows of ${file})\n`)
  }
  await model.dispose()
  return 0
}

async function merge(argv: string[]): Promise<number> {
  const { values, positionals } = args(argv, { out: { type: 'string' } })
  const out = str(values, 'out')
  if (out === undefined) throw new UsageError('merge needs --out merged.json')
  if (positionals.length === 0) throw new UsageError('merge needs one or more model files')
  const loaded = positionals.map(readModel)
  const origins = loaded.map(({ json }) => json.origin)
  if (origins.some((origin) => origin === undefined)) {
    process.stderr.write(`nkkan: warning: ${positionals.filter((_, i) => origins[i] === undefined).join(', ')} do not record their initialisation; merge averages copies of one model (same seed, trained on disjoint shards in rounds), and models trained apart average into a worse one\n`)
  } else if (new Set(origins).size > 1) {
    process.stderr.write(
      `nkkan: warning: the models do not share an initialisation (${positionals.map((name, i) => `${name}: ${origins[i]}`).join(', ')}). ` +
        'Averaging independently trained models gives a worse model than each; merge copies of one model: the same seed and initial data ranges (train once, then continue copies with --init on disjoint shards)\n',
    )
  }
  const merged = KAN.average(loaded.map(({ model }) => model))
  writeModel(out, merged, loaded[0]?.json.columns)
  process.stdout.write(`merged ${positionals.length} models; wrote ${out}\n`)
  return 0
}

async function plot(argv: string[]): Promise<number> {
  const { values, positionals } = args(argv, { out: { type: 'string' }, history: { type: 'string' }, data: { type: 'string' } })
  const { model, json } = readModel(positional(positionals, 0, 'the model file'))
  const historyFile = str(values, 'history')
  const dataFile = str(values, 'data')
  // The response view holds the other inputs at the data's medians (--data), else mid-range.
  const center = dataFile === undefined ? undefined : columnMedians(tableForModel(dataFile, json, model, []))
  // The file's header and columns with the model's values (a binary file's json has no values).
  const full: PlottableModel = { ...model.toJSON(), ...(json.columns === undefined ? {} : { columns: json.columns }) }
  let svg = stackPlots([plotResponse(full, (x) => model.predict(x), center === undefined ? {} : { center }), plotModel(full)])
  await model.dispose()
  if (historyFile !== undefined) {
    let history: EpochLog[]
    try {
      history = JSON.parse(readFileSync(historyFile, 'utf8')) as EpochLog[]
    } catch (error) {
      throw new UsageError(`${historyFile} is not a history JSON file: ${(error as Error).message}`)
    }
    svg = stackPlots([plotHistory(history, { ...optional('targetNames', json.columns?.targets) }), svg])
  }
  const out = str(values, 'out')
  if (out === undefined) process.stdout.write(svg)
  else {
    writeAtomic(out, svg)
    process.stdout.write(`wrote ${out}\n`)
  }
  return 0
}

function columnMedians(table: Table): Float64Array {
  return Float64Array.from({ length: table.features }, (_, c) => median(Float64Array.from({ length: table.rows }, (_, r) => table.x[r * table.features + c]!)))
}

/** A small built-in Det4 timing through the public API (the full benchmarks are `npm run bench`). */
async function bench(argv: string[]): Promise<number> {
  const { values } = args(argv, { threads: { type: 'string' }, rows: { type: 'string' }, epochs: { type: 'string' } })
  const rows = num(values, 'rows', true) ?? 40_000
  const epochs = num(values, 'epochs', true) ?? 3
  const most = num(values, 'threads', true) ?? Math.min(availableParallelism(), 8)
  const { train: data } = await datasets.generate('det', { size: 4, train: rows, valid: 1, seed: 1, threads: most })
  const lines = ['| threads | first round records/s | steady records/s | seconds |', '|---:|---:|---:|---:|']
  for (const threads of [...new Set([1, most])]) {
    const model = KAN.create({ inputs: 16, layers: [{ units: 70, points: 3 }, { units: 1, points: 30 }], seed: 1 })
    const logs = await model.fit(data, { epochs, threads, onRound: () => undefined })
    await model.dispose()
    const first = logs[0]!
    const last = logs.at(-1)!
    const steady = last.seconds > first.seconds ? (last.records - first.records) / (last.seconds - first.seconds) : first.recordsPerSecond
    lines.push(`| ${threads} | ${format(first.recordsPerSecond, 0)} | ${format(steady, 0)} | ${last.seconds.toFixed(2)} |`)
  }
  process.stdout.write(`Det4, 16 → 70:3 → 1:30, ${rows} records, ${epochs} epochs, Node ${process.version}\n${lines.join('\n')}\n`)
  return 0
}

/** "full" | "4" | "full,1,1,1" → HardwareOptions['lanes'] */
function parseLanes(text: string): NonNullable<HardwareOptions['lanes']> {
  const parts = text.split(',').map((part): number | 'full' => {
    const trimmed = part.trim()
    if (trimmed === 'full') return 'full'
    if (!/^\d+$/.test(trimmed) || Number(trimmed) < 1) throw new UsageError(`--lanes expects full, an integer ≥ 1, or one of those per layer (full,1,1,1); got ${JSON.stringify(part)}`)
    return Number(trimmed)
  })
  return parts.length === 1 ? parts[0]! : parts
}

/** A FixedSpec (validated) with seeded initial node values, or a float model quantised into one. */
function hardwareSource(file: string, values: Values, seed: number): { spec: FixedSpec; nodes: Int32Array[]; from: string } {
  let json: unknown
  try {
    json = JSON.parse(readFileSync(file, 'utf8')) as unknown
  } catch (error) {
    if ((error as { code?: unknown }).code !== undefined) throw error
    throw new UsageError(`${file} is not JSON: ${(error as Error).message}`)
  }
  const format = typeof json === 'object' && json !== null ? (json as { format?: unknown }).format : undefined
  if (format === FIXED_FORMAT) {
    const spec = validateSpec(json as FixedSpec)
    return { spec, nodes: initialFixedValues(spec, seed), from: `${file} (initial values from seed ${seed})` }
  }
  if (format !== FORMAT) throw new UsageError(`${file} is neither a FixedSpec (format "${FIXED_FORMAT}") nor an nkkan model (format "${FORMAT}")`)
  const { state } = stateFromJSON(json)
  if (state === undefined) throw new UsageError(`${file} is an untrained model: nothing to quantise`)
  const options: QuantizeOptions = {
    ...optional('inputScale', num(values, 'input-scale')), ...optional('valueScale', num(values, 'value-scale')),
    ...optional('base', num(values, 'base', true)), ...optional('refine', num(values, 'refine', true)), ...optional('maxPoints', num(values, 'max-points', true)),
  }
  const { spec, values: nodes } = quantizeModel(json as ModelJSON, options)
  return { spec, nodes, from: `${file} (quantised)` }
}

/** FixedSpec or float model → kan.v, the parameter memory images and spec.json in --out. */
async function verilog(argv: string[]): Promise<number> {
  const { values, positionals } = args(argv, {
    out: { type: 'string' }, lanes: { type: 'string' }, part: { type: 'string' }, seed: { type: 'string' }, 'quantize-from': { type: 'string' },
    'input-scale': { type: 'string' }, 'value-scale': { type: 'string' }, base: { type: 'string' }, refine: { type: 'string' }, 'max-points': { type: 'string' },
  })
  const quantizeFrom = str(values, 'quantize-from')
  if (positionals.length > 1) throw new UsageError('verilog takes one spec or model file')
  if (positionals.length === 1 && quantizeFrom !== undefined) throw new UsageError('give a spec or model file, or --quantize-from model.json, not both')
  const file = quantizeFrom ?? positional(positionals, 0, 'the FixedSpec or model file')
  const part = str(values, 'part')
  if (part !== undefined && str(values, 'lanes') !== undefined) throw new UsageError('give --lanes or --part, not both')
  if (part !== undefined) partCapacity(part)
  const lanesText = str(values, 'lanes') ?? 'full'
  const lanes = parseLanes(lanesText)
  const { spec, nodes, from } = hardwareSource(file, values, num(values, 'seed', true) ?? 1)
  if (quantizeFrom !== undefined && !from.endsWith('(quantised)')) throw new UsageError(`--quantize-from needs a float model; ${file} is a FixedSpec`)
  if (Array.isArray(lanes) && lanes.length !== spec.layers.length) throw new UsageError(`--lanes gives ${lanes.length} values but the spec has ${spec.layers.length} layers`)
  const options: HardwareOptions = part === undefined ? { lanes } : { part: part as NonNullable<HardwareOptions['part']> }
  const { plan, files } = designFiles(spec, options, nodes)
  const out = str(values, 'out') ?? 'verilog'
  mkdirSync(out, { recursive: true })
  files.set('spec.json', JSON.stringify(spec, null, 2) + '\n')
  for (const [name, text] of files) writeAtomic(join(out, name), text)
  const widths = [spec.inputs, ...spec.layers.map((layer) => layer.units)].join('→')
  const perLayer = plan.layers.map((layer) => `${layer.jPar}×${layer.kPar}`).join(',')
  const images = [...files.keys()].filter((name) => name.endsWith('.hex')).length
  const choice = plan.choice
  const chosen = choice === undefined ? lanesText : `${choice.lanes.join(',')} for ${choice.part} (estimate: ${choice.estimate.luts} LUTs, ${choice.estimate.ffs} FFs, ${choice.estimate.brams} BRAM, ${choice.estimate.dsps} DSP)`
  process.stdout.write(
    `verilog: ${spec.layers.length} layers ${widths} (${spec.layers.map((_, l) => fixedLayerInputs(spec, l) * spec.layers[l]!.units).reduce((a, b) => a + b)} functions), ` +
      `lanes ${chosen} (inputs×outputs a cycle: ${perLayer}), ${plan.trainCycles} cycles/record training, ${plan.inferCycles} inference; ` +
      `${spec.valueBits}-bit values; from ${from}; wrote kan.v, ${images} .hex images and spec.json to ${out}\n`,
  )
  return 0
}

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = { train, worker, predict, evaluate, merge, plot, bench, verilog }

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help' || rest.includes('--help')) {
      ;(command === undefined ? process.stderr : process.stdout).write(`${HELP}\n`)
      return command === undefined ? 2 : 0
    }
    const run = COMMANDS[command]
    if (run === undefined) throw new UsageError(`unknown command ${JSON.stringify(command)}; commands: ${Object.keys(COMMANDS).join(', ')}`)
    return await run(rest)
  } catch (error) {
    process.stderr.write(`nkkan: ${error instanceof Error ? error.message : String(error)}\n`)
    if (process.env.NKKAN_DEBUG !== undefined) process.stderr.write(`${(error as Error).stack ?? ''}\n`)
    return exitCode(error)
  }
}

function exitCode(error: unknown): number {
  if (error instanceof UsageError) return 2
  if (error instanceof NkkanError) return BAD_INPUT.has(error.code) ? 2 : 1
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string' && (code.startsWith('ERR_PARSE_ARGS') || ['ENOENT', 'EISDIR', 'ENOTDIR'].includes(code))) return 2
  return 1
}

// A closed pipe (`nkkan predict … | head`) is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})
process.exitCode = await main(process.argv.slice(2))
