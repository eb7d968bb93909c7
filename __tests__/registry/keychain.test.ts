/** Docker config credentials: `auths`, `identitytoken`, `credHelpers`, `credsStore` (real helper processes). */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { memoryLogger } from '../../src/logger.js'
import { dockerConfigKeychain, multiKeychain, staticKeychain } from '../../src/registry/keychain.js'
import { canonicalHost } from '../../src/registry/index.js'

let dir: string
let bin: string

const b64 = (s: string): string => Buffer.from(s).toString('base64')

function configDir(name: string, config: unknown): string {
  const d = path.join(dir, name)
  mkdirSync(d)
  writeFileSync(path.join(d, 'config.json'), typeof config === 'string' ? config : JSON.stringify(config))
  return d
}

function keychainFor(config: unknown, name: string) {
  return dockerConfigKeychain({ dockerConfigDir: configDir(name, config), env: { PATH: `${bin}:${process.env.PATH}` }, logger: memoryLogger() })
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'keychain-'))
  bin = path.join(dir, 'bin')
  mkdirSync(bin)
  const helper = (name: string, body: string): void => {
    writeFileSync(path.join(bin, `docker-credential-${name}`), `#!/bin/sh\n[ "$1" = get ] || exit 3\nread server\necho "$server" >> ${JSON.stringify(path.join(dir, `${name}.log`))}\n${body}\n`)
    chmodSync(path.join(bin, `docker-credential-${name}`), 0o755)
  }
  helper('fake', `case "$server" in
  ghcr.io) echo '{"ServerURL":"ghcr.io","Username":"helperuser","Secret":"helperpass"}' ;;
  https://index.docker.io/v1/) echo '{"ServerURL":"hub","Username":"<token>","Secret":"hub-identity"}' ;;
  *) echo "credentials not found in native keychain"; exit 1 ;;
esac`)
  helper('broken', 'echo "boom: leaked-secret" >&2; exit 2')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('dockerConfigKeychain', () => {
  describe('when auths holds base64 user:password', () => {
    it('matches the host, also under an https:// key with a path', async () => {
      const k = keychainFor({ auths: { 'https://registry.example.com/v1/': { auth: b64('alice:s3cret:with:colons') } } }, 'auths')
      expect(await k.resolve('registry.example.com')).toEqual({ username: 'alice', password: 's3cret:with:colons' })
      expect(await k.resolve('other.example.com')).toBeUndefined()
    })

    it('maps Docker Hub keys to registry-1.docker.io', async () => {
      const k = keychainFor({ auths: { 'https://index.docker.io/v1/': { auth: b64('hubuser:hubpass') } } }, 'hub')
      expect(await k.resolve(canonicalHost('docker.io'))).toEqual({ username: 'hubuser', password: 'hubpass' })
    })
  })

  describe('when auths holds an identitytoken', () => {
    it('returns it as an identity token', async () => {
      const k = keychainFor({ auths: { 'myregistry.azurecr.io': { auth: b64('00000000-0000-0000-0000-000000000000:'), identitytoken: 'refresh-me' } } }, 'identity')
      expect(await k.resolve('myregistry.azurecr.io')).toEqual({ username: '00000000-0000-0000-0000-000000000000', identityToken: 'refresh-me' })
    })
  })

  describe('when credHelpers names a helper for the host', () => {
    it('runs docker-credential-<name> get with the server URL on stdin', async () => {
      const k = keychainFor({ credHelpers: { 'ghcr.io': 'fake' } }, 'helpers')
      expect(await k.resolve('ghcr.io')).toEqual({ username: 'helperuser', password: 'helperpass' })
      expect(readFileSync(path.join(dir, 'fake.log'), 'utf8')).toContain('ghcr.io\n')
    })
  })

  describe('when credsStore is set', () => {
    it('asks the store, reads <token> as an identity token, and falls back to auths when it has nothing', async () => {
      const k = keychainFor({ credsStore: 'fake', auths: { 'quay.io': { auth: b64('q:w') }, 'https://index.docker.io/v1/': {} } }, 'store')
      expect(await k.resolve('registry-1.docker.io')).toEqual({ identityToken: 'hub-identity' })
      expect(await k.resolve('quay.io')).toEqual({ username: 'q', password: 'w' })
      expect(await k.resolve('nowhere.example')).toBeUndefined()
    })
  })

  describe('when a helper fails', () => {
    it('fails with REGISTRY_AUTH instead of pulling anonymously, without its output', async () => {
      const k = keychainFor({ credHelpers: { 'ghcr.io': 'broken' } }, 'broken')
      const failure = await k.resolve('ghcr.io').catch((e: unknown) => e)
      expect(failure).toMatchObject({ code: 'REGISTRY_AUTH', host: 'ghcr.io' })
      expect((failure as Error).message).not.toContain('leaked-secret')
    })

    it('fails with REGISTRY_AUTH when the helper is not installed', async () => {
      await expect(keychainFor({ credsStore: 'missing' }, 'missing').resolve('ghcr.io')).rejects.toMatchObject({ code: 'REGISTRY_AUTH' })
    })
  })

  describe('when the config file is missing or broken', () => {
    it('is anonymous when missing and fails with REGISTRY_AUTH when not JSON', async () => {
      const none = dockerConfigKeychain({ dockerConfigDir: path.join(dir, 'absent'), env: {}, logger: memoryLogger() })
      expect(await none.resolve('ghcr.io')).toBeUndefined()
      await expect(keychainFor('{not json', 'garbled').resolve('ghcr.io')).rejects.toMatchObject({ code: 'REGISTRY_AUTH' })
    })
  })
})

describe('multiKeychain', () => {
  describe('when explicit credentials and a Docker config both know a host', () => {
    it('prefers credentials naming the host, then the config, and never sends them elsewhere', async () => {
      const explicit = [{ registry: 'ghcr.io', username: 'named', password: 'n' }]
      const secrets: string[] = []
      const logger = { ...memoryLogger(), secret: (s: string) => void secrets.push(s) }
      const k = multiKeychain(
        [staticKeychain(explicit), keychainFor({ auths: { 'ghcr.io': { auth: b64('cfg:c') }, 'quay.io': { auth: b64('cfg:q') } } }, 'multi')],
        logger
      )
      expect(await k.resolve('ghcr.io')).toEqual({ username: 'named', password: 'n' })
      expect(await k.resolve('quay.io')).toEqual({ username: 'cfg', password: 'q' })
      expect(await k.resolve('gcr.io')).toBeUndefined()
      expect(secrets).toEqual(['n', 'q'])
    })
  })
})
