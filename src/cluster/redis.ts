/**
 * Reaching Redis: the connection options a user gives (URL, ACL user and password, TLS) → the
 * options of ioredis, and the optional packages bullmq and ioredis, loaded when a cluster is
 * first used. They are optional peer dependencies: the library's default install and its
 * browser bundle do without them (the specifiers are not literals, so bundlers leave them be).
 */
import { NkkanError } from '../errors.js'
import type { RedisConnection } from '../train/options.js'

/** Seconds to reach Redis before an operation fails (it is retried meanwhile). */
export const CONNECT_SECONDS = 10

type BullMQ = typeof import('bullmq')
type IORedis = typeof import('ioredis')

const BULLMQ: string = 'bullmq'
const IOREDIS: string = 'ioredis'

async function load<T>(specifier: string): Promise<T> {
  try {
    return (await import(/* @vite-ignore */ specifier)) as T
  } catch (error) {
    throw new NkkanError('E_OPTION', `training on a cluster needs the packages bullmq and ioredis (npm install bullmq ioredis); loading ${specifier} failed: ${(error as Error).message}`, {
      cause: error,
    })
  }
}

export const loadBullMQ = (): Promise<BullMQ> => load<BullMQ>(BULLMQ)
export const loadIORedis = (): Promise<IORedis> => load<IORedis>(IOREDIS)

/** The options of an ioredis connection: a string is a URL. */
export function redisOptions(redis: string | RedisConnection, role: 'coordinator' | 'worker'): Record<string, unknown> {
  const connection = typeof redis === 'string' ? { url: redis } : redis
  if (typeof connection !== 'object' || (connection as unknown) === null || typeof connection.url !== 'string') {
    throw new NkkanError('E_OPTION', `redis must be a URL (redis://host:6379) or { url, username?, password?, tls? }, got ${(redis as unknown) === null ? 'null' : typeof redis}`)
  }
  let url: URL
  try {
    url = new URL(connection.url)
  } catch {
    throw new NkkanError('E_OPTION', `redis URL ${JSON.stringify(connection.url)} is not a URL like redis://127.0.0.1:6379`)
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new NkkanError('E_OPTION', `redis URL must start with redis:// or rediss://, got ${JSON.stringify(connection.url)}`)
  const db = url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0
  if (!Number.isInteger(db) || db < 0) throw new NkkanError('E_OPTION', `redis URL's database ${JSON.stringify(url.pathname.slice(1))} must be an integer ≥ 0`)
  const tls = connection.tls ?? (url.protocol === 'rediss:' ? true : undefined)
  const username = connection.username ?? (url.username === '' ? undefined : decodeURIComponent(url.username))
  const password = connection.password ?? (url.password === '' ? undefined : decodeURIComponent(url.password))
  return {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port === '' ? 6379 : Number(url.port),
    db,
    ...(username === undefined ? {} : { username }),
    ...(password === undefined ? {} : { password }),
    ...(tls === undefined || tls === false ? {} : { tls: tls === true ? {} : { ...tls } }),
    connectTimeout: CONNECT_SECONDS * 1000,
    // BullMQ's blocking connections need it; every wait of ours has its own deadline instead.
    maxRetriesPerRequest: null,
    // A worker waits for Redis to come back; a coordinator gives up (its waits have deadlines).
    retryStrategy: (times: number) => (role === 'worker' ? Math.min(times * 500, 5000) : times * 500 > CONNECT_SECONDS * 1000 ? null : 500),
  }
}

/** Where a connection goes, for messages (never the password). */
export function redisLabel(options: Record<string, unknown>): string {
  return `${String(options.host)}:${String(options.port)}${options.tls === undefined ? '' : ' (TLS)'}`
}

/** Resolves with the promise's value, or rejects with `message` after `seconds`. */
export async function withDeadline<T>(promise: Promise<T>, seconds: number, message: () => string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new NkkanError('E_WORKER', message())), seconds * 1000)
      }),
    ])
  } finally {
    clearTimeout(timer)
  }
}
