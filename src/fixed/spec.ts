/**
 * FixedSpec: the one JSON-serialisable description of an integer-only KAN (ALGORITHM §6).
 * The TS trainer, the wasm kernel (through the header written by ./layout.ts) and the
 * Verilog generator (as localparams) all read their constants from it.
 *
 * Semantics pinned down here (the oracle in test/oracle/fixed.ts is the executable form):
 * every shift is arithmetic (floor), wrap_b(x) reduces x to b-bit two's complement.
 *
 *   layer l, input u_j:  d = u_j - lo;  i = d >> s;  t = d & (2^s - 1)        (0 <= i <= P-2)
 *   f_kj = v_kj[i] + (((v_kj[i+1] - v_kj[i]) · t) >> s)                         (exact product)
 *   z_k  = ((Σ_j f_kj) · mult) >> base
 *   l < L-1:  u'_k = clamp(z_k, clipLo, clipHi);  saved_k = u'_k - z_k           (saved <= 0 above,
 *             >= 0 below the range, so adding it to the update pulls the block back in range)
 *   l = L-1:  prediction = z_k;  e_k = wrap_errorBits(y*_k - z_k);  saved_k = 0
 *   back-propagation, slopes before any update:
 *             e_{l-1}[j] = wrap_errorBits(Σ_k (((v_kj[i+1] - v_kj[i]) · e_l[k]) >> s_l))
 *   update:   g_k = wrap_errorBits((e_l[k] >> a_l) + saved_k);  d = (g_k · t) >> s
 *             v[i+1] = wrap_valueBits(v[i+1] + d);  v[i] = wrap_valueBits(v[i] + g_k - d)
 */
import { NkkanError } from '../errors.js'

/** `FixedSpec.format`: marks a JSON document as a fixed-point spec. */
export const FIXED_FORMAT = 'nkkan-fixed'
/** `FixedSpec.version`: the version of the rules above that a spec follows. */
export const FIXED_VERSION = 1

/** One layer of a FixedSpec: its grid, learning rate, mean multiplier and output clip (all integers). */
export interface FixedLayerSpec {
  /** Blocks m: outputs of this layer (functions per input). */
  units: number
  /** Nodes P of every function of the layer. */
  points: number
  /** Grid start, shared by all inputs of the layer; the grid is [lo, lo + (P-1)·2^s). */
  lo: number
  /** s (deltaShift): segments are 2^s wide. */
  deltaShift: number
  /** a: the learning rate is 2^-a. */
  rateShift: number
  /** Mean multiplier, ≈ 2^base / n. */
  mult: number
  /** Outputs are clamped into [clipLo, clipHi]; null for the last layer (its output is the prediction). */
  clip: [number, number] | null
}

/**
 * The complete description of an integer-only KAN (this file's comment gives the arithmetic): what
 * the integer trainer, the wasm kernel and the Verilog generator all read. JSON-serialisable;
 * write one by hand, derive it from data ranges (deriveSpec) or quantise a float model
 * (quantizeModel); validateSpec checks it.
 */
export interface FixedSpec {
  /** Always FIXED_FORMAT ('nkkan-fixed'). */
  format: typeof FIXED_FORMAT
  /** Always FIXED_VERSION (1). */
  version: typeof FIXED_VERSION
  /** Features of a record; each must be an integer in [inputLo, inputHi]. */
  inputs: number
  /** Smallest value a feature may take (integer). */
  inputLo: number
  /** Largest value a feature may take (integer); a feature outside [inputLo, inputHi] is refused. */
  inputHi: number
  /** Range of the targets: initial node values and the error metric use it. */
  targetLo: number
  /** Upper end of the target range (integer, inclusive). */
  targetHi: number
  /** Shift of the layer mean, y = (Σ f · mult) >> base. */
  base: number
  /** Two's-complement widths. Node values (and layer outputs, inputs, targets) wrap at valueBits. */
  valueBits: number
  /** Residuals e and updates g wrap at errorBits. */
  errorBits: number
  /** Widest exact product (slope × residual, residual × t, slope × t). */
  productBits: number
  /** Forward accumulator Σ_j f · mult. */
  accBits: number
  /** The layers, input first; the last one's outputs are the predictions. */
  layers: FixedLayerSpec[]
}

/** Grid end of a layer: the first integer past the last segment. */
export function gridHi(layer: FixedLayerSpec): number {
  return layer.lo + (layer.points - 1) * 2 ** layer.deltaShift
}

/** Inputs n of layer l. */
export function fixedLayerInputs(spec: FixedSpec, l: number): number {
  return l === 0 ? spec.inputs : (spec.layers[l - 1] as FixedLayerSpec).units
}

export function fixedTargets(spec: FixedSpec): number {
  return (spec.layers[spec.layers.length - 1] as FixedLayerSpec).units
}

/** Bits of the two's-complement form of every integer in [lo, hi]. */
export function signedBits(lo: number, hi: number): number {
  let bits = 1
  while (lo < -(2 ** (bits - 1)) || hi > 2 ** (bits - 1) - 1) bits++
  return bits
}

/** The widths the products and accumulators need for this spec's value and error widths. */
export function requiredWidths(spec: FixedSpec): { productBits: number; accBits: number } {
  const maxShift = Math.max(...spec.layers.map((layer) => layer.deltaShift))
  const slopeBits = spec.valueBits + 1
  // t is unsigned s bits, so signed s+1 bits.
  const productBits = Math.max(slopeBits + spec.errorBits, slopeBits + maxShift + 1, spec.errorBits + maxShift + 1)
  let accBits = 0
  spec.layers.forEach((layer, l) => {
    const n = fixedLayerInputs(spec, l)
    const sumBits = spec.valueBits + Math.ceil(Math.log2(n))
    accBits = Math.max(accBits, sumBits + signedBits(0, layer.mult) - 1)
  })
  return { productBits, accBits }
}

function fail(code: 'E_OPTION' | 'E_VALUE', field: string, message: string): never {
  throw new NkkanError(code, `FixedSpec.${field}: ${message}`)
}

function integer(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) fail('E_OPTION', field, `must be an integer, got ${JSON.stringify(value)}`)
  if (value < min || value > max) fail('E_VALUE', field, `${value} is outside [${min}, ${max}]`)
  return value
}

/**
 * Checks a spec and throws an NkkanError naming the first field that is malformed (E_OPTION)
 * or would overflow or be inconsistent (E_VALUE). Returns the spec for chaining.
 */
export function validateSpec(spec: FixedSpec): FixedSpec {
  // A spec read from JSON is typed FixedSpec before it is checked: these checks are not redundant.
  /* eslint-disable @typescript-eslint/no-unnecessary-condition, @typescript-eslint/restrict-template-expressions */
  if (typeof spec !== 'object' || spec === null) fail('E_OPTION', '', 'must be an object')
  if (spec.format !== FIXED_FORMAT) fail('E_OPTION', 'format', `must be "${FIXED_FORMAT}"`)
  if (spec.version !== FIXED_VERSION) fail('E_OPTION', 'version', `must be ${FIXED_VERSION}`)
  /* eslint-enable @typescript-eslint/no-unnecessary-condition, @typescript-eslint/restrict-template-expressions */
  integer(spec.inputs, 'inputs', 1, 1 << 16)
  // The wasm kernel keeps node values and residuals in i32 and products in i64.
  const vb = integer(spec.valueBits, 'valueBits', 2, 32)
  const eb = integer(spec.errorBits, 'errorBits', 2, 32)
  integer(spec.productBits, 'productBits', 2, 64)
  integer(spec.accBits, 'accBits', 2, 64)
  integer(spec.base, 'base', 0, 30)
  const vMin = -(2 ** (vb - 1))
  const vMax = 2 ** (vb - 1) - 1
  integer(spec.inputLo, 'inputLo', vMin, vMax)
  integer(spec.inputHi, 'inputHi', spec.inputLo, vMax)
  integer(spec.targetLo, 'targetLo', vMin, vMax)
  integer(spec.targetHi, 'targetHi', spec.targetLo, vMax)
  if (eb < vb + 1) fail('E_VALUE', 'errorBits', `${eb} cannot hold target - prediction (needs valueBits + 1 = ${vb + 1})`)
  if (!Array.isArray(spec.layers) || spec.layers.length === 0) fail('E_OPTION', 'layers', 'must be a non-empty array')
  let prevLo = spec.inputLo
  let prevHi = spec.inputHi
  spec.layers.forEach((layer, l) => {
    const at = `layers[${l}]`
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- read from JSON
    if (typeof layer !== 'object' || layer === null) fail('E_OPTION', at, 'must be an object')
    const n = fixedLayerInputs(spec, l)
    integer(layer.units, `${at}.units`, 1, 1 << 16)
    integer(layer.points, `${at}.points`, 2, 1 << 16)
    integer(layer.deltaShift, `${at}.deltaShift`, 0, 30)
    integer(layer.rateShift, `${at}.rateShift`, 0, 31)
    integer(layer.lo, `${at}.lo`, vMin, vMax)
    integer(layer.mult, `${at}.mult`, 1, 2 ** spec.base)
    if (n * layer.mult > 2 ** spec.base) {
      fail('E_VALUE', `${at}.mult`, `${n} inputs × ${layer.mult} > 2^base = ${2 ** spec.base}: the layer mean could leave the value range`)
    }
    const hi = gridHi(layer)
    if (hi - 1 > vMax) fail('E_VALUE', `${at}.points`, `the grid ends at ${hi - 1}, past the ${vb}-bit value range`)
    const source = l === 0 ? 'inputLo..inputHi' : `layers[${l - 1}].clip`
    if (prevLo < layer.lo || prevHi > hi - 1) {
      fail('E_VALUE', `${at}.lo`, `the grid [${layer.lo}, ${hi - 1}] does not cover ${source} = [${prevLo}, ${prevHi}]`)
    }
    const last = l === spec.layers.length - 1
    if (last) {
      if (layer.clip !== null) fail('E_OPTION', `${at}.clip`, 'must be null for the last layer (its output is the prediction)')
      return
    }
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- read from JSON
    if (!Array.isArray(layer.clip) || layer.clip.length !== 2) fail('E_OPTION', `${at}.clip`, 'must be [clipLo, clipHi]')
    prevLo = integer(layer.clip[0], `${at}.clip[0]`, vMin, vMax)
    prevHi = integer(layer.clip[1], `${at}.clip[1]`, prevLo, vMax)
  })
  const need = requiredWidths(spec)
  if (spec.productBits < need.productBits) fail('E_VALUE', 'productBits', `${spec.productBits} < ${need.productBits} needed for exact products`)
  if (spec.accBits < need.accBits) fail('E_VALUE', 'accBits', `${spec.accBits} < ${need.accBits} needed by the forward sum`)
  return spec
}

/** Parses (string) or checks (object) a spec; always returns a validated deep copy. */
export function parseSpec(input: string | FixedSpec): FixedSpec {
  let value: unknown = input
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input) as unknown
    } catch (error) {
      throw new NkkanError('E_FORMAT', `FixedSpec JSON does not parse: ${(error as Error).message}`, { cause: error })
    }
  }
  return validateSpec(structuredClone(value) as FixedSpec)
}

/**
 * The reference spec of ALGORITHM §6 (triangle areas): 6 features in [100, 2000], layers of
 * 53/11/4/1 blocks with 2/12/14/14 nodes, layer 0 on [0, 2^11) with s = 11, a = 13,
 * later layers from -10,000 with s = 17, a = 7; mult = floor(2^13 / n).
 * Widths: 25-bit node values. Targets reach 1,805,000 < 2^21, and 32 epochs from seed 1 move
 * node values up to about 6.2M; ±2^24 leaves 2.7× headroom (test/fixed-trainer.test.ts checks
 * that a 30-bit run gives the same result, i.e. nothing wrapped).
 */
export function triangleSpec(): FixedSpec {
  const base = 13
  const hidden = (units: number, points: number, n: number, nextPoints: number | null): FixedLayerSpec => {
    const layer: FixedLayerSpec = { units, points, lo: -10_000, deltaShift: 17, rateShift: 7, mult: Math.floor(2 ** base / n), clip: null }
    if (nextPoints !== null) layer.clip = [-10_000 + 1, -10_000 + (nextPoints - 1) * 2 ** 17 - 1]
    return layer
  }
  const spec: FixedSpec = {
    format: FIXED_FORMAT,
    version: FIXED_VERSION,
    inputs: 6,
    inputLo: 100,
    inputHi: 2000,
    targetLo: 0,
    targetHi: 1_805_000,
    base,
    valueBits: 25,
    errorBits: 32,
    productBits: 0,
    accBits: 0,
    layers: [
      { units: 53, points: 2, lo: 0, deltaShift: 11, rateShift: 13, mult: Math.floor(2 ** base / 6), clip: [-10_000 + 1, -10_000 + 11 * 2 ** 17 - 1] },
      hidden(11, 12, 53, 14),
      hidden(4, 14, 11, 14),
      hidden(1, 14, 4, null),
    ],
  }
  Object.assign(spec, requiredWidths(spec))
  return validateSpec(spec)
}
