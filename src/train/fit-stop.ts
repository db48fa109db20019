/**
 * What stops a running fit: the caller's AbortSignal, or the model being disposed. Both end up
 * as one signal that the training loop and the backends check between pieces of work.
 */
import { checkAbort } from './train.js'

export class FitStop {
  private readonly controller = new AbortController()
  private readonly sources: AbortSignal[]
  private readonly onAbort: (event: Event) => void

  constructor(...sources: (AbortSignal | undefined)[]) {
    this.sources = sources.filter((source): source is AbortSignal => source !== undefined)
    this.onAbort = (event) => this.controller.abort((event.target as AbortSignal).reason)
    for (const source of this.sources) {
      if (source.aborted) this.controller.abort(source.reason)
      else source.addEventListener('abort', this.onAbort, { once: true })
    }
  }

  get signal(): AbortSignal {
    return this.controller.signal
  }

  /** Throws E_ABORT once a source has fired. */
  check(): void {
    checkAbort(this.signal)
  }

  /** Stops listening to the sources (a long-lived signal must not keep every fit reachable). */
  release(): void {
    for (const source of this.sources) source.removeEventListener('abort', this.onAbort)
  }
}
