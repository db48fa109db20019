/** Choosing the memory path as the environment does: shared memory needs cross-origin isolation. */
import { vi } from 'vitest'

/**
 * Runs `work` as in a browser page without cross-origin isolation when `shared` is false: no
 * shared memory, so fit and datasets.generate take their private-memory paths.
 */
export async function withMemory<T>(shared: boolean, work: () => Promise<T>): Promise<T> {
  if (shared) return work()
  vi.stubGlobal('crossOriginIsolated', false)
  try {
    return await work()
  } finally {
    vi.unstubAllGlobals()
  }
}
