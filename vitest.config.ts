import { defineConfig } from 'vitest/config'

/**
 * Two tiers. `fast` (`npm test`): the kernels against the oracles, the library's units, threads
 * and data generation — Node only, well under a minute. `integration` (`npm run test:all` runs
 * both): whole programs and other tools — the CLI in child processes, training to a target
 * accuracy, the TypeDoc build, the RTL under iverilog and yosys, cluster training on redis-server, the
 * browser tests in Chromium and the packed package; scripts/system-tools.mjs checks beforehand
 * that the tools they drive are there.
 */
const integration = [
  'test/accuracy.test.ts',
  'test/browser.test.ts',
  'test/cli.test.ts',
  'test/cli-verilog.test.ts',
  'test/cluster.test.ts',
  'test/demo.test.ts',
  'test/docs.test.ts',
  'test/hardware.test.ts',
  'test/hardware-sta.test.ts',
  'test/package.test.ts',
]

export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'fast', include: ['test/**/*.test.ts'], exclude: integration } },
      { extends: true, test: { name: 'integration', include: integration } },
    ],
  },
})
