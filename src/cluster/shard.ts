/**
 * The training data as cluster workers read them: one binary file (a path on a shared folder,
 * or a URL), never sent through Redis. Layout, little-endian:
 *   0  "NKKANSH1"        8  features (u32)   12 targets (u32)   16 rows (f64)
 *   24 SHA-256 of the payload (32 bytes)     56 zeros up to 64
 *   64 x: f64[rows·features], then y: f64[rows·targets]
 * The SHA-256 is the data's fingerprint: jobs carry the coordinator's, so a worker never trains
 * on other data than the coordinator's, and a damaged file is caught when it is read.
 * Node only (its modules are imported when used: this file is part of the library's bundle).
 */
import type { Dataset, FloatArray } from '../data/data.js'
import { NkkanError } from '../errors.js'

const MAGIC = 'NKKANSH1'
const HEADER_BYTES = 64

/** The bytes of the values as float64 (shards store f64; f32 data sets are widened exactly). */
function bytesOf(values: FloatArray): Uint8Array {
  const wide = values instanceof Float64Array ? values : Float64Array.from(values)
  return new Uint8Array(wide.buffer, wide.byteOffset, wide.byteLength)
}

/**
 * node:crypto, imported once: an import() per call goes through the module loader each time
 * (about 3 ms under tsx's loader hooks, several times a round's checksums).
 */
let crypto: Promise<typeof import('node:crypto')> | undefined

/** SHA-256 (hex) of the parts, in order. */
export async function sha256(...parts: Uint8Array[]): Promise<string> {
  const { createHash } = await (crypto ??= import('node:crypto'))
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part)
  return hash.digest('hex')
}

/** The fingerprint of a data set: SHA-256 of x then y, as stored in a shard. */
export function dataFingerprint(data: Dataset): Promise<string> {
  return sha256(bytesOf(data.x), bytesOf(data.y))
}

function header(data: Dataset, fingerprint: string): Uint8Array {
  const bytes = new Uint8Array(HEADER_BYTES)
  const view = new DataView(bytes.buffer)
  bytes.set(new TextEncoder().encode(MAGIC), 0)
  view.setUint32(8, data.features, true)
  view.setUint32(12, data.targets, true)
  view.setFloat64(16, data.rows, true)
  bytes.set(Buffer.from(fingerprint, 'hex'), 24)
  return bytes
}

function isURL(source: string): boolean {
  return /^(https?|file):\/\//i.test(source)
}

/**
 * Writes `data` to `file` as a shard, through a temporary file renamed over it: a worker never
 * reads half of one (a worker reading the old file keeps reading it). Resolves with the data's
 * fingerprint.
 */
export async function writeShard(file: string, data: Dataset, fingerprint?: string): Promise<string> {
  const print = fingerprint ?? (await dataFingerprint(data))
  const { open, rename } = await import('node:fs/promises')
  const temporary = `${file}.${process.pid}.tmp`
  const handle = await open(temporary, 'w')
  try {
    for (const part of [header(data, print), bytesOf(data.x), bytesOf(data.y)]) await handle.write(part)
  } finally {
    await handle.close()
  }
  await rename(temporary, file)
  return print
}

/** Reads a shard from a path or a URL (http, https, file) and checks it against its fingerprint. */
export async function readShard(source: string): Promise<{ data: Dataset; fingerprint: string }> {
  let bytes: Uint8Array
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source)
    if (!response.ok) throw new NkkanError('E_FORMAT', `shard ${source}: HTTP ${response.status} ${response.statusText}`)
    bytes = new Uint8Array(await response.arrayBuffer())
  } else {
    const { readFile } = await import('node:fs/promises')
    const { fileURLToPath } = await import('node:url')
    const file = await readFile(isURL(source) ? fileURLToPath(source) : source)
    // A fresh, aligned buffer: the f64 views need an offset that is a multiple of 8.
    bytes = new Uint8Array(file.byteLength)
    bytes.set(file)
  }
  if (bytes.byteLength < HEADER_BYTES || new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC) {
    throw new NkkanError('E_FORMAT', `shard ${source} is not an nkkan shard (it must start with ${MAGIC}; fit or nkkan train --shard writes one)`)
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES)
  const features = view.getUint32(8, true)
  const targets = view.getUint32(12, true)
  const rows = view.getFloat64(16, true)
  const expected = HEADER_BYTES + 8 * rows * (features + targets)
  if (!Number.isInteger(rows) || features < 1 || targets < 1 || rows < 1 || bytes.byteLength !== expected) {
    throw new NkkanError('E_FORMAT', `shard ${source} has ${bytes.byteLength} bytes; its header (${rows} rows, ${features} features, ${targets} targets) needs ${expected}`)
  }
  const x = new Float64Array(bytes.buffer, bytes.byteOffset + HEADER_BYTES, rows * features)
  const y = new Float64Array(bytes.buffer, bytes.byteOffset + HEADER_BYTES + 8 * rows * features, rows * targets)
  const stated = Buffer.from(bytes.subarray(24, 56)).toString('hex')
  const fingerprint = await sha256(bytesOf(x), bytesOf(y))
  if (fingerprint !== stated) throw new NkkanError('E_FORMAT', `shard ${source} is damaged: its data's SHA-256 is ${fingerprint}, its header says ${stated}`)
  return { data: { x, y, rows, features, targets }, fingerprint }
}

/** The file of a shard given as a path or a file: URL (the coordinator writes it); undefined for http(s). */
export async function shardFile(shard: string): Promise<string | undefined> {
  if (/^https?:\/\//i.test(shard)) return undefined
  if (!isURL(shard)) return shard
  const { fileURLToPath } = await import('node:url')
  return fileURLToPath(shard)
}
