/** Assertions on NkkanError rejections and throws. */
import { expect } from 'vitest'
import { NkkanError } from '../../src/index.js'

/** The NkkanError a promise rejects with (fails the test if it resolves or rejects otherwise). */
export async function rejection(promise: Promise<unknown>): Promise<NkkanError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(NkkanError)
    return error as NkkanError
  }
  throw new Error('expected a rejection')
}

/** The NkkanError a function throws (fails the test if it returns or throws otherwise). */
export function thrown(fn: () => unknown): NkkanError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(NkkanError)
    return error as NkkanError
  }
  throw new Error('expected an error')
}
