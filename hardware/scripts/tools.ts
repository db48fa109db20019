/**
 * Thin wrappers of the external tools: iverilog/vvp (simulation), yosys (synthesis) and
 * nextpnr-ice40 (place and route for fmax). Each returns parsed numbers; none of them decides
 * what passes, the callers do.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type CriticalPath, NET_NS, criticalPath, routedLibrary, routedPeriod } from './timing.js'

export function hasTool(command: string, versionFlag = '-V'): boolean {
  const result = spawnSync(command, [versionFlag], { encoding: 'utf8' })
  return result.error === undefined
}

export interface SimulationResult {
  readonly pass: boolean
  readonly cyclesPerRecord: number
  readonly output: string
}

/** Compiles tb.v + kan.v in `dir` with iverilog and runs it there (it reads the .hex files of dir). */
export function simulate(dir: string): SimulationResult {
  const scratch = mkdtempSync(join(tmpdir(), 'nkkan-sim-'))
  try {
    const vvp = join(scratch, 'sim.vvp')
    const compile = spawnSync('iverilog', ['-g2001', '-o', vvp, 'tb.v', 'kan.v'], { cwd: dir, encoding: 'utf8' })
    if (compile.status !== 0) return { pass: false, cyclesPerRecord: NaN, output: compile.stderr }
    const run = spawnSync('vvp', ['-n', vvp], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 })
    const output = run.stdout + run.stderr
    const cycles = /CYCLES (\d+) RECORDS (\d+)/.exec(output)
    return {
      pass: run.status === 0 && /^PASS/m.test(output) && !/FAIL|MISMATCH/.test(output),
      cyclesPerRecord: cycles === null ? NaN : Number(cycles[1]) / Number(cycles[2]),
      output,
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

/** xc7: Xilinx 7-series; ice40: iCE40 UP5K (with its SB_MAC16 DSPs); hx8k: iCE40 HX8K (no DSPs). */
export type SynthTarget = 'xc7' | 'ice40' | 'hx8k'

export interface SynthResult {
  readonly target: SynthTarget
  /** LUTs (xc7: with the LUTs of LUT RAM and shift registers) or iCE40 SB_LUT4. */
  readonly luts: number
  readonly ffs: number
  /** Block RAMs: RAMB36E1 equivalents (xc7) or SB_RAM40_4K (ice40). */
  readonly brams: number
  readonly dsps: number
  /**
   * xc7 only: yosys `sta` over the mapped cells' specify delays (the longest register-to-register
   * path in ns, logic only: no routing, clock skew or setup), a lower bound on the clock period.
   */
  readonly logicNs?: number
  /** xc7 only: the logic-only critical path. */
  readonly logicPath?: CriticalPath
  /** xc7 only: the critical path with every general-routing net charged NET_NS (./timing.ts). */
  readonly routedPath?: CriticalPath
  /** xc7 only: the clock period the routed critical path needs (ns; routedPeriod in ./timing.ts). */
  readonly routedNs?: number
  readonly seconds: number
}

function cellCount(stat: string, pattern: RegExp): number {
  let total = 0
  for (const line of stat.split('\n')) {
    const match = /^\s+(\S+)\s+(\d+)\s*$/.exec(line)
    if (match !== null && pattern.test(match[1]!)) total += Number(match[2])
  }
  return total
}

/** Synthesises kan_top from `dir`/kan.v (cwd dir, so $readmemh finds the images) and counts cells. */
export function synthesise(dir: string, target: SynthTarget, json?: string): SynthResult {
  const started = performance.now()
  const out = json === undefined ? '' : ` -json ${json}`
  const command = target === 'xc7' ? 'synth_xilinx -flatten -top kan_top' : `synth_ice40${target === 'ice40' ? ' -dsp' : ''} -top kan_top${out}`
  const scratch = mkdtempSync(join(tmpdir(), 'nkkan-yosys-'))
  const statPath = join(scratch, 'stat.txt')
  const staPath = join(scratch, 'sta.txt')
  const netlist = join(scratch, 'kan.il')
  const sta = target === 'xc7' ? `; write_rtlil ${netlist}; read_verilog -lib -specify +/xilinx/cells_sim.v; tee -q -o ${staPath} sta` : ''
  const result = spawnSync('yosys', ['-q', '-p', `read_verilog -defer kan.v; ${command}; tee -q -o ${statPath} stat${sta}`], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 })
  if (result.status !== 0) throw new Error(`yosys failed for ${target}: ${result.stderr.slice(-2000)}`)
  const stat = readFileSync(statPath, 'utf8')
  const logicPath = target === 'xc7' ? criticalPath(readFileSync(staPath, 'utf8')) : undefined
  const routedPath = target === 'xc7' ? routedCriticalPath(netlist) : undefined
  rmSync(scratch, { recursive: true, force: true })
  const seconds = (performance.now() - started) / 1000
  if (target === 'xc7') {
    return {
      target,
      // LUT RAM and shift registers occupy LUTs too (RAM32M/RAM64M: 4, RAM32X1D/RAM64X1D: 2)
      luts: cellCount(stat, /^LUT[1-6]$/) + 4 * cellCount(stat, /^RAM(32|64)M$/) + 2 * cellCount(stat, /^RAM(32|64)X1D$/) + cellCount(stat, /^(SRL16E|SRLC32E)$/),
      ffs: cellCount(stat, /^FD[RSCP]E$/),
      brams: cellCount(stat, /^RAMB36E1$/) + cellCount(stat, /^RAMB18E1$/) / 2,
      dsps: cellCount(stat, /^DSP48E1$/),
      ...(logicPath === undefined ? {} : { logicNs: logicPath.ns, logicPath }),
      ...(routedPath === undefined ? {} : { routedPath, routedNs: routedPeriod(routedPath) }),
      seconds,
    }
  }
  return {
    target,
    luts: cellCount(stat, /^SB_LUT4$/),
    ffs: cellCount(stat, /^SB_DFF/),
    brams: cellCount(stat, /^SB_RAM40_4K$/),
    dsps: cellCount(stat, /^SB_MAC16$/),
    seconds,
  }
}

/** Where yosys finds `+/xilinx/cells_sim.v` (its share directory; asked, as it resolves `+/` itself). */
function xilinxCells(): string {
  const result = spawnSync('yosys', ['-p', 'read_verilog -lib +/xilinx/cells_sim.v'], { encoding: 'utf8', maxBuffer: 1 << 26 })
  const path = /Parsing Verilog input from `([^']*cells_sim\.v)'/.exec(result.stdout)
  if (path === null) throw new Error(`yosys did not say where +/xilinx/cells_sim.v is: ${result.stderr.slice(-500)}`)
  return path[1]!
}

/**
 * yosys `sta` on a mapped 7-series netlist (RTLIL) with the cells' library charged NET_NS a net
 * (routedLibrary in ./timing.ts). A separate yosys run: a second `sta` in the synthesis run,
 * after the library is replaced, finds no paths in yosys 0.23.
 */
export function routedCriticalPath(netlist: string): CriticalPath | undefined {
  const scratch = mkdtempSync(join(tmpdir(), 'nkkan-sta-'))
  try {
    const library = join(scratch, 'cells_routed.v')
    writeFileSync(library, routedLibrary(readFileSync(xilinxCells(), 'utf8'), Math.round(NET_NS * 1000)))
    const report = join(scratch, 'sta.txt')
    const result = spawnSync('yosys', ['-q', '-p', `read_rtlil ${netlist}; read_verilog -lib -specify ${library}; tee -q -o ${report} sta`], { encoding: 'utf8', maxBuffer: 1 << 26 })
    if (result.status !== 0) throw new Error(`yosys sta failed: ${result.stderr.slice(-2000)}`)
    return criticalPath(readFileSync(report, 'utf8'))
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

export interface RouteResult {
  /** Post-route maximum clock in MHz (nextpnr's timing analysis), undefined if it did not route. */
  readonly fmax: number | undefined
  /** Logic cells used and available (ICESTORM_LC). */
  readonly cells: string | undefined
  readonly log: string
}

/**
 * nextpnr-ice40 on a yosys JSON netlist (ports unconstrained, seed 1). The target clock only
 * steers placement; --timing-allow-fail makes a miss a reported number rather than an exit code.
 */
export function placeAndRoute(json: string, device: 'up5k' | 'hx8k', targetMHz: number): RouteResult {
  const args = [`--${device}`, '--package', device === 'up5k' ? 'sg48' : 'ct256', '--json', json, '--pcf-allow-unconstrained', '--freq', String(targetMHz), '--timing-allow-fail', '--seed', '1']
  const result = spawnSync('nextpnr-ice40', args, { encoding: 'utf8', maxBuffer: 1 << 26 })
  const log = result.stdout + result.stderr
  const matches = [...log.matchAll(/Max frequency for clock\s+'[^']*':\s+([\d.]+) MHz/g)]
  const cells = [...log.matchAll(/ICESTORM_LC:\s+(\d+)\/\s*(\d+)/g)].pop()
  return { fmax: matches.length === 0 ? undefined : Number(matches[matches.length - 1]![1]), cells: cells === undefined ? undefined : `${cells[1]}/${cells[2]}`, log }
}

/** Files of `dir` as a name → text map (for the drift check). */
export function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}
