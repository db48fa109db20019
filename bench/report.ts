/** Shared output helpers of the benchmarks: a machine line and Markdown tables. */
import os from 'node:os'

export function machineLine(threads: number): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
  return `node ${process.version}, ${cpu}, ${os.cpus().length} logical cores, ${threads} thread(s) used, ${new Date().toISOString().slice(0, 10)}`
}

export function printTable(header: string[], rows: (string | number)[][]): void {
  console.log(`| ${header.join(' | ')} |`)
  console.log(`|${header.map(() => '---').join('|')}|`)
  for (const row of rows) console.log(`| ${row.join(' | ')} |`)
}
