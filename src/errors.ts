/** Stable error codes: what kind of problem, so callers can branch without parsing messages. */
export type NkkanErrorCode =
  | 'E_SHAPE' // lengths or sizes that do not match the declared shape
  | 'E_VALUE' // a NaN, an Infinity, or a number outside its allowed range
  | 'E_OPTION' // an option that is missing, of the wrong type or out of range
  | 'E_FORMAT' // a model JSON of another version, or a damaged one
  | 'E_STATE' // a call that the model's state does not allow (disposed, not trained)
  | 'E_WORKER' // a worker thread that threw or died
  | 'E_ABORT' // cancelled through an AbortSignal
  | 'E_RUNTIME' // the runtime lacks what nkkan needs: WebAssembly (with SIMD), or the memory asked for

/** The one error type nkkan throws; `code` is stable, `message` says what and where. */
export class NkkanError extends Error {
  /** What kind of error: stable across versions, for programs to branch on. */
  readonly code: NkkanErrorCode

  constructor(code: NkkanErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'NkkanError'
    this.code = code
  }
}

/** E_ABORT for a fired signal: `message` says what stopped and what is kept; the signal's reason is the cause. */
export function abortError(signal: AbortSignal | undefined, message: string): NkkanError {
  return new NkkanError('E_ABORT', message, { cause: signal?.reason })
}

/** Throws abortError(signal, message) if the signal has fired. */
export function throwIfAborted(signal: AbortSignal | undefined, message: string): void {
  if (signal?.aborted === true) throw abortError(signal, message)
}

/**
 * `work`, unless `signal` fires first (or has fired): then a rejection with abortError(signal,
 * message). The listener is removed when either settles; `work` itself is not stopped.
 */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined, message: string): Promise<T> {
  if (signal === undefined) return work
  let onAbort: (() => void) | undefined
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(abortError(signal, message))
    if (signal.aborted) onAbort()
    else signal.addEventListener('abort', onAbort, { once: true })
  })
  return Promise.race([work, aborted]).finally(() => signal.removeEventListener('abort', onAbort!))
}
