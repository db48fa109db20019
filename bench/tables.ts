/**
 * Three public tables from the npm package vega-datasets (a devDependency), prepared as a user
 * of the CLI would (`--dates`, `--categorical`), each split 80/20 with seed 1.
 * - weather: weather.csv (Seattle and New York, 2012–2015, 2,922 days), target temp_max;
 *   features location (one-hot), date (day of year), precipitation, temp_min, wind, weather (one-hot): 11.
 * - hourly: seattle-weather-hourly-normals.csv (8,759 hours), target temperature; features
 *   date (day of year, hour), pressure, wind: 4.
 * - flights: flights-200k.json (200,000 flights), target delay; features distance, time: 2.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { type Dataset, type Table, readCSV, splitDataset } from '../src/index.js'

const require = createRequire(import.meta.url)
const folder = join(dirname(require.resolve('vega-datasets')), '..', 'data')

export interface BenchTable {
  readonly name: string
  readonly target: string
  readonly train: Dataset
  readonly valid: Dataset
}

function split(name: string, target: string, table: Table): BenchTable {
  const { train, valid } = splitDataset(table, { valid: 0.2, seed: 1 })
  return { name, target, train, valid }
}

function flights(): Table {
  const records = JSON.parse(readFileSync(join(folder, 'flights-200k.json'), 'utf8')) as { delay: number; distance: number; time: number }[]
  const text = `distance,time,delay\n${records.map((r) => `${r.distance},${r.time},${r.delay}`).join('\n')}\n`
  return readCSV(text, { targets: ['delay'], source: 'flights-200k.json' })
}

export function benchTables(): BenchTable[] {
  const csv = (file: string): string => readFileSync(join(folder, file), 'utf8')
  return [
    split('weather', 'temp_max', readCSV(csv('weather.csv'), { targets: ['temp_max'], dates: ['date'], categorical: ['location', 'weather'], source: 'weather.csv' })),
    split('hourly', 'temperature', readCSV(csv('seattle-weather-hourly-normals.csv'), { targets: ['temperature'], dates: ['date'], source: 'seattle-weather-hourly-normals.csv' })),
    split('flights', 'delay', flights()),
  ]
}
