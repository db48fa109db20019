// The dependency rules of src/ (`npm run lint` checks them with dependency-cruiser; src/README.md
// says what each layer holds). A module imports only from its own layer and the layers listed
// before it, and no module imports itself through others — type-only imports included.
//
// Layers, lowest first:
//   base      errors.ts, arguments.ts, untrusted.ts: NkkanError and argument checks
//   data      data/: datasets in memory, CSV, encodings, metrics, PRNG, scalers
//   model     model/: model shape and state, JSON, grid ranges, averaging, refinement
//   kernels   kernels/: the wasm kernels, their memory layout, the engine and the control words
//   threads   threads/: workers, the pool, the control block
//   train     train/: options, the training loop and its backends (calling thread, workers)
//   online    online/: learning from a stream, one record at a time
//   fixed     fixed/: the integer-only model and trainer
//   hardware  hardware/: Verilog from a fixed-point spec
//   cluster   cluster/: training copies on other machines through Redis
//   api       index.ts, kan.ts, datasets.ts, plot.ts: what the package exports
//   cli       cli.ts: the command line

/** [layer, path pattern], lowest first. */
const LAYERS = [
  ['base', '^src/(errors|arguments|untrusted)\\.ts$'],
  ['data', '^src/data/'],
  ['model', '^src/model/'],
  ['kernels', '^src/kernels/'],
  ['threads', '^src/threads/'],
  ['train', '^src/train/'],
  ['online', '^src/online/'],
  ['fixed', '^src/fixed/'],
  ['hardware', '^src/hardware/'],
  ['cluster', '^src/cluster/'],
  ['api', '^src/(index|kan|datasets|plot)\\.ts$'],
  ['cli', '^src/cli\\.ts$'],
]

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle (type-only ones too) means two modules are one: move what both need down a layer.',
      from: {},
      to: { circular: true },
    },
    ...LAYERS.slice(0, -1).map(([name, path], i) => ({
      name: `layer-${name}`,
      severity: 'error',
      comment: `${name} imports only from itself and the layers below it (.dependency-cruiser.cjs lists them).`,
      from: { path },
      to: { path: LAYERS.slice(i + 1).map(([, above]) => above) },
    })),
    {
      name: 'no-layer',
      severity: 'error',
      comment: 'Every module of src/ belongs to a layer: put a new one in a folder, or add it to LAYERS.',
      from: { path: '^src/', pathNot: LAYERS.map(([, path]) => path) },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports are dependencies too (`import type` cycles count).
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
}
