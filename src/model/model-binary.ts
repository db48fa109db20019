/**
 * The binary model format (`.nkb`): what model JSON holds, at 8 bytes a value (4 in an f32
 * model) and with no limit but memory's. Model JSON ends near 27M parameters, where its text
 * passes the longest string JavaScript holds (2^29 − 24 characters). Little-endian:
 *
 *   offset  0  magic "NKKB"                          12  inputs (u32)
 *           4  version (u16)                         16  seed (f64)
 *           6  form (u8: 0 mean, 1 sum)              24  layers L (u32)
 *           7  precision (u8: 0 f64, 1 f32)          28  origin: its UTF-8 bytes (u32)
 *           8  bytes per value (u8: 8; 4 when an     32  columns: bytes of their UTF-8 JSON (u32)
 *              f32 model's values are all f32)       36  reserved (u32, 0)
 *           9  trained (u8: 0 or 1)
 *          10  has origin (u8: 0 or 1)
 *          11  reserved (u8, 0)
 *          40  per layer: units, points (u32 each; points 0: each input has its own count, which
 *              follow the table, one u32 per input of that layer); the origin; the columns; zeros
 *              to a multiple of 8; then, if trained, per layer lo[n], hi[n], dx[n] and
 *              values[(Σ_j P_j)·units] (indexed as LayerJSON.values)
 *      last 4  CRC-32 of every byte before it
 *
 * A loaded file is checked field by field as model JSON is (src/model/serialize.ts), then its checksum.
 */
import { describe } from '../arguments.js'
import { crc32 } from '../data/crc32.js'
import { NkkanError } from '../errors.js'
import { type LayerState, type ModelShape, type ModelState, layerInputs, nodeRows } from './model.js'
import { checkLayer, checkLoadedShape } from './serialize.js'

/** The first four bytes of a binary model. */
export const BINARY_MAGIC = 'NKKB'
/** Version of the binary format. */
export const BINARY_VERSION = 1
const HEADER_BYTES = 40
const CHECKSUM_BYTES = 4
const SOURCE = 'binary model'
const LARGEST_U32 = 0xffffffff

/** A decoded binary model: as stateFromJSON returns, with the columns stored beside it. */
export interface BinaryModel {
  readonly shape: ModelShape
  readonly seed: number
  readonly state: ModelState | undefined
  readonly origin: string | undefined
  /** The command line's column names and encoding (a JSON object), if stored. */
  readonly columns: Record<string, unknown> | undefined
}

/** The fields of a checked header and where the values start. */
interface Header extends Omit<BinaryModel, 'state'> {
  readonly width: 4 | 8
  readonly trained: boolean
  readonly valuesAt: number
}

/** The model as bytes (`columns`: any JSON object, stored beside it). */
export function encodeModel(shape: ModelShape, seed: number, state: ModelState | undefined, origin: string | undefined, columns?: unknown): Uint8Array {
  const text = new TextEncoder()
  const originBytes = text.encode(origin ?? '')
  const columnsBytes = columns === undefined ? new Uint8Array(0) : text.encode(JSON.stringify(columns))
  const perInput = shape.layers.flatMap(({ points }) => (typeof points === 'number' ? [] : points))
  const counts = [shape.inputs, shape.layers.length, ...shape.layers.flatMap(({ units, points }) => [units, typeof points === 'number' ? points : 0]), ...perInput, originBytes.length, columnsBytes.length]
  if (counts.some((count) => count > LARGEST_U32)) throw new NkkanError('E_SHAPE', `the model's shape or columns exceed the binary format's 32-bit counts`)
  const f32 = state !== undefined && shape.precision === 'f32' && state.layers.every((layer) => [layer.lo, layer.hi, layer.dx, layer.values].every(allF32))
  const width = f32 ? 4 : 8
  const textAt = HEADER_BYTES + 8 * shape.layers.length + 4 * perInput.length
  const valuesAt = align8(textAt + originBytes.length + columnsBytes.length)
  const total = valuesAt + (state === undefined ? 0 : valueCount(shape) * width) + CHECKSUM_BYTES
  const bytes = new Uint8Array(total)
  const view = new DataView(bytes.buffer)
  bytes.set(text.encode(BINARY_MAGIC), 0)
  view.setUint16(4, BINARY_VERSION, true)
  view.setUint8(6, shape.form === 'sum' ? 1 : 0)
  view.setUint8(7, shape.precision === 'f32' ? 1 : 0)
  view.setUint8(8, width)
  view.setUint8(9, state === undefined ? 0 : 1)
  view.setUint8(10, origin === undefined ? 0 : 1)
  view.setUint32(12, shape.inputs, true)
  view.setFloat64(16, seed, true)
  view.setUint32(24, shape.layers.length, true)
  view.setUint32(28, originBytes.length, true)
  view.setUint32(32, columnsBytes.length, true)
  shape.layers.forEach(({ units, points }, l) => {
    view.setUint32(HEADER_BYTES + 8 * l, units, true)
    view.setUint32(HEADER_BYTES + 8 * l + 4, typeof points === 'number' ? points : 0, true)
  })
  perInput.forEach((count, q) => view.setUint32(HEADER_BYTES + 8 * shape.layers.length + 4 * q, count, true))
  bytes.set(originBytes, textAt)
  bytes.set(columnsBytes, textAt + originBytes.length)
  let at = valuesAt
  for (const layer of state?.layers ?? []) {
    for (const values of [layer.lo, layer.hi, layer.dx, layer.values]) {
      if (f32) for (let q = 0; q < values.length; q++, at += 4) view.setFloat32(at, values[q]!, true)
      else for (let q = 0; q < values.length; q++, at += 8) view.setFloat64(at, values[q]!, true)
    }
  }
  view.setUint32(total - CHECKSUM_BYTES, crc32(bytes.subarray(0, total - CHECKSUM_BYTES)), true)
  return bytes
}

/** Decodes and checks a binary model; E_FORMAT naming the first field that is wrong. */
export function decodeModel(input: unknown): BinaryModel {
  const bytes = asBytes(input)
  const header = readHeader(bytes)
  const { shape, width } = header
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let state: ModelState | undefined
  if (header.trained) {
    let at = header.valuesAt
    const read = (count: number, where: string): Float64Array => {
      const out = new Float64Array(count)
      for (let q = 0; q < count; q++, at += width) {
        const value = width === 8 ? view.getFloat64(at, true) : view.getFloat32(at, true)
        if (!Number.isFinite(value)) fail(`${where}[${q}] is ${value}, not a finite number`)
        out[q] = value
      }
      return out
    }
    const layers = shape.layers.map(({ units, points }, l): LayerState => {
      const n = layerInputs(shape, l)
      const where = `layers[${l}]`
      return { inputs: n, units, points, lo: read(n, `${where}.lo`), hi: read(n, `${where}.hi`), dx: read(n, `${where}.dx`), values: read(nodeRows(points, n) * units, `${where}.values`) }
    })
    layers.forEach((layer, l) => checkLayer(layer, l, shape, SOURCE))
    state = { shape, layers }
  }
  const end = bytes.length - CHECKSUM_BYTES
  const stored = view.getUint32(end, true)
  const computed = crc32(bytes.subarray(0, end))
  if (stored !== computed) fail(`checksum (CRC-32 in the last 4 bytes) is ${hex(stored)}, the bytes before it give ${hex(computed)}`)
  return { shape, seed: header.seed, state, origin: header.trained ? header.origin : undefined, columns: header.columns }
}

/** The origin and columns stored in a binary model (its header only is read and checked). */
export function binaryHeader(input: unknown): Pick<BinaryModel, 'origin' | 'columns'> {
  const { trained, origin, columns } = readHeader(asBytes(input))
  return { origin: trained ? origin : undefined, columns }
}

function asBytes(input: unknown): Uint8Array {
  if (input instanceof Uint8Array) return input
  if (input instanceof ArrayBuffer) return new Uint8Array(input)
  throw new NkkanError('E_FORMAT', `a binary model is a Uint8Array or an ArrayBuffer, got ${describe(input)}`)
}

/** Checks every header field and the file's length against them. */
function readHeader(bytes: Uint8Array): Header {
  if (bytes.length < HEADER_BYTES + CHECKSUM_BYTES) fail(`the file has ${bytes.length} bytes; a binary model has at least ${HEADER_BYTES + CHECKSUM_BYTES}`)
  if (new TextDecoder().decode(bytes.subarray(0, 4)) !== BINARY_MAGIC) {
    throw new NkkanError('E_FORMAT', `not an nkkan binary model: expected the magic bytes "${BINARY_MAGIC}"`)
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const version = view.getUint16(4, true)
  if (version !== BINARY_VERSION) throw new NkkanError('E_FORMAT', `binary model version ${version} is not supported; this nkkan reads version ${BINARY_VERSION}`)
  const form = code(view, 6, 'form', ['mean', 'sum'] as const)
  const precision = code(view, 7, 'precision', ['f64', 'f32'] as const)
  const width = view.getUint8(8)
  if (width !== 8 && !(width === 4 && precision === 'f32')) fail(`bytes per value (byte 8) is ${width}: 8, or 4 in an f32 model`)
  const trained = code(view, 9, 'trained', [false, true])
  const hasOrigin = code(view, 10, 'has origin', [false, true])
  if (view.getUint8(11) !== 0 || view.getUint32(36, true) !== 0) fail('reserved bytes (11, 36–39) are not zero')
  const seed = view.getFloat64(16, true)
  if (!Number.isInteger(seed)) fail(`seed is ${seed}, not an integer`)
  const count = view.getUint32(24, true)
  const originBytes = view.getUint32(28, true)
  const columnsBytes = view.getUint32(32, true)
  const inputs = view.getUint32(12, true)
  const tableEnd = HEADER_BYTES + 8 * count
  if (tableEnd + CHECKSUM_BYTES > bytes.length) fail(`its header (${count} layers) needs ${tableEnd + CHECKSUM_BYTES} bytes; the file has ${bytes.length}`)
  const table = Array.from({ length: count }, (_, l) => ({ units: view.getUint32(HEADER_BYTES + 8 * l, true), points: view.getUint32(HEADER_BYTES + 8 * l + 4, true) }))
  // Per-input counts (points 0) follow the table: as many as the layer has inputs.
  let textAt = tableEnd
  const layers = table.map(({ units, points }, l) => {
    if (points !== 0) return { units, points }
    const n = l === 0 ? inputs : table[l - 1]!.units
    if (textAt + 4 * n + CHECKSUM_BYTES > bytes.length) fail(`layers[${l}] has per-input points: ${n} counts after the layer table need ${textAt + 4 * n + CHECKSUM_BYTES} bytes; the file has ${bytes.length}`)
    const counts = Array.from({ length: n }, (_, j) => view.getUint32(textAt + 4 * j, true))
    textAt += 4 * n
    return { units, points: counts }
  })
  const valuesAt = align8(textAt + originBytes + columnsBytes)
  if (valuesAt + CHECKSUM_BYTES > bytes.length) {
    fail(`its header (${count} layers, origin of ${originBytes} bytes, columns of ${columnsBytes} bytes) needs ${valuesAt + CHECKSUM_BYTES} bytes; the file has ${bytes.length}`)
  }
  const shape: ModelShape = { inputs, layers, form, precision }
  checkLoadedShape(shape, SOURCE)
  const origin = hasOrigin ? utf8(bytes.subarray(textAt, textAt + originBytes), 'origin') : undefined
  if (!hasOrigin && originBytes !== 0) fail(`origin has ${originBytes} bytes but byte 10 says there is none`)
  let columns: Record<string, unknown> | undefined
  if (columnsBytes > 0) {
    let parsed: unknown
    try {
      parsed = JSON.parse(utf8(bytes.subarray(textAt + originBytes, textAt + originBytes + columnsBytes), 'columns'))
    } catch (error) {
      if (error instanceof NkkanError) throw error
      fail(`columns are not JSON: ${(error as Error).message}`)
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) fail(`columns are ${describe(parsed)}, not a JSON object`)
    columns = parsed as Record<string, unknown>
  }
  if (bytes.subarray(textAt + originBytes + columnsBytes, valuesAt).some((byte) => byte !== 0)) fail(`padding bytes before offset ${valuesAt} are not zero`)
  const expected = valuesAt + (trained ? valueCount(shape) * width : 0) + CHECKSUM_BYTES
  if (bytes.length !== expected) fail(`the file has ${bytes.length} bytes; its ${trained ? 'trained' : 'untrained'} shape (${describeShape(shape)}, ${width} bytes a value) needs ${expected}`)
  return { shape, seed, origin, columns, width, trained, valuesAt }
}

/** The one-byte code at `offset`: the index of a value in `values`, else E_FORMAT. */
function code<T>(view: DataView, offset: number, name: string, values: readonly T[]): T {
  const byte = view.getUint8(offset)
  const value = values[byte]
  if (value === undefined) fail(`${name} (byte ${offset}) is ${byte}, expected ${values.map((v, i) => `${i} (${String(v)})`).join(' or ')}`)
  return value
}

function utf8(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch (error) {
    throw new NkkanError('E_FORMAT', `damaged ${SOURCE}: ${name} is not UTF-8`, { cause: error })
  }
}

function fail(message: string): never {
  throw new NkkanError('E_FORMAT', `damaged ${SOURCE}: ${message}`)
}

/** Node values and grid ends of all layers. */
function valueCount(shape: ModelShape): number {
  return shape.layers.reduce((sum, { units, points }, l) => sum + 3 * layerInputs(shape, l) + nodeRows(points, layerInputs(shape, l)) * units, 0)
}

function allF32(values: Float64Array): boolean {
  return values.every((value) => Math.fround(value) === value)
}

function align8(offset: number): number {
  return Math.ceil(offset / 8) * 8
}

function hex(value: number): string {
  return value.toString(16).padStart(8, '0')
}

function describeShape(shape: ModelShape): string {
  return `${shape.inputs} → ${shape.layers.map(({ units, points }) => `${units}:${typeof points === 'number' ? points : points.join('/')}`).join(' → ')}`
}
