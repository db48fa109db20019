import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

// 8 models trained on 2 workers each and never disposed: their workers end once idle, so the
// process's threads come back to what they were (they were 2 per model, for ever, before).
describe('idle pools release their workers', () => {
  it('forgetting dispose costs no lasting thread', () => {
    const script = `
      import { readdirSync } from 'node:fs'
      import { KAN, datasets } from './src/index.ts'
      import { POOL_IDLE_MS } from './src/kan.ts'
      const threads = () => readdirSync('/proc/self/task').length
      const { train } = datasets.det({ size: 2, train: 2000, valid: 1 })
      const before = threads()
      const models = []
      for (let m = 0; m < 8; m++) {
        const model = KAN.create({ inputs: 4, layers: [{ units: 5, points: 3 }, { units: 1, points: 5 }] })
        await model.fit(train, { threads: 2, rounds: 2 })
        models.push(model)
      }
      const busy = threads()
      await new Promise((resolve) => setTimeout(resolve, POOL_IDLE_MS + 1500))
      console.log(JSON.stringify({ before, busy, after: threads(), trained: models.every((m) => m.trained) }))`
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: process.cwd(), timeout: 60_000, encoding: 'utf8' })
    expect(child.stderr).toBe('')
    const { before, busy, after, trained } = JSON.parse(child.stdout) as Record<string, number | boolean>
    expect(busy as number).toBeGreaterThanOrEqual((before as number) + 16)
    expect(after as number).toBeLessThanOrEqual((before as number) + 2)
    expect(trained).toBe(true)
  }, 70_000)
})
