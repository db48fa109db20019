#!/usr/bin/env bash
# Deterministic cost of one training step: x64 instructions per record (valgrind callgrind),
# immune to the noise of a shared machine. Runs 7 passes of 20,000 Det4 records (3 warm-up +
# 4) on the main thread and divides the instructions executed inside the hottest JIT-compiled
# function - the nkRange kernel - by the 140,000 records. (Whole-process totals vary by
# ±1,000 instructions/record from run to run: GC and start-up work; the kernel's count is
# exact and repeatable.) V8 runs with --no-liftoff (TurboFan only), the steady-state tier.
# Usage: bench/tools/instructions-per-record.sh [f64|f32]
set -euo pipefail
cd "$(dirname "$0")/../.."
precision=${1:-f64}
work=$(mktemp -d)
npx esbuild bench/tools/train-passes.ts --bundle --platform=node --format=esm --outfile="$work/passes.mjs" --log-level=error
valgrind --tool=callgrind --separate-threads=yes --callgrind-out-file="$work/cg" node --no-liftoff "$work/passes.mjs" 4 "$precision" >/dev/null 2>&1
kernel=$(callgrind_annotate "$work/cg-01" 2>/dev/null | awk '/^ *[0-9,]+ \( *[0-9.]+%\) +\?\?\?:0x/ && !found { gsub(",", "", $1); print $1; found = 1 }')
rm -rf "$work"
echo "$precision: $(( kernel / 140000 )) instructions per record (kernel only)"
