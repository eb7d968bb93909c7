/**
 * Starts Debian's `docker-registry` (distribution 2.8.2) on 127.0.0.1 at a port it picks itself, with
 * its own temporary storage and config, in one of three auth modes. Packages: docker-registry,
 * apache2-utils (htpasswd, bcrypt), openssl (token mode). A missing binary fails loudly, never skips.
 * Reused by the registry, cosign, demo and benchmark tests; see also `pushTestImage`.
 *
 *   const registry = await startRegistry({ auth: 'token' })        // 'none' | 'basic' | 'token'
 *   const client = createRegistryClient({ logger, insecureRegistries: [registry.host],
 *     credentials: { registry: registry.host, username: registry.username, password: registry.password } })
 *   const image = await pushTestImage(client, registry.host, 'team/app', 'v1')   // → { digest, manifest, … }
 *   …
 *   client.close(); await registry.stop()
 */
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { startTokenServer, type TokenServer } from './token-server.js'

export { pushTestImage, buildTestImage, type TestImage } from './registry-image.js'

export type RegistryAuthMode = 'none' | 'basic' | 'token'

export interface StartRegistryOptions {
  auth?: RegistryAuthMode
  username?: string
  password?: string
  /** Token mode: also accept this OAuth2 refresh token (a Docker `identitytoken`). */
  identityToken?: string
  /** Default: `$REGISTRY_BIN`, else /usr/bin/docker-registry. */
  binary?: string
}

export interface StartedRegistry {
  /** host:port, e.g. 127.0.0.1:40123: give it to the client's `insecureRegistries`. */
  host: string
  url: string
  auth: RegistryAuthMode
  username: string
  password: string
  storageDir: string
  tokenServer?: TokenServer
  pid: number
  /** Everything the registry printed so far, for failure messages. */
  logs(): string
  stop(): Promise<void>
}

export const REGISTRY_BIN = process.env.REGISTRY_BIN ?? '/usr/bin/docker-registry'
const START_TIMEOUT_MS = 20_000

function requireBinary(bin: string, pkg: string): void {
  if (!existsSync(bin)) {
    throw new Error(`registry test harness: ${bin} not found. Install it: apt-get install -y ${pkg} (or set REGISTRY_BIN). Integration tests never skip.`)
  }
}

function htpasswdLine(username: string, password: string): string {
  requireBinary('/usr/bin/htpasswd', 'apache2-utils')
  // distribution's htpasswd auth accepts bcrypt only.
  return execFileSync('/usr/bin/htpasswd', ['-Bbn', username, password], { encoding: 'utf8' }).trim() + '\n'
}

function configYaml(dir: string, auth: string): string {
  return [
    'version: 0.1',
    'log: { level: info, formatter: json, accesslog: { disabled: true } }',
    `storage: { filesystem: { rootdirectory: ${JSON.stringify(path.join(dir, 'data'))} }, delete: { enabled: true } }`,
    'http: { addr: "127.0.0.1:0", secret: test-only-secret }',
    'health: { storagedriver: { enabled: false } }',
    auth
  ].join('\n')
}

function probe(url: string): Promise<number> {
  return new Promise(resolve => {
    const req = request(`${url}/v2/`, { timeout: 1000 }, res => {
      res.resume()
      resolve(res.statusCode ?? 0)
    })
    req.on('error', () => resolve(0))
    req.on('timeout', () => req.destroy())
    req.end()
  })
}

export async function startRegistry(options: StartRegistryOptions = {}): Promise<StartedRegistry> {
  const binary = options.binary ?? REGISTRY_BIN
  requireBinary(binary, 'docker-registry')
  const mode = options.auth ?? 'none'
  const username = options.username ?? 'testuser'
  const password = options.password ?? 'testpass'
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fremforge-registry-'))
  mkdirSync(path.join(dir, 'data'))
  let tokenServer: TokenServer | undefined
  let auth = ''
  if (mode === 'basic') {
    writeFileSync(path.join(dir, 'htpasswd'), htpasswdLine(username, password))
    auth = `auth: { htpasswd: { realm: basic-realm, path: ${JSON.stringify(path.join(dir, 'htpasswd'))} } }`
  } else if (mode === 'token') {
    tokenServer = await startTokenServer({ dir, username, password, identityToken: options.identityToken })
    const t = tokenServer
    auth = `auth: { token: { realm: ${JSON.stringify(t.realm)}, service: ${t.service}, issuer: ${t.issuer}, rootcertbundle: ${JSON.stringify(t.certPath)} } }`
  }
  const configPath = path.join(dir, 'config.yml')
  writeFileSync(configPath, configYaml(dir, auth))

  // A clean environment: REGISTRY_* variables would override the config file.
  const child = spawn(binary, ['serve', configPath], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin' }, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  let exited: number | string | null | undefined
  child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')))
  child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')))
  const exit = new Promise<void>(resolve =>
    child.once('exit', (code, signal) => {
      exited = code ?? signal
      resolve()
    })
  )
  // If the test process dies without calling stop(), take this registry (and only it) along.
  const killOnExit = (): void => {
    if (exited === undefined && child.pid !== undefined) process.kill(child.pid, 'SIGKILL')
  }
  process.once('exit', killOnExit)
  const cleanup = async (): Promise<void> => {
    process.off('exit', killOnExit)
    if (exited === undefined && child.pid !== undefined) {
      process.kill(child.pid, 'SIGTERM')
      const killer = setTimeout(() => child.pid !== undefined && exited === undefined && process.kill(child.pid, 'SIGKILL'), 5000)
      await exit
      clearTimeout(killer)
    }
    await tokenServer?.stop()
    rmSync(dir, { recursive: true, force: true })
  }

  const deadline = Date.now() + START_TIMEOUT_MS
  let host: string | undefined
  for (;;) {
    host ??= /listening on (127\.0\.0\.1:\d+)/.exec(output)?.[1]
    const status = host ? await probe(`http://${host}`) : 0
    if (status === 200 || status === 401) break
    if (exited !== undefined || Date.now() > deadline) {
      await cleanup()
      throw new Error(`registry test harness: docker-registry did not come up (exit ${String(exited)}); its output:\n${output}`)
    }
    await new Promise(r => setTimeout(r, 50))
  }
  const ready = host as string
  return {
    host: ready,
    url: `http://${ready}`,
    auth: mode,
    username,
    password,
    storageDir: path.join(dir, 'data'),
    tokenServer,
    pid: child.pid ?? -1,
    logs: () => output,
    stop: cleanup
  }
}
