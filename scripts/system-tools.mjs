// Before the tests: makes sure the system tools they drive are present — iverilog and yosys
// (co-simulation and synthesis of hardware/) and chromium (the browser test). On a Debian
// machine where we are root, missing ones are installed with apt-get; elsewhere we say what
// to install and stop, rather than let the tests fail obscurely.
import { execFileSync, spawnSync } from 'node:child_process'

const tools = { iverilog: 'iverilog', yosys: 'yosys', chromium: 'chromium' }
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0
const missing = Object.entries(tools).filter(([command]) => !has(command)).map(([, pkg]) => pkg)
if (missing.length > 0) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0
  if (!root || !has('apt-get')) {
    console.error(`The tests need ${missing.join(', ')}. Install them (Debian: apt-get install -y ${missing.join(' ')}) and run again.`)
    process.exit(1)
  }
  console.log(`installing ${missing.join(', ')} with apt-get`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit', env })
  execFileSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...missing], { stdio: 'inherit', env })
}
