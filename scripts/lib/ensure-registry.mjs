// The demo and the stack need Debian's docker-registry. Install it when we can; otherwise say how.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const BIN = process.env.REGISTRY_BIN ?? '/usr/bin/docker-registry'

export function ensureRegistry() {
  if (existsSync(BIN) && existsSync('/usr/bin/htpasswd')) return
  const root = process.getuid?.() === 0
  const sudo = root ? [] : ['sudo', '-n']
  console.error('fremforge-cosign demo: installing docker-registry and apache2-utils with apt-get (one time)…')
  try {
    const run = (args) => execFileSync(sudo[0] ?? args[0], sudo.length ? [...sudo.slice(1), ...args] : args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
    run(['apt-get', 'update', '-qq'])
    run(['apt-get', 'install', '-y', '-qq', 'docker-registry', 'apache2-utils'])
  } catch {
    console.error(
      'Could not install the registry automatically. On Debian or Ubuntu run:\n' +
        '  sudo apt-get install -y docker-registry apache2-utils\n' +
        'or point REGISTRY_BIN at a distribution (registry:2) binary, then run the command again.'
    )
    process.exit(2)
  }
}
