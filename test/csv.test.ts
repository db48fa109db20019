import { describe, expect, it } from 'vitest'
import { Random, readCSV, readJSONLines, toCSV } from '../src/index.js'
import { thrown } from './helpers/errors.js'

describe('readCSV()', () => {
  it('reads a header, quoted fields and blank lines into features and targets by name', () => {
    const table = readCSV('a,"b, c",y\n1,2.5,3\n\n"4",-5e-1,9\n', { targets: ['y'], source: 'd.csv' })
    expect(table.rows).toBe(2)
    expect(table.featureNames).toEqual(['a', 'b, c'])
    expect(table.targetNames).toEqual(['y'])
    expect(Array.from(table.x)).toEqual([1, 2.5, 4, -0.5])
    expect(Array.from(table.y)).toEqual([3, 9])
  })

  it('selects and orders feature and target columns by name', () => {
    const table = readCSV('y2,a,y1,b\n1,2,3,4\n', { targets: ['y1', 'y2'], features: ['b', 'a'] })
    expect(Array.from(table.x)).toEqual([4, 2])
    expect(Array.from(table.y)).toEqual([3, 1])
  })

  it('names the line and column of a value that is not a number', () => {
    const error = thrown(() => readCSV('x1,x2,y\n1,2,3\n4,abc,6\n', { targets: ['y'], source: 'data.csv' }))
    expect(error.code).toBe('E_VALUE')
    expect(error.message).toBe('data.csv line 3, column "x2": "abc" is not a number')
  })

  it('names the line and column of a missing value, counting blank lines', () => {
    const error = thrown(() => readCSV('x1,x2,y\n1,2,3\n\n4,5,\n', { targets: ['y'], source: 'data.csv' }))
    expect(error.code).toBe('E_VALUE')
    expect(error.message).toBe('data.csv line 4, column "y": missing value')
  })

  it('rejects a row with the wrong number of fields, an unknown column and an open quote', () => {
    expect(thrown(() => readCSV('a,y\n1,2,3\n', { targets: ['y'] })).message).toMatch(/line 2: 3 fields; the header has 2/)
    const unknown = thrown(() => readCSV('a,y\n1,2\n', { targets: ['z'] }))
    expect(unknown.code).toBe('E_OPTION')
    expect(unknown.message).toMatch(/no column "z"; its columns are "a", "y"/)
    expect(thrown(() => readCSV('a,y\n1,"2\n', { targets: ['y'] })).code).toBe('E_FORMAT')
    expect(thrown(() => readCSV('', { targets: ['y'] })).code).toBe('E_SHAPE')
  })

  it('reads every number exactly as Number() does, from text or bytes (the fast path and the text parser agree)', () => {
    const random = new Random(5)
    const formats = [
      (v: number) => String(v), (v: number) => v.toFixed(6), (v: number) => v.toPrecision(17), (v: number) => v.toExponential(12),
      (v: number) => ` ${v.toPrecision(15)}\t`, (v: number) => `+${Math.abs(v).toFixed(3)}e-7`, (v: number) => `00${Math.abs(v).toFixed(20).slice(0, 19)}`,
      (v: number) => `${Math.trunc(v)}.`, (v: number) => `-.${(Math.abs(v * 1e6) % 1e9).toFixed(0).padStart(8, '0')}E+25`, (v: number) => `${Math.abs(v).toFixed(0)}e-30`,
    ]
    const cells: string[] = []
    for (let q = 0; q < 4000; q++) cells.push(formats[q % formats.length]!(random.uniform(-1, 1) * 10 ** random.integer(-12, 16)))
    cells.push('-0', '0.0e400', '9007199254740993', '1e22', '1e23', '123456789012345678901234567890', '4.35', '0.1e-22')
    const text = `a,y\n${cells.map((cell) => `${cell},1`).join('\n')}\n`
    // The last field of the text ends it without a line break in the third reading.
    for (const table of [readCSV(text, { targets: ['y'] }), readCSV(new TextEncoder().encode(text), { targets: ['y'] }), readCSV(`y,a\n${cells.map((cell) => `1,${cell}`).join('\n')}`, { targets: ['y'] })]) {
      expect(table.rows).toBe(cells.length)
      const wrong = cells.findIndex((cell, r) => !Object.is(table.x[r], Number(cell.trim())))
      expect(wrong < 0 ? undefined : `${cells[wrong]} → ${table.x[wrong]}`).toBeUndefined()
    }
  })

  it('reads features only when no targets are named', () => {
    const table = readCSV('a,b\n1,2\n', { targets: [] })
    expect(table.features).toBe(2)
    expect(table.targets).toBe(0)
  })
})

describe('readJSONLines()', () => {
  it('reads one object per line; numeric strings count as numbers', () => {
    const table = readJSONLines('{"a": 1, "y": 2}\n\n{"a": "3", "y": 4}\n', { targets: ['y'] })
    expect(Array.from(table.x)).toEqual([1, 3])
    expect(Array.from(table.y)).toEqual([2, 4])
  })

  it('names the line and column of a bad or missing value', () => {
    expect(thrown(() => readJSONLines('{"a": 1, "y": 2}\n{"a": "x", "y": 4}\n', { targets: ['y'], source: 'd.jsonl' })).message).toBe(
      'd.jsonl line 2, column "a": "x" is not a number',
    )
    expect(thrown(() => readJSONLines('{"a": 1, "y": 2}\n{"y": 4}\n', { targets: ['y'], source: 'd.jsonl' })).message).toBe('d.jsonl line 2, column "a": missing value')
    expect(thrown(() => readJSONLines('{"a": 1\n', { targets: ['y'] })).code).toBe('E_FORMAT')
  })
})

describe('toCSV()', () => {
  it('writes a header and rows that read back exactly', () => {
    const values = new Float64Array([0.1 + 0.2, -1e-300, 12345.678, 2 / 3])
    const text = toCSV(values, ['p, 1', 'q'])
    expect(text.split('\n')[0]).toBe('"p, 1",q')
    const back = readCSV(text, { targets: ['q'] })
    expect(Array.from(back.x)).toEqual([values[0], values[2]])
    expect(Array.from(back.y)).toEqual([values[1], values[3]])
  })

  it('rejects values that do not fill whole rows', () => {
    expect(thrown(() => toCSV(new Float64Array(3), ['a', 'b'])).code).toBe('E_SHAPE')
  })
})
