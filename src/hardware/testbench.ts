/**
 * Integer-trainer vectors → .hex files and a self-checking Verilog testbench. The wasm integer
 * trainer (src/fixed/trainer.ts) produces every expected prediction and the final content of
 * every parameter memory; the testbench streams the records through kan_top and compares both,
 * bit for bit, printing PASS or FAIL and the measured cycles per record.
 */
import type { Dataset } from '../data/data.js'
import { NkkanError } from '../errors.js'
import { type FixedSpec, fixedTargets } from '../fixed/spec.js'
import { FixedTrainer, initialFixedValues } from '../fixed/trainer.js'
import { Random } from '../data/random.js'
import { type HardwareOptions, type HardwarePlan, type MemoryImage, hexWord, imageHex, memoryImages, portShape } from './plan.js'
import { GENERATED_HEADER, toVerilog } from './verilog.js'

/** The traffic of a co-simulation testbench (cosimFiles). */
export interface VectorOptions {
  /** Records streamed through the design, taken in order from `data`. */
  records: number
  /** Share of the records, drawn at random, sent predict-only (in_train = 0), in [0, 1]. Default 0. */
  predict?: number
  /** Share of the cycles, at random, in which the testbench has no record to offer (in_valid low), in [0, 0.9]. Default 0. */
  gaps?: number
  /**
   * Chance, each cycle, that out_ready goes low (back-pressure), in [0, 0.9]; a stall lasts a random
   * 1 to 4 × inferCycles cycles, long enough for the next record to reach its prediction. Default 0.
   */
  stalls?: number
  /** Share of the records, drawn at random, with a feature outside [inputLo, inputHi], in [0, 1]. Default 0. */
  outOfRange?: number
  /** Seed of the initial node values, of the record mix and of the testbench's traffic. Default 1. */
  seed?: number
}

function share(value: number | undefined, name: string, max: number): number {
  const v = value ?? 0
  if (typeof v !== 'number' || !(v >= 0 && v <= max)) throw new NkkanError('E_OPTION', `${name} must be a number in [0, ${max}], got ${String(value)}`)
  return v
}

/** File name → text: the design (kan.v and one $readmemh image per memory). */
export function designFiles(
  spec: FixedSpec,
  options: HardwareOptions,
  values: readonly Int32Array[],
): {
  /** The plan the design follows. */
  plan: HardwarePlan
  /** File name → text. */
  files: Map<string, string>
} {
  const { plan, text } = toVerilog(spec, options)
  const files = new Map<string, string>([['kan.v', text]])
  for (const image of memoryImages(plan, values)) files.set(`${image.name}.hex`, imageHex(image, spec.valueBits))
  return { plan, files }
}

function packRecord(spec: FixedSpec, train: boolean, x: ArrayLike<number>, y: ArrayLike<number>): string {
  const VB = BigInt(spec.valueBits)
  let word = train ? 1n : 0n
  for (let k = y.length - 1; k >= 0; k--) word = (word << VB) | BigInt.asUintN(spec.valueBits, BigInt(y[k]!))
  for (let c = x.length - 1; c >= 0; c--) word = (word << VB) | BigInt.asUintN(spec.valueBits, BigInt(x[c]!))
  return word.toString(16)
}

/** {out_error, out_y} as the testbench compares it. */
function predictionHex(spec: FixedSpec, values: readonly number[], error: boolean): string {
  const bits = values.length * spec.valueBits
  const word = (error ? 1n << BigInt(bits) : 0n) | BigInt(`0x${hexWord(values, spec.valueBits)}`)
  return word.toString(16).padStart(Math.ceil((bits + 1) / 4), '0')
}

function imageLines(images: readonly MemoryImage[], valueBits: number): string {
  return images.map((image) => imageHex(image, valueBits)).join('')
}

/**
 * Runs the wasm integer trainer over the records exactly as the hardware will see them and
 * returns the design, the vectors, the expectations and the testbench, all as file texts.
 */
export function cosimFiles(
  spec: FixedSpec,
  hardware: HardwareOptions,
  data: Dataset,
  options: VectorOptions,
): {
  /** The plan the design follows. */
  plan: HardwarePlan
  /** File name → text: the design, the vectors, the expected outputs and the testbench. */
  files: Map<string, string>
} {
  const seed = options.seed ?? 1
  // the design's memory images hold one set of values and the testbench loads another through the
  // parameter port before the first record: the trainer starts from the loaded set, so a load that
  // did not take would show in every comparison
  const { plan, files } = designFiles(spec, hardware, initialFixedValues(spec, seed))
  const loaded = initialFixedValues(spec, seed + 1)
  const trainer = FixedTrainer.create(spec, { values: loaded })
  const T = fixedTargets(spec)
  const vectors: string[] = []
  const predictions: string[] = []
  const predictShare = share(options.predict, 'predict', 1)
  const badShare = share(options.outOfRange, 'outOfRange', 1)
  share(options.gaps, 'gaps', 0.9)
  share(options.stalls, 'stalls', 0.9)
  const limit = 2 ** (spec.valueBits - 1)
  const mix = new Random(seed + 0x5eed)
  for (let r = 0; r < options.records; r++) {
    const one: Dataset = { ...data, rows: 1, x: data.x.slice(r * spec.inputs, (r + 1) * spec.inputs), y: data.y.subarray(r * T, (r + 1) * T) }
    const train = mix.next() >= predictShare
    if (mix.next() < badShare) {
      // one feature just outside [inputLo, inputHi] (still a valueBits integer): the software rejects
      // the record, the hardware flags it and leaves the parameters alone
      const below = spec.inputLo - 1 - mix.integer(0, 99)
      const above = spec.inputHi + 1 + mix.integer(0, 99)
      one.x[mix.integer(0, spec.inputs - 1)] = below >= -limit ? below : Math.min(above, limit - 1)
      if (one.x.every((v) => v >= spec.inputLo && v <= spec.inputHi)) throw new NkkanError('E_VALUE', 'outOfRange: the spec leaves no value outside [inputLo, inputHi]')
      vectors.push(packRecord(spec, train, one.x, one.y))
      predictions.push(predictionHex(spec, new Array<number>(T).fill(0), true))
      continue
    }
    const predicted = train ? trainer.fit(one) : trainer.predict(one)
    vectors.push(packRecord(spec, train, one.x, one.y))
    predictions.push(predictionHex(spec, Array.from(predicted), false))
  }
  files.set('vectors.hex', vectors.join('\n') + '\n')
  files.set('expect_pred.hex', predictions.join('\n') + '\n')
  files.set('load_params.hex', imageLines(memoryImages(plan, loaded), spec.valueBits))
  const images = memoryImages(plan, trainer.parameters())
  files.set('expect_params.hex', imageLines(images, spec.valueBits))
  files.set('tb.v', testbench(plan, images, options))
  return { plan, files }
}

/** The self-checking testbench (simulation only; not part of the design). */
export function testbench(plan: HardwarePlan, images: readonly MemoryImage[], options: VectorOptions): string {
  const { spec } = plan
  const VB = spec.valueBits
  const T = fixedTargets(spec)
  const N = spec.inputs
  const R = options.records
  const recordBits = (N + T) * VB + 1
  const paramBits = Math.max(...images.map((image) => image.width))
  const totalWords = images.reduce((sum, image) => sum + image.words, 0)
  const port = portShape(plan)
  const gaps = Math.round(100 * (options.gaps ?? 0))
  const stalls = Math.round(100 * (options.stalls ?? 0))
  const seed = options.seed ?? 1
  const o: string[] = [GENERATED_HEADER]
  const w = (line: string): void => {
    o.push(line)
  }
  w('`timescale 1ns/1ps')
  w('module tb;')
  w(`  localparam RECORDS = ${R};`)
  w(`  localparam GAPS = ${gaps}, STALLS = ${stalls}, STALL_MAX = ${4 * plan.inferCycles};  // percent of cycles without a record on offer / starting a stall`)
  w('  reg clk = 1\'b0;')
  w('  always #5 clk = ~clk;')
  w("  reg rst = 1'b1;")
  w(`  reg [${recordBits - 1}:0] vec [0:${R - 1}];        // {train, targets, features}`)
  w(`  reg [${T * VB}:0] exp_pred [0:${R - 1}];         // {error, prediction}`)
  w(`  reg [${paramBits - 1}:0] exp_param [0:${totalWords - 1}], load_param [0:${totalWords - 1}];`)
  w('  integer sent = 0, got = 0, errors = 0, cycles = 0, first = -1, finish = -1, stall = 0, a;')
  w(`  integer seed_in = ${seed}, seed_out = ${seed + 1};`)
  w("  reg offer = 1'b0, held = 1'b0;")
  w(`  reg [${T * VB}:0] held_y;`)
  w("  reg go = 1'b0;  // records flow once the parameters are loaded")
  w('  wire in_valid = go && offer && sent < RECORDS;')
  w(`  wire [${recordBits - 1}:0] rec = vec[sent < RECORDS ? sent : 0];`)
  w('  wire in_ready, out_valid, out_error, cfg_ready, cfg_rvalid;')
  w(`  reg cfg_valid = 1'b0, cfg_write = 1'b0; reg [${port.idBits - 1}:0] cfg_mem = 0; reg [${port.wordBits - 1}:0] cfg_word = 0; reg [${port.dataBits - 1}:0] cfg_wdata = 0;`)
  w(`  wire [${port.dataBits - 1}:0] cfg_rdata;`)
  w('  wire out_ready = stall == 0;')
  w(`  wire [${T * VB - 1}:0] out_y;`)
  w(`  kan_top dut (.clk(clk), .rst(rst), .in_valid(in_valid), .in_ready(in_ready), .in_train(rec[${recordBits - 1}]),`)
  w(`    .in_x(rec[${N * VB - 1}:0]), .in_y(rec[${(N + T) * VB - 1}:${N * VB}]), .out_valid(out_valid), .out_ready(out_ready), .out_y(out_y), .out_error(out_error),`)
  w('    .cfg_valid(cfg_valid), .cfg_ready(cfg_ready), .cfg_write(cfg_write), .cfg_mem(cfg_mem), .cfg_word(cfg_word), .cfg_wdata(cfg_wdata), .cfg_rvalid(cfg_rvalid), .cfg_rdata(cfg_rdata));')
  w('  // one parameter-port access: driven between clock edges, taken at the next rising edge')
  w(`  task cfg(input write, input [${port.idBits - 1}:0] id, input [${port.wordBits - 1}:0] word, input [${port.dataBits - 1}:0] data);`)
  w('    begin')
  w("      @(negedge clk); cfg_valid = 1'b1; cfg_write = write; cfg_mem = id; cfg_word = word; cfg_wdata = data;")
  w('      @(posedge clk); if (!cfg_ready) begin errors = errors + 1; $display("MISMATCH cfg_ready low while idle"); end')
  w("      @(negedge clk); cfg_valid = 1'b0;")
  w('    end')
  w('  endtask')
  w('  always @(posedge clk) if (!rst) begin')
  w('    cycles <= cycles + 1;')
  w('    // a record on offer stays on offer until taken; then the next one comes after a random gap')
  w('    if (!offer || (in_valid && in_ready)) offer <= ($unsigned($random(seed_in)) % 100) >= GAPS;')
  w('    if (stall > 0) stall <= stall - 1;')
  w('    else if (($unsigned($random(seed_out)) % 100) < STALLS) stall <= 1 + $unsigned($random(seed_out)) % STALL_MAX;')
  w('    if (in_valid && in_ready) begin sent <= sent + 1; if (first < 0) first <= cycles; end')
  w('    // a prediction refused by out_ready must still be there, unchanged, the next cycle')
  w('    if (held && (!out_valid || {out_error, out_y} !== held_y)) begin')
  w('      errors = errors + 1;')
  w('      if (errors <= 10) $display("MISMATCH prediction %0d changed while stalled: was %h, now valid %b %h", got, held_y, out_valid, out_y);')
  w('    end')
  w('    held <= out_valid && !out_ready;')
  w('    held_y <= {out_error, out_y};')
  w('    if (out_valid && out_ready) begin')
  w('      if ({out_error, out_y} !== exp_pred[got]) begin')
  w('        errors = errors + 1;')
  w('        if (errors <= 10) $display("MISMATCH prediction of record %0d: got %h expected %h", got, {out_error, out_y}, exp_pred[got]);')
  w('      end')
  w('      got <= got + 1;')
  w('    end')
  w('  end')
  w('  initial begin')
  w('    $readmemh("vectors.hex", vec);')
  w('    $readmemh("expect_pred.hex", exp_pred);')
  w('    $readmemh("expect_params.hex", exp_param);')
  w('    $readmemh("load_params.hex", load_param);')
  w('    repeat (2) @(posedge clk);')
  w("    rst = 1'b0;")
  let loadOffset = 0
  images.forEach((image, id) => {
    w(`    for (a = 0; a < ${image.words}; a = a + 1) cfg(1'b1, ${id}, a, load_param[${loadOffset} + a]);  // load ${image.name}`)
    loadOffset += image.words
  })
  w("    @(negedge clk); go = 1'b1;")
  w(`    while (got < RECORDS || dut.running) begin`)
  w('      @(posedge clk);')
  w(`      if (cycles > ${Math.ceil((4 * R * (plan.trainCycles + 4 * plan.inferCycles + 2)) / (1 - gaps / 100)) + 2 * totalWords + 100}) begin $display("FAIL: timeout, %0d of %0d predictions", got, RECORDS); $finish; end`)
  w('    end')
  w('    finish = cycles;')
  w('    // read every parameter word back through the port')
  let offset = 0
  images.forEach((image, id) => {
    w(`    for (a = 0; a < ${image.words}; a = a + 1) begin`)
    w(`      cfg(1'b0, ${id}, a, 0); @(negedge clk); @(negedge clk);  // the word arrives three cycles after the read`)
    w(`      if (!cfg_rvalid || cfg_rdata[${image.width - 1}:0] !== exp_param[${offset} + a][${image.width - 1}:0]) begin`)
    w('        errors = errors + 1;')
    w(`        if (errors <= 10) $display("MISMATCH ${image.name}[%0d]: got %h (valid %b) expected %h", a, cfg_rdata[${image.width - 1}:0], cfg_rvalid, exp_param[${offset} + a][${image.width - 1}:0]);`)
    w('      end')
    w('    end')
    offset += image.words
  })
  w(`    $display("CYCLES %0d RECORDS %0d PER_RECORD %0d", finish - first, RECORDS, (finish - first) / RECORDS);`)
  w(`    if (errors == 0) $display("PASS: %0d predictions and ${totalWords} parameter words match", RECORDS);`)
  w('    else $display("FAIL: %0d mismatches", errors);')
  w('    $finish;')
  w('  end')
  w('endmodule')
  return o.join('\n') + '\n'
}
