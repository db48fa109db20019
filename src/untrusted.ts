/**
 * Reading values that came from outside the type system — arguments of JavaScript callers,
 * messages from other processes — before they are checked: the checks must hold even when the
 * value is not what its declared type says.
 */

/** `value[key]` if value is an object (or an array), else undefined. */
export function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined
}

/** The length of an array-like value, else undefined. */
export function lengthOf(value: unknown): number | undefined {
  const length = field(value, 'length')
  return typeof length === 'number' ? length : undefined
}
