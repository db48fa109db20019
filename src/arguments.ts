/**
 * Checks of the arguments of public calls: objects where objects are expected, no misspelled
 * option keys (the error names the closest valid one), numbers where numbers are expected.
 * Everything a caller can pass wrongly becomes a coded NkkanError, never a TypeError.
 */
import { NkkanError } from './errors.js'

/** The object `value`, or E_OPTION (undefined gives `{}` when allowed). */
export function optionsObject(value: unknown, name: string, keys: readonly string[]): Record<string, unknown> {
  if (value === undefined) return {}
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new NkkanError('E_OPTION', `${name} must be an object, got ${describe(value)}`)
  }
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (!keys.includes(key)) {
      throw new NkkanError('E_OPTION', `${name} has no option ${JSON.stringify(key)}; did you mean ${JSON.stringify(closest(key, keys))}? (options: ${keys.join(', ')})`)
    }
  }
  return record
}

/** A short description of a value for messages: its type, and the value if it is short. */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') {
    // Objects without a prototype have no constructor.
    const name = (value as { constructor?: { name?: unknown } }).constructor?.name
    return typeof name === 'string' ? `a ${name}` : 'an object'
  }
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  if (typeof value === 'function') return 'a function'
  // What is left: number, bigint, boolean, symbol, undefined.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- no object reaches this line
  return String(value)
}

/** The valid key nearest to `key` by edit distance (ignoring case). */
export function closest(key: string, keys: readonly string[]): string {
  let best = keys[0]!
  let bestDistance = Infinity
  for (const candidate of keys) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase())
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance]
  }
  return best
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    previous = current
  }
  return previous[b.length]!
}
