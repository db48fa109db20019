// The complete export list of the wasm module. Kernels take pointers (byte addresses),
// counts and scalars; src/kernels/layout.ts owns every address.
import { averageRange } from './average'
import { forwardRange } from './forward'
import { nkRange } from './nk'

export { HEADER_WORDS, LAYER_WORDS } from './descriptor'
// Bytes of a packed entry of a located input (src/kernels/layout.ts sizes the scratch with it).
export { ENTRY_BYTES } from './pl'

// skip: records whose every |y* - y| is below it update nothing (0: every record updates).
export function nkRangeF64(ctx: usize, xPtr: usize, yPtr: usize, r0: i32, r1: i32, alpha: f64, skip: f64): void {
  nkRange<f64>(ctx, xPtr, yPtr, r0, r1, alpha, skip)
}
export function nkRangeF32(ctx: usize, xPtr: usize, yPtr: usize, r0: i32, r1: i32, alpha: f32, skip: f32): void {
  nkRange<f32>(ctx, xPtr, yPtr, r0, r1, alpha, skip)
}
export function forwardRangeF64(ctx: usize, xPtr: usize, outPtr: usize, r0: i32, r1: i32): void {
  forwardRange<f64>(ctx, xPtr, outPtr, r0, r1)
}
export function forwardRangeF32(ctx: usize, xPtr: usize, outPtr: usize, r0: i32, r1: i32): void {
  forwardRange<f32>(ctx, xPtr, outPtr, r0, r1)
}
export function averageF64(dstPtr: usize, srcPtr: usize, srcStrideBytes: usize, copies: i32, fromBytes: usize, toBytes: usize): void {
  averageRange<f64>(dstPtr, srcPtr, srcStrideBytes, copies, fromBytes, toBytes)
}
export function averageF32(dstPtr: usize, srcPtr: usize, srcStrideBytes: usize, copies: i32, fromBytes: usize, toBytes: usize): void {
  averageRange<f32>(dstPtr, srcPtr, srcStrideBytes, copies, fromBytes, toBytes)
}

// Test-then-train (src/online/prequential.ts): the NK pass with α per record (alphaPtr:
// T[rows]) that writes each record's prediction before its update to predPtr (T[rows][targets]).
export function prequentialRangeF64(ctx: usize, xPtr: usize, yPtr: usize, alphaPtr: usize, predPtr: usize, r0: i32, r1: i32): void {
  nkRange<f64>(ctx, xPtr, yPtr, r0, r1, 0, 0, 0, 0, 1, 0, 1, 0, alphaPtr, predPtr)
}
export function prequentialRangeF32(ctx: usize, xPtr: usize, yPtr: usize, alphaPtr: usize, predPtr: usize, r0: i32, r1: i32): void {
  nkRange<f32>(ctx, xPtr, yPtr, r0, r1, 0, 0, 0, 0, 1, 0, 1, 0, alphaPtr, predPtr)
}

// Concurrent-serial training (ALGORITHM §5): the NK pass with a barrier per record (serial.ts);
// shared-memory build only (the private build's barrier is empty).
export function serialRangeF64(ctx: usize, xPtr: usize, yPtr: usize, r0: i32, r1: i32, alpha: f64, skip: f64, syncPtr: usize, thread: i32, threads: i32, partialsPtr: usize, weight: f64): void {
  nkRange<f64>(ctx, xPtr, yPtr, r0, r1, alpha, skip, syncPtr, thread, threads, partialsPtr, weight)
}
export function serialRangeF32(ctx: usize, xPtr: usize, yPtr: usize, r0: i32, r1: i32, alpha: f32, skip: f32, syncPtr: usize, thread: i32, threads: i32, partialsPtr: usize, weight: f32): void {
  nkRange<f32>(ctx, xPtr, yPtr, r0, r1, alpha, skip, syncPtr, thread, threads, partialsPtr, weight)
}

// Pretraining by groups of groupSize addends in one pass (groups.ts; two layers, one target).
export function groupRangeF64(ctx: usize, xPtr: usize, yPtr: usize, r0: i32, r1: i32, alpha: f64, groupSize: i32): void {
  nkRange<f64>(ctx, xPtr, yPtr, r0, r1, alpha, 0, 0, 0, 1, 0, 1, groupSize)
}
export function groupRangeF32(ctx: usize, xPtr: usize, yPtr: usize, r0: i32, r1: i32, alpha: f32, groupSize: i32): void {
  nkRange<f32>(ctx, xPtr, yPtr, r0, r1, alpha, 0, 0, 0, 1, 0, 1, groupSize)
}

// Integer-only trainer (ALGORITHM §6); header words are checked against src/fixed/layout.ts.
export { nkRangeFixed, forwardRangeFixed, FIXED_HEADER_WORDS, FIXED_LAYER_WORDS } from './fixed'
