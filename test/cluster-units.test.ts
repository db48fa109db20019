/**
 * The parts of cluster training that need no Redis (src/cluster/): the shard file, connection
 * options, the fit options, and a worker's training of one copy — which must give the bits of
 * copy c of `fit({ copies: K })` after one round, and reject bad jobs.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { KAN, datasets } from '../src/index.js'
import { encodeBlock } from '../src/cluster/jobs.js'
import { redisOptions } from '../src/cluster/redis.js'
import { dataFingerprint, readShard, writeShard } from '../src/cluster/shard.js'
import { BadJobError, CopyTrainer } from '../src/cluster/trainer.js'
import { Engine } from '../src/kernels/engine.js'
import { planMemory } from '../src/kernels/layout.js'
import { type ModelShape, initialState } from '../src/model/model.js'
import { roundBatches } from '../src/train/train.js'

const { train } = datasets.det({ size: 4, train: 3000, valid: 10, seed: 2 })
let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nkkan-cluster-units-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('shard files', () => {
  it('round-trip the data exactly; a damaged or truncated one is refused, and written anew by the coordinator', async () => {
    const file = join(dir, 'train.nkd')
    const fingerprint = await writeShard(file, train)
    expect(fingerprint).toBe(await dataFingerprint(train))
    const { data } = await readShard(file)
    expect([data.rows, data.features, data.targets]).toEqual([train.rows, train.features, train.targets])
    expect(Buffer.from(data.x.buffer, data.x.byteOffset, data.x.byteLength).equals(Buffer.from(train.x.buffer))).toBe(true)
    expect(Buffer.from(data.y.buffer, data.y.byteOffset, data.y.byteLength).equals(Buffer.from(train.y.buffer))).toBe(true)
    expect((await readShard(`file://${file}`)).fingerprint).toBe(fingerprint)
    const bytes = await readFile(file)
    bytes[100]! ^= 1
    await writeFile(file, bytes)
    await expect(readShard(file)).rejects.toThrow(/is damaged: its data's SHA-256 is \w+, its header says \w+/)
    await writeShard(file, train)
    expect((await readShard(file)).fingerprint).toBe(fingerprint)
    await writeFile(file, bytes.subarray(0, 1000))
    await expect(readShard(file)).rejects.toThrow(/has 1000 bytes; its header \(3000 rows, 16 features, 1 targets\) needs/)
    await writeFile(file, 'a,b\n1,2\n')
    await expect(readShard(file)).rejects.toThrow(/is not an nkkan shard/)
  })
})

describe('Redis connection options', () => {
  it('take the ACL user, password, database and TLS from the URL or the options; refuse other URLs', () => {
    expect(redisOptions('redis://127.0.0.1:6400/2', 'worker')).toMatchObject({ host: '127.0.0.1', port: 6400, db: 2 })
    expect(redisOptions('redis://127.0.0.1', 'worker')).not.toHaveProperty('tls')
    expect(redisOptions('rediss://al%40ice:p%3Ass@127.0.0.1', 'worker')).toMatchObject({ port: 6379, username: 'al@ice', password: 'p:ss', tls: {} })
    expect(redisOptions({ url: 'redis://u:p@127.0.0.1', username: 'v', password: 'q', tls: { ca: 'PEM' } }, 'coordinator')).toMatchObject({ username: 'v', password: 'q', tls: { ca: 'PEM' } })
    expect(() => redisOptions('http://127.0.0.1', 'worker')).toThrow(/must start with redis:\/\/ or rediss:\/\//)
    expect(() => redisOptions('127.0.0.1:6379', 'worker')).toThrow(/is not a URL/)
    expect(() => redisOptions('redis://127.0.0.1/x', 'worker')).toThrow(/database "x" must be an integer/)
  })
})

describe('fit with cluster options', () => {
  const cluster = { redis: 'redis://127.0.0.1:1', shard: join(tmpdir(), 'never.nkd') }
  it.each([
    [{ cluster }, /cluster needs copies/],
    [{ copies: 2, threads: 2, cluster }, /threads does not apply to training on a cluster/],
    [{ copies: 2, windowRows: 100, cluster }, /windowRows does not apply/],
    [{ copies: 2, cluster: { ...cluster, shard: '' } }, /cluster.shard must be the path or URL/],
    [{ copies: 2, cluster: { ...cluster, queue: 'a b' } }, /cluster.queue must be 1-200 letters/],
    [{ copies: 2, cluster: { ...cluster, roundTimeout: 0 } }, /cluster.roundTimeout must be a number of seconds > 0/],
    [{ copies: 2, cluster: { ...cluster, attempts: 0 } }, /cluster.attempts must be an integer ≥ 1/],
  ])('refuses %j', async (options, message) => {
    const model = KAN.create({ inputs: 16, layers: [{ units: 3, points: 3 }, { units: 1, points: 4 }] })
    await expect(model.fit(train, options as never)).rejects.toThrow(message)
    await model.dispose()
  })
})

describe('a worker training one copy', () => {
  const shape: ModelShape = { inputs: 16, layers: [{ units: 9, points: 3 }, { units: 1, points: 7 }], form: 'mean', precision: 'f64' }
  const copies = 3
  const batchSize = 700

  async function firstJob(copy: number, shard: string): Promise<Parameters<CopyTrainer['train']>[0]> {
    const engine = new Engine(planMemory({ shape, threads: 1, copies: 1 }))
    engine.writeModel(initialState(shape, train, 4), 0)
    const ranges = roundBatches(0, copies, batchSize, train.rows)[copy]!.flat()
    return { run: 'unit', round: 1, copy, shape, shard, fingerprint: await dataFingerprint(train), ranges, alpha: 0.3, ...(await encodeBlock(engine.copyBytes(0))) }
  }

  it('trains the bits copy c of fit({ copies: 3 }) has after its first round (their mean is the model)', async () => {
    const shard = join(dir, 'copy.nkd')
    await writeShard(shard, train)
    const trainer = new CopyTrainer('unit')
    const merged = new Engine(planMemory({ shape, threads: 1, copies }))
    for (let copy = 0; copy < copies; copy++) {
      const result = await trainer.train(await firstJob(copy, shard))
      merged.copyBytes(copy).set(Buffer.from(result.block, 'base64'))
    }
    merged.averageCopies()
    merged.refreshInverseDx(0)
    const state = initialState(shape, train, 4)
    merged.readModel(state, 0)
    const model = KAN.create({ inputs: 16, layers: shape.layers, seed: 4 })
    await model.fit(train, { copies, threads: 1, batchSize, rounds: 1, learningRate: 0.3 })
    const reference = model.toJSON().layers
    state.layers.forEach((layer, l) => expect(Array.from(layer.values)).toEqual((reference[l] as { values: number[] }).values))
    await model.dispose()
  })

  it('rejects a job with a bad block, rows outside the shard, a bad α or another shape — as not worth retrying', async () => {
    const shard = join(dir, 'bad.nkd')
    await writeShard(shard, train)
    const job = await firstJob(0, shard)
    const trainer = new CopyTrainer('unit')
    const bad = [
      [{ ...job, checksum: '0'.repeat(64) }, /SHA-256 \w+ is not its checksum 0+: rejected/],
      [{ ...job, ...(await encodeBlock(Buffer.from(job.block, 'base64').subarray(8))) }, /parameter block of \d+ bytes; the model's is \d+: rejected/],
      [{ ...job, ranges: [2900, 3100] }, /rows \[2900,3100\] are not ranges within the shard's 3000 rows/],
      [{ ...job, ranges: [5] }, /are not ranges/],
      [{ ...job, alpha: Number.NaN }, /learning rate NaN is not a finite number > 0/],
      [{ ...job, shape: { ...shape, inputs: 3 } }, /shard .* has 16 features and 1 targets; the model takes 3 and 1/],
    ] as const
    for (const [request, message] of bad) {
      const error = await trainer.train(request).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(BadJobError)
      expect((error as Error).message).toMatch(message)
    }
    await expect(trainer.train({ ...job, fingerprint: 'f'.repeat(64) })).rejects.toThrow(/holds other data \(SHA-256 \w+\) than the coordinator trains on \(f+\)/)
  })
})
