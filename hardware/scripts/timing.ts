/**
 * A clock estimate with routing counted for 7-series netlists, where no open place and route
 * exists: yosys `sta` over the mapped cells, once with the cells' delays alone (logic only: an
 * upper bound on fmax) and once with every general-routing net on every path charged NET_NS
 * (the estimate). yosys' Xilinx library (cells_sim.v) gives the cells' delays and setup times,
 * from prjxray-db's Artix-7 timing; the per-net charge is added to each of its timing arcs and
 * setup checks whose input is reached through the general interconnect, so `sta` finds the path
 * with the most logic plus routing, not the logic-only path with routing added afterwards.
 * Inputs wired inside a slice or a DSP column (CARRY4 CI from the carry below, MUXF7/MUXF8 data
 * from the slice's LUTs and F7 multiplexers, DSP48E1 cascades) are not charged: they do not use
 * the interconnect. Everything else is, including a LUT feeding the carry chain of its own slice.
 */

/**
 * Routing charged per net (ns). The largest routed net on a Vivado critical path of a LiteX SoC
 * on the XC7A200T-1 (Digilent Nexys Video) is 1.281 ns (eight general nets of 0.295–1.281 ns,
 * mean 0.83 ns; the report is kept in SpinalHDL/VexiiRiscv,
 * src/main/scala/vexiiriscv/execute/lsu/Prefetcher.scala): every net is charged at least that.
 */
export const NET_NS = 1.3

/** Clock skew, jitter and uncertainty beyond the library's setup times (ns). */
export const MARGIN_NS = 0.5

/** Inputs of each cell type fed by dedicated wiring, not by the general interconnect. */
const DEDICATED: Readonly<Record<string, readonly string[]>> = {
  CARRY4: ['CI'],
  MUXF7: ['I0', 'I1'],
  MUXF8: ['I0', 'I1'],
  DSP48E1: ['PCIN', 'ACIN', 'BCIN', 'CARRYCASCIN', 'MULTSIGNIN'],
}

function dedicated(type: string | undefined, pin: string): boolean {
  return (DEDICATED[type ?? ''] ?? []).includes(pin)
}

/** I/O and clock buffers: their nets are the board's and the clock tree's, not the design's. */
const BUFFER = /^(I|O|IO)BUF|^BUF/

/** cells_sim.v with `netPs` added to every timing arc and setup check of a logic cell whose input is a general-routing one. */
export function routedLibrary(library: string, netPs: number): string {
  return library
    .split(/(?=^module )/m)
    .map((module) => {
      const type = /^module\s+([\w$]+)/.exec(module)?.[1] ?? ''
      return BUFFER.test(type) ? module : chargeNets(module, type, netPs)
    })
    .join('')
}

function chargeNets(module: string, type: string, netPs: number): string {
  const arcs = module.replace(/\(\s*([A-Za-z_]\w*)(\s*\[[^\]]*\])?\s*([*=])>\s*([^()]*?)\)\s*=\s*([^;]+);/g, (all, src: string, index: string | undefined, op: string, dst: string, delay: string) =>
    dedicated(type, src) ? all : `(${src}${index ?? ''} ${op}> ${dst}) = ${netPs} + ${delay};`,
  )
  return arcs.replace(/\$setup\(\s*([A-Za-z_]\w*)((?:\s*\[[^\]]*\])?\s*,[^;]*,)([^,;]*)\);/g, (all, src: string, middle: string, limit: string) =>
    dedicated(type, src) ? all : `$setup(${src}${middle} ${netPs} + ${limit});`,
  )
}

/** The longest path `sta` reports: its arrival, the cells from the launching one to the endpoint, and its nets. */
export interface CriticalPath {
  /** Arrival at the endpoint (ns), from the clock input. */
  readonly ns: number
  /** Cell types from the launching register to the endpoint, repeats counted ("CARRY4 ×8"). */
  readonly cells: string
  /** Nets through the general interconnect. */
  readonly nets: number
  /** Whether the endpoint is a cell input with a setup check (else sta could not name it). */
  readonly endpointKnown: boolean
}

const CLOCK_PINS = /^(C|CLK|WCLK|CLKARDCLK|CLKBWRCLK|RDCLK|WRCLK)$/

/** Parses the critical path of a yosys `sta` report, or undefined if it has none. */
export function criticalPath(report: string): CriticalPath | undefined {
  const head = /Latest arrival time in '[^']*' is (\d+):\n((?:.*\n)*?)\n/.exec(report)
  if (head === null) return undefined
  const types: string[] = []
  let nets = 0
  let endpointKnown = false
  let counted = false
  for (const line of head[2]!.split('\n')) {
    const cell = /^\s+\d+ .*\((?:<unknown>|(\w+)\.(\w+)(?:\[\d+\])?(?:->(\w+))?)\)$/.exec(line)
    if (cell === null) {
      // a net: the input net of the cell above it, counted unless dedicated
      if (counted && line.trim() !== '' && !line.includes('Warning')) nets++
      counted = false
      continue
    }
    const [, type, input, output] = cell
    if (types.length === 0) endpointKnown = type !== undefined && output === undefined
    if (output !== undefined && CLOCK_PINS.test(input!)) {
      types.push(type!)
      break
    }
    if (type !== undefined) types.push(type)
    counted = input === undefined || !dedicated(type, input)
  }
  types.reverse()
  const runs: string[] = []
  for (let i = 0; i < types.length; ) {
    let j = i
    while (j < types.length && types[j] === types[i]) j++
    runs.push(j - i > 1 ? `${types[i]} ×${j - i}` : types[i]!)
    i = j
  }
  return { ns: Number(head[1]) / 1000, cells: runs.join(' → '), nets, endpointKnown }
}

/** The clock period (ns) the routed critical path needs: its arrival, its last net when sta did not charge it, and MARGIN_NS. */
export function routedPeriod(path: CriticalPath): number {
  return path.ns + (path.endpointKnown ? 0 : NET_NS) + MARGIN_NS
}
