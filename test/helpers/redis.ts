/**
 * A throwaway redis-server on 127.0.0.1 (a free port, a temporary folder, no persistence) and
 * `nkkan worker` processes, for the cluster tests.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '..', '..')

export function hasRedisServer(): boolean {
  return spawnSync('sh', ['-c', 'command -v redis-server'], { stdio: 'ignore' }).status === 0
}

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as { port: number }
  await new Promise((done) => server.close(done))
  return port
}

/** Resolves once `pattern` appears in the child's output; rejects on exit or after `seconds`. */
function waitForOutput(child: ChildProcess, pattern: RegExp, seconds: number, what: string): Promise<void> {
  return new Promise((done, fail) => {
    let text = ''
    const timer = setTimeout(() => fail(new Error(`${what} did not print ${pattern} within ${seconds} s:\n${text}`)), seconds * 1000)
    const onData = (chunk: Buffer): void => {
      text += chunk.toString()
      if (pattern.test(text)) {
        clearTimeout(timer)
        done()
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      fail(new Error(`${what} exited (code ${code}):\n${text}`))
    })
  })
}

export interface RedisServer {
  readonly url: string
  readonly port: number
  readonly dir: string
  stop(): Promise<void>
}

/**
 * config: extra lines of redis.conf (ACL users…). tls: serve TLS only, with a server
 * certificate for 127.0.0.1 signed by a new private CA (`ca.pem` in the server's folder).
 */
export async function startRedis(options: { config?: readonly string[]; tls?: boolean } = {}): Promise<RedisServer> {
  const dir = await mkdtemp(join(tmpdir(), 'nkkan-redis-'))
  const port = await freePort()
  const conf = join(dir, 'redis.conf')
  const listen = options.tls === true ? await tlsConfig(dir, port) : [`port ${port}`]
  await writeFile(conf, [...listen, 'bind 127.0.0.1', `dir ${dir}`, 'save ""', 'appendonly no', ...(options.config ?? [])].join('\n') + '\n')
  const child = spawn('redis-server', [conf], { stdio: ['ignore', 'pipe', 'pipe'] })
  await waitForOutput(child, /Ready to accept connections/, 20, 'redis-server')
  return {
    url: `${options.tls === true ? 'rediss' : 'redis'}://127.0.0.1:${port}`,
    port,
    dir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done))
        child.kill('SIGKILL')
        await exited
      }
      await rm(dir, { recursive: true, force: true })
    },
  }
}

/** A private CA and a server certificate for IP 127.0.0.1, made with openssl; the TLS lines of redis.conf. */
async function tlsConfig(dir: string, port: number): Promise<string[]> {
  const openssl = (...args: string[]): void => {
    const result = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' })
    if (result.status !== 0) throw new Error(`openssl ${args.join(' ')} failed: ${result.stderr}`)
  }
  await writeFile(join(dir, 'san.ext'), 'subjectAltName=IP:127.0.0.1\n')
  openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '1', '-subj', '/CN=nkkan test CA')
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1')
  openssl('x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem', '-days', '1', '-extfile', 'san.ext')
  return ['port 0', `tls-port ${port}`, 'tls-cert-file server.pem', 'tls-key-file server.key', 'tls-ca-cert-file ca.pem', 'tls-auth-clients no']
}

export interface WorkerProcess {
  readonly child: ChildProcess
  /** Everything the worker printed. */
  output(): string
  kill(signal?: NodeJS.Signals): Promise<void>
}

/** `nkkan worker` in a child process, once it takes jobs. */
export async function startWorker(args: readonly string[], env: Record<string, string> = {}): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), 'worker', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } })
  let text = ''
  child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()))
  await waitForOutput(child, /is taking jobs/, 120, 'nkkan worker')
  return {
    child,
    output: () => text,
    async kill(signal = 'SIGKILL') {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise((done) => child.once('exit', done))
      child.kill(signal)
      await exited
    },
  }
}
