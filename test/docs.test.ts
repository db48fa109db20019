/**
 * The API reference (`npm run docs`, typedoc.json → docs/api) builds without a single TypeDoc
 * warning: every exported symbol and member is documented, every {@link} resolves. Slow under
 * load, hence the generous limits (they catch hangs, not slowness). Built into a temporary folder
 * so the checkout's docs/api (ignored by git) is left alone.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const TYPEDOC = join(dirname(createRequire(import.meta.url).resolve('typedoc/package.json')), 'bin', 'typedoc')
const out = mkdtempSync(join(tmpdir(), 'nkkan-docs-'))

afterAll(() => rmSync(out, { recursive: true, force: true }))

describe('API reference (TypeDoc)', () => {
  it('builds with --treatWarningsAsErrors and documents KAN', () => {
    const result = spawnSync(process.execPath, [TYPEDOC, '--treatWarningsAsErrors', '--out', out], { cwd: ROOT, encoding: 'utf8', timeout: 170_000 })
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0)
    const index = readFileSync(join(out, 'index.html'), 'utf8')
    expect(index).toContain('KAN')
    expect(existsSync(join(out, 'classes', 'KAN.html'))).toBe(true)
  }, 180_000)
})
