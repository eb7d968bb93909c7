/**
 * runAttest (modes attest / attest-and-verify) against the real registry and the local Sigstore
 * stack; what it writes is read back by this project's verifier in verify mode, with the
 * attestations input requiring it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { resolveConfig, type Config, type RawOptions } from '../../src/config/index.js'
import { attTag } from '../../src/cosign/index.js'
import { createImageVerifier } from '../../src/engine/compose.js'
import { runAttest } from '../../src/engine/attest-run.js'
import { runSign } from '../../src/engine/sign-run.js'
import { AppError } from '../../src/errors.js'
import { silentLogger } from '../../src/logger.js'
import { createRegistryClient, type RegistryClient } from '../../src/registry/index.js'
import { pushTestImage, startRegistry, type StartedRegistry } from '../support/registry-server.js'
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore-stack.js'

const RETRY = { retries: 2, minTimeout: 5, maxTimeout: 10 }
const fixture = (name: string): string => path.join(path.dirname(new URL(import.meta.url).pathname), '../sign/fixtures', name)

let registry: StartedRegistry
let stack: SigstoreStack
let client: RegistryClient
let dir: string
let sbomFile: string

beforeAll(async () => {
  registry = await startRegistry({ auth: 'none' })
  stack = await startSigstoreStack()
  client = createRegistryClient({ logger: silentLogger, insecureRegistries: [registry.host] })
  dir = mkdtempSync(path.join(os.tmpdir(), 'attest-run-'))
  sbomFile = path.join(dir, 'sbom.spdx.json')
  writeFileSync(sbomFile, JSON.stringify({ spdxVersion: 'SPDX-2.3', name: 'app', packages: [{ name: 'openssl' }, { name: 'zlib' }] }))
}, 60_000)

afterAll(async () => {
  client?.close()
  await Promise.all([registry?.stop(), stack?.stop()])
})

function configFor(over: RawOptions): Config {
  return resolveConfig(
    {
      mode: 'attest-and-verify',
      'fulcio-url': stack.fulcioUrl,
      'rekor-url': stack.rekorUrl,
      'trusted-root': stack.trustedRootPath,
      'insecure-registries': registry.host,
      upload: 'false',
      predicate: sbomFile,
      'predicate-type': 'spdxjson',
      'results-file': path.join(dir, `${Math.random().toString(36).slice(2)}.ndjson`),
      ...over
    },
    {}
  )
}

describe('runAttest', () => {
  describe('when keyless in both formats', () => {
    it('attests, reads the attestation back, and verify mode then requires it', async () => {
      const img = await pushTestImage(client, registry.host, 'attest/both', null, 'both')
      const image = `${registry.host}/attest/both@${img.digest}`
      const outcome = await runAttest(configFor({ images: image }), silentLogger, { client, env: stack.env(), retry: RETRY })
      expect(outcome.ok).toBe(true)
      expect(outcome.records.map(r => r.status)).toEqual(['verified'])
      expect(outcome.records[0].attestations).toEqual([expect.objectContaining({ predicate_type: 'https://spdx.dev/Document', verified: true })])
      expect(outcome.signatures.map(s => [s.format, s.storage]).sort()).toEqual([
        ['cosign-legacy', 'att-tag'],
        ['sigstore-bundle', 'referrers-tag']
      ])
      await client.headManifest(img.repo, attTag(img.digest))

      // verify mode: a signature first, then the attestation is required under the same identity.
      expect((await runSign(configFor({ mode: 'sign', images: image, 'signature-format': 'legacy' }), silentLogger, { client, env: stack.env(), retry: RETRY })).ok).toBe(true)
      const identity = outcome.signatures[0].identity.subject
      const verifyConfig = configFor({ mode: 'verify', images: image, 'certificate-identity': identity, attestations: 'spdxjson' })
      const verifier = await createImageVerifier(verifyConfig, silentLogger, client)
      const v = await verifier.verify({ name: `${registry.host}/attest/both`, digest: img.digest, tags: [], refs: [] })
      expect(v.status).toBe('verified')
      expect(v.attestations?.[0]).toMatchObject({ verified: true, facts: { sbomFormat: 'SPDX-2.3', packageCount: 2 } })
      const missing = await (await createImageVerifier({ ...verifyConfig, attestations: ['https://slsa.dev/provenance/v1'] }, silentLogger, client)).verify({ name: `${registry.host}/attest/both`, digest: img.digest, tags: [], refs: [] })
      expect(missing.status).toBe('missing-attestation')
    })
  })

  describe('when key-based', () => {
    it('attests with a cosign key in the legacy format and verifies it against the public key', async () => {
      const img = await pushTestImage(client, registry.host, 'attest/key', null, 'key')
      const config = configFor({ images: `${registry.host}/attest/key@${img.digest}`, key: fixture('generate-key-pair.key'), 'signature-format': 'legacy', 'predicate-type': 'https://example.com/custom/v1' })
      const outcome = await runAttest(config, silentLogger, { client, env: {}, retry: RETRY })
      expect(outcome.ok).toBe(true)
      expect(outcome.records[0]).toMatchObject({ status: 'verified', signature_location: 'att-tag', attestations: [expect.objectContaining({ predicate_type: 'https://example.com/custom/v1', verified: true })] })
      expect(outcome.signatures[0].identity.keyBased).toBe(true)
    })
  })

  describe('when the predicate is missing', () => {
    it('refuses the configuration or the file with INPUT_INVALID', async () => {
      expect(() => configFor({ images: 'x/y', predicate: '' })).toThrow(AppError)
      const config = configFor({ images: `${registry.host}/attest/none@sha256:${'0'.repeat(64)}`, predicate: path.join(dir, 'absent.json') })
      await expect(runAttest(config, silentLogger, { client, env: stack.env(), retry: RETRY })).rejects.toMatchObject({ code: 'INPUT_INVALID' })
    })
  })
})
