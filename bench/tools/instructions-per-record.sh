#!/usr/bin/env bash
# Deterministic cost of one training step: x64 instructions per record (valgrind callgrind),
# immune to the noise of a shared machine. Difference of 1 and 4 passes of 20,000 Det4
# records, so start-up cost cancels. V8 runs with --no-liftoff (TurboFan only), which is
# what the steady state uses. Usage: bench/tools/instructions-per-record.sh [f64|f32]
set -euo pipefail
cd "$(dirname "$0")/../.."
precision=${1:-f64}
bundle=$(mktemp --suffix=.mjs)
npx esbuild bench/tools/train-passes.ts --bundle --platform=node --format=esm --outfile="$bundle" --log-level=error
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null node --no-liftoff "$bundle" "$1" "$precision" 2>&1 | grep -oP 'Collected : \K[0-9]+'
}
one=$(count 1)
four=$(count 4)
rm -f "$bundle"
echo "$precision: $(( (four - one) / 60000 )) instructions per record"
