import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { MessageSignatureBundleBuilder } from '@sigstore/sign'
import { Verifier, toSignedEntity } from '@sigstore/verify'
import nock from 'nock'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { memoryLogger, silentLogger } from '../../src/logger.js'
import { defaultTufCachePath, loadTrustMaterial, loadTrustedRoot, type TrustOptions } from '../../src/trust/index.js'
import { stackSigner, stackWitnesses } from '../support/sigstore-signing.js'
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore-stack.js'
import { startTufRepo, type TufRepo } from './tuf-repo.js'
import { codeOfAsync as codeOf } from '../support/error-code.js'

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'trust-test-'))
const writeTemp = (name: string, text: string): string => {
  const file = path.join(tmp(), name)
  writeFileSync(file, text)
  return file
}
const base = (extra: Partial<TrustOptions> = {}): TrustOptions => ({ offline: false, logger: silentLogger, retries: 0, timeoutMs: 2000, ...extra })
let stack: SigstoreStack
beforeAll(async () => {
  stack = await startSigstoreStack()
})
// nock 15 patches node:net for the whole jest worker; leaving it active breaks later test files.
afterAll(async () => {
  nock.restore()
  await stack.stop()
})
afterEach(() => {
  nock.cleanAll()
  nock.enableNetConnect()
})

describe('loadTrustMaterial', () => {
  describe('when trusted-root names the local stack\'s trusted_root.json', () => {
    it('loads without network and verifies what the stack signed', async () => {
      const payload = Buffer.from('payload')
      const bundle = await new MessageSignatureBundleBuilder({ signer: stackSigner(stack), witnesses: stackWitnesses(stack) }).create({ data: payload })
      nock.disableNetConnect()
      const material = await loadTrustMaterial(base({ trustedRoot: stack.trustedRootPath }))
      expect([material.certificateAuthorities, material.tlogs, material.ctlogs, material.timestampAuthorities].map(a => a.length)).toEqual([1, 1, 1, 1])
      expect(() => new Verifier(material).verify(toSignedEntity(bundle, payload))).not.toThrow()
    })

    it('wins over offline', async () => {
      const loaded = await loadTrustedRoot(base({ trustedRoot: stack.trustedRootPath, offline: true }))
      expect(loaded.source).toBe('trusted-root-file')
    })
  })

  describe('when offline without a trusted root', () => {
    it('uses the public-good root embedded in @sigstore/tuf with no network at all', async () => {
      nock.disableNetConnect()
      const logger = memoryLogger()
      const loaded = await loadTrustedRoot(base({ offline: true, logger }))
      expect(loaded.source).toBe('embedded-public-good')
      expect(loaded.root.tlogs.map(t => t.baseUrl)).toContain('https://rekor.sigstore.dev')
      expect(loaded.root.certificateAuthorities.map(c => c.uri)).toContain('https://fulcio.sigstore.dev')
      const material = await loadTrustMaterial(base({ offline: true }))
      expect(material.certificateAuthorities.length).toBeGreaterThan(0)
      expect(logger.lines.some(l => l.message.includes('embedded'))).toBe(true)
    })
  })

  describe('when the trusted-root file is broken', () => {
    const cases: [string, string][] = [
      ['not JSON', '{"mediaType": '],
      ['not a trusted root', JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json' })],
      ['empty', JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1' })],
      ['an unknown key type', JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1', tlogs: [{ publicKey: { keyDetails: 'NOPE' } }] })]
    ]
    it.each(cases)('refuses %s with TRUST_ROOT_INVALID', async (_name, text) => {
      expect(await codeOf(loadTrustMaterial(base({ trustedRoot: writeTemp('trusted_root.json', text) })))).toBe('TRUST_ROOT_INVALID')
    })

    it('refuses certificates that do not parse with TRUST_ROOT_INVALID', async () => {
      const root = JSON.parse(readFileSync(stack.trustedRootPath, 'utf8')) as { certificateAuthorities: { certChain: { certificates: { rawBytes: string }[] } }[] }
      root.certificateAuthorities[0].certChain.certificates[0].rawBytes = Buffer.from('not a certificate').toString('base64')
      expect(await codeOf(loadTrustMaterial(base({ trustedRoot: writeTemp('trusted_root.json', JSON.stringify(root)) })))).toBe('TRUST_ROOT_INVALID')
    })

    it('refuses a missing file with TRUST_ROOT_NOT_FOUND', async () => {
      expect(await codeOf(loadTrustMaterial(base({ trustedRoot: path.join(tmp(), 'nope.json') })))).toBe('TRUST_ROOT_NOT_FOUND')
    })
  })

  describe('when the options contradict each other', () => {
    const cases: [string, Partial<TrustOptions>][] = [
      ['tuf-root without tuf-mirror', { tufRoot: '/root.json' }],
      ['trusted-root and tuf-mirror', { trustedRoot: '/t.json', tufMirror: 'https://tuf.example', tufRoot: '/root.json' }],
      ['offline with a private mirror', { offline: true, tufMirror: 'https://tuf.example', tufRoot: '/root.json' }],
      ['a private mirror without tuf-root', { tufMirror: 'https://tuf.example' }]
    ]
    it.each(cases)('refuses %s with TRUST_OPTIONS_INVALID', async (_name, options) => {
      expect(await codeOf(loadTrustMaterial(base(options)))).toBe('TRUST_OPTIONS_INVALID')
    })
  })

  describe('when the public-good TUF repository cannot be reached', () => {
    it('fails with TRUST_ROOT_UNAVAILABLE instead of falling back to the embedded root', async () => {
      nock.disableNetConnect()
      expect(await codeOf(loadTrustMaterial(base({ cachePath: tmp() })))).toBe('TRUST_ROOT_UNAVAILABLE')
    })
  })

  describe('when a private TUF mirror serves trusted_root.json', () => {
    let repo: TufRepo
    beforeAll(async () => {
      repo = await startTufRepo(readFileSync(stack.trustedRootPath, 'utf8'))
    })
    afterAll(async () => repo.stop())

    it('loads it, then serves it from the cache with no request while the metadata is fresh', async () => {
      const cachePath = tmp()
      const options = base({ tufMirror: repo.url, tufRoot: writeTemp('root.json', repo.rootJson), cachePath })
      const first = await loadTrustedRoot(options)
      expect(first.source).toBe('private-tuf')
      expect(first.root.tlogs[0].baseUrl).toBe(stack.rekorUrl)
      const served = repo.requests.length
      nock.disableNetConnect()
      const second = await loadTrustedRoot(options)
      expect(second.root).toEqual(first.root)
      expect(repo.requests.length).toBe(served)
    })

    it('refuses metadata signed by a key the given root does not trust', async () => {
      const other = await startTufRepo(readFileSync(stack.trustedRootPath, 'utf8'))
      try {
        const options = base({ tufMirror: repo.url, tufRoot: writeTemp('root.json', other.rootJson), cachePath: tmp() })
        expect(await codeOf(loadTrustedRoot(options))).toBe('TRUST_ROOT_UNAVAILABLE')
      } finally {
        await other.stop()
      }
    })

    it('refuses expired metadata', async () => {
      const expired = await startTufRepo(readFileSync(stack.trustedRootPath, 'utf8'), -60_000)
      try {
        const options = base({ tufMirror: expired.url, tufRoot: writeTemp('root.json', expired.rootJson), cachePath: tmp() })
        expect(await codeOf(loadTrustedRoot(options))).toBe('TRUST_ROOT_UNAVAILABLE')
      } finally {
        await expired.stop()
      }
    })

    it('refuses a tuf-root that does not exist with TRUST_ROOT_NOT_FOUND', async () => {
      expect(await codeOf(loadTrustedRoot(base({ tufMirror: repo.url, tufRoot: path.join(tmp(), 'root.json'), cachePath: tmp() })))).toBe('TRUST_ROOT_NOT_FOUND')
    })
  })
})

describe('defaultTufCachePath', () => {
  describe('when run on a runner', () => {
    it('prefers the tool cache, then RUNNER_TEMP', () => {
      expect(defaultTufCachePath({ RUNNER_TOOL_CACHE: '/opt/hostedtoolcache', RUNNER_TEMP: '/tmp/r' }, '/home/u')).toBe('/opt/hostedtoolcache/fremforge-cosign/tuf')
      expect(defaultTufCachePath({ RUNNER_TEMP: '/tmp/r' }, '/home/u')).toBe('/tmp/r/fremforge-cosign/tuf')
    })
  })

  describe('when run elsewhere', () => {
    it('uses the user cache directory', () => {
      expect(defaultTufCachePath({}, '/home/u')).toBe('/home/u/.cache/fremforge-cosign/tuf')
      expect(defaultTufCachePath({ XDG_CACHE_HOME: '/xdg' }, '/home/u')).toBe('/xdg/fremforge-cosign/tuf')
    })
  })
})
