/**
 * The 7-series clock estimate with routing counted (hardware/scripts/timing.ts): which timing
 * arcs of yosys' cell library are charged a net and how a `sta` report's critical path is read.
 * test/hardware-sta.test.ts runs it through yosys.
 */
import { describe, expect, it } from 'vitest'
import { MARGIN_NS, NET_NS, criticalPath, routedLibrary, routedPeriod } from '../hardware/scripts/timing.js'

const LIBRARY = `module IBUF(output O, input I);
  specify
    (I => O) = 0;
  endspecify
endmodule
module LUT2(output O, input I0, I1);
  specify
    (I0 => O) = 238;
    (I1 => O) = 127;
  endspecify
endmodule
module CARRY4(output [3:0] CO, O, input CI, CYINIT, input [3:0] DI, S);
  specify
    (CI     => CO[0]) = 271;
    (S[0]   => CO[0]) = 380;
  endspecify
endmodule
module MUXF7(output O, input I0, I1, S);
  specify
    (I0 => O) = 217;
    (S => O) = 296;
  endspecify
endmodule
module FDRE(output reg Q, input C, CE, D, R);
  specify
    $setup(D , posedge C &&& CE && !IS_C_INVERTED , /*-46*/ 0);
    if (!IS_C_INVERTED && R == IS_R_INVERTED && CE) (posedge C => (Q : D ^ IS_D_INVERTED)) = 303;
  endspecify
endmodule
module DSP48E1(output [47:0] P, input [29:0] A, input [47:0] PCIN, input CLK);
  specify
    (PCIN *> P) = \\PCIN.P.comb ();
    $setup(A, posedge CLK &&& !IS_CLK_INVERTED, \\A.required () );
  endspecify
endmodule
`

describe('routedLibrary', () => {
  const routed = routedLibrary(LIBRARY, 1300)

  it('charges every arc and setup check reached through the interconnect', () => {
    expect(routed).toContain('(I0 => O) = 1300 + 238;')
    expect(routed).toContain('(I1 => O) = 1300 + 127;')
    expect(routed).toContain('(S[0] => CO[0]) = 1300 + 380;')
    expect(routed).toContain('(S => O) = 1300 + 296;')
    expect(routed).toContain('$setup(D , posedge C &&& CE && !IS_C_INVERTED , 1300 +  /*-46*/ 0);')
    expect(routed).toContain('$setup(A, posedge CLK &&& !IS_CLK_INVERTED, 1300 +  \\A.required () );')
  })

  it('leaves dedicated wiring, clock-to-out and the I/O buffers alone', () => {
    expect(routed).toContain('(CI     => CO[0]) = 271;')
    expect(routed).toContain('(I0 => O) = 217;')  // MUXF7 data from the slice's own LUTs
    expect(routed).toContain('(PCIN *> P) = \\PCIN.P.comb ();')
    expect(routed).toContain('(posedge C => (Q : D ^ IS_D_INVERTED)) = 303;')
    expect(routed).toContain('(I => O) = 0;')
  })
})

// yosys 0.23 `sta` output (shortened names) of a product's partial sums added in the fabric
const REPORT = `
6. Executing STA pass (static timing analysis).
Latest arrival time in 'lt' is 6085:
    6085 $auto$ff.cc:266:slice$2428 (FDRE.D)
           \\l.pb [46]
    6085 $alu.slice[1].carry4 (CARRY4.CI->O)
           $alu.CO [3]
    5067 $alu.slice[0].carry4 (CARRY4.S->CO)
           $alu.X [1]
    4539 $abc$3408 (LUT2.I0->O)
           $alu.A [1]
    4301 $mul.sliceA[0].mul_sliceB_last (DSP48E1.PCIN->P)
           $cascade [0]
    3194 $mul.sliceA[0].sliceB[0].mul (DSP48E1.CLK->PCOUT)
           \\l.clk
      96 $auto$clkbufmap.cc:261:execute$4217 (BUFG.I->O)
           $auto$clkbufmap.cc:262:execute$4218
       0 $iopadmap$lt.clk (IBUF.I->O)
       0   \\clk (<primary input>)

Arrival histogram:
`

describe('criticalPath', () => {
  it('reads the arrival, the cells from the launching one and the general nets of a sta report', () => {
    expect(criticalPath(REPORT)).toEqual({ ns: 6.085, cells: 'DSP48E1 ×2 → LUT2 → CARRY4 ×2 → FDRE', nets: 3, endpointKnown: true })
  })

  it('charges the last net itself when sta cannot name the endpoint', () => {
    const unnamed = REPORT.replace('$auto$ff.cc:266:slice$2428 (FDRE.D)', '(<unknown>)')
    const path = criticalPath(unnamed)!
    expect(path.endpointKnown).toBe(false)
    expect(routedPeriod(path)).toBeCloseTo(6.085 + NET_NS + MARGIN_NS, 9)
    expect(criticalPath('No timing paths found.\n')).toBeUndefined()
  })
})
