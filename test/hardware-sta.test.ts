/**
 * The 7-series clock estimate with routing counted, through yosys: on a mapped netlist, `sta`
 * with the charged library (hardware/scripts/timing.ts) finds the path's logic plus one NET_NS
 * per general net. Needs yosys (Debian package `yosys`); skipped with a message when it is missing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { hasTool, routedCriticalPath } from '../hardware/scripts/tools.js'
import { NET_NS, criticalPath } from '../hardware/scripts/timing.js'

const yosys = hasTool('yosys')
if (!yosys) console.warn('test/hardware-sta.test.ts: SKIPPED — yosys is not installed (apt-get install -y yosys)')

describe.skipIf(!yosys)('routed sta on a mapped netlist (yosys)', () => {
  it('adds one net charge per general net of the path it finds', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'nkkan-timing-'))
    try {
      // two registers, their XOR (one LUT) and a register: 2 general nets, no DSP
      writeFileSync(join(scratch, 'x.v'), 'module x(input clk, input [3:0] a, b, output reg [3:0] y);\n  reg [3:0] a1, b1;\n  always @(posedge clk) begin a1 <= a; b1 <= b; y <= a1 ^ b1; end\nendmodule\n')
      const run = spawnSync('yosys', ['-q', '-p', 'read_verilog x.v; synth_xilinx -flatten -top x; write_rtlil x.il; read_verilog -lib -specify +/xilinx/cells_sim.v; tee -q -o sta.txt sta'], { cwd: scratch, encoding: 'utf8' })
      expect(run.status, run.stderr).toBe(0)
      const logic = criticalPath(readFileSync(join(scratch, 'sta.txt'), 'utf8'))!
      const routed = routedCriticalPath(join(scratch, 'x.il'))!
      expect(logic.cells).toBe('FDRE → LUT2 → FDRE')
      expect(routed.nets).toBe(2)
      expect(routed.ns).toBeCloseTo(logic.ns + 2 * NET_NS, 9)
    } finally {
      rmSync(scratch, { recursive: true, force: true })
    }
  }, 60_000)
})
