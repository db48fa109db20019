// The system tools the integration tests drive: iverilog (co-simulation of the generated RTL,
// test/hardware.test.ts and test/cli-verilog.test.ts), chromium (test/browser.test.ts,
// test/demo.test.ts, test/package.test.ts) and redis-server (test/cluster.test.ts). Installs nothing:
//   node scripts/system-tools.mjs            says which are missing and how to install them, exit 1
//   node scripts/system-tools.mjs --missing  prints the missing Debian packages (for .ci/run)
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const tools = [
  { pkg: 'iverilog', present: () => has('iverilog') && has('vvp') },
  { pkg: 'chromium', present: () => existsSync(chromium) },
  { pkg: 'redis-server', present: () => has('redis-server') },
]
/** @param {string} command */
function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0
}

const missing = tools.filter((tool) => !tool.present()).map((tool) => tool.pkg)
if (process.argv.includes('--missing')) {
  console.log(missing.join(' '))
} else if (missing.length > 0) {
  console.error(
    `npm run test:all needs ${missing.join(' and ')} (Debian: apt-get install -y --no-install-recommends ${missing.join(' ')}; ` +
      `chromium elsewhere: set CHROMIUM_PATH). npm test (the fast tier) needs only Node.`,
  )
  process.exit(1)
}
