/**
 * What travels through Redis: a job trains one copy for one round (the merged parameter block,
 * the batch's rows, α, where the data are), its result is the trained block. Blocks are the raw
 * bytes of a parameter copy in wasm memory (src/kernels/layout.ts), base64 in the job's JSON, with a
 * SHA-256 so that a damaged or mismatched block is rejected instead of trained on or merged.
 */
import { NkkanError } from '../errors.js'
import { field } from '../untrusted.js'
import type { ModelShape } from '../model/model.js'
import { sha256 } from './shard.js'

export interface TrainJob {
  /** The run: job ids and the checkpoint key start with it. */
  readonly run: string
  readonly round: number
  readonly copy: number
  readonly shape: ModelShape
  /** Where the worker reads the training data (path or URL) and their fingerprint. */
  readonly shard: string
  readonly fingerprint: string
  /** Rows [start, end) pairs, flat: one pair, or two when the batch wraps round the data. */
  readonly ranges: readonly number[]
  readonly alpha: number
  /** The merged model's parameter block (base64) and its SHA-256. */
  readonly block: string
  readonly checksum: string
}

export interface TrainResult {
  /** The worker's name (host:pid unless given). */
  readonly worker: string
  /** The trained block (base64), its SHA-256, and the SHA-256 of the block it started from. */
  readonly block: string
  readonly checksum: string
  readonly input: string
  /** Seconds in the training kernels. */
  readonly seconds: number
}

export interface EncodedBlock {
  readonly block: string
  readonly checksum: string
}

export async function encodeBlock(bytes: Uint8Array): Promise<EncodedBlock> {
  return { block: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'), checksum: await sha256(bytes) }
}

/**
 * The bytes of an encoded block, if it has `bytes` bytes and its SHA-256 is `checksum`;
 * otherwise E_SHAPE or E_VALUE saying `what` was rejected.
 */
export async function decodeBlock(encoded: EncodedBlock, bytes: number, what: string): Promise<Uint8Array> {
  // An encoded block comes from another process: checked as untyped data.
  if (typeof field(encoded, 'block') !== 'string' || typeof field(encoded, 'checksum') !== 'string') throw new NkkanError('E_SHAPE', `${what} has no parameter block: rejected`)
  const decoded = Buffer.from(encoded.block, 'base64')
  if (decoded.byteLength !== bytes) throw new NkkanError('E_SHAPE', `${what} has a parameter block of ${decoded.byteLength} bytes; the model's is ${bytes}: rejected`)
  const checksum = await sha256(decoded)
  if (checksum !== encoded.checksum) throw new NkkanError('E_VALUE', `${what} has a parameter block whose SHA-256 ${checksum} is not its checksum ${encoded.checksum}: rejected`)
  return new Uint8Array(decoded.buffer, decoded.byteOffset, decoded.byteLength)
}
