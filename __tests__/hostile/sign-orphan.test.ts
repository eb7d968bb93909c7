/**
 * `signature-format: both` (issue 17, defect 1's last point): when one of the two pushes is
 * refused, no `.sig` / `.att` layer may stay behind without its bundle. A proxy in front of the
 * real loopback registry refuses the chosen manifest PUT, as a registry without OCI 1.1 manifest
 * support (or a transient error) would.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { resolveConfig, type Config, type RawOptions } from '../../src/config/index.js'
import { attTag, fallbackTag, sigTag } from '../../src/cosign/index.js'
import { runAttest } from '../../src/engine/attest-run.js'
import { runSign } from '../../src/engine/sign-run.js'
import { silentLogger } from '../../src/logger.js'
import { createRegistryClient, type RegistryClient } from '../../src/registry/index.js'
import { codeOfAsync } from '../support/error-code.js'
import { sendError, startFaultServer, type FaultServer, type SeenRequest } from '../support/registry-fault-server.js'
import { pushTestImage, startRegistry, type StartedRegistry } from '../support/registry-server.js'
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore-stack.js'
import { forward, send } from './sign-proxies.js'

const RETRY = { retries: 0, minTimeout: 5, maxTimeout: 10 }

let registry: StartedRegistry
let stack: SigstoreStack
let proxy: FaultServer
let client: RegistryClient
let dir: string
let refuse: (req: SeenRequest) => boolean = () => false

const isManifestPut = (req: SeenRequest): boolean => req.method === 'PUT' && req.path.includes('/manifests/')
/** The bundle referrer: the only manifest pushed with a `subject`. */
const isReferrerPut = (req: SeenRequest): boolean => isManifestPut(req) && 'subject' in (JSON.parse(req.body.toString('utf8')) as object)
const isLegacyTagPut = (req: SeenRequest): boolean => isManifestPut(req) && /\/manifests\/sha256-[0-9a-f]{64}\.(sig|att)$/.test(req.path)

beforeAll(async () => {
  registry = await startRegistry({ auth: 'none' })
  stack = await startSigstoreStack()
  proxy = await startFaultServer(async (req, res) => {
    if (refuse(req)) return sendError(res, 400, 'MANIFEST_INVALID')
    send(res, await forward(registry.url, req, proxy.host))
  })
  client = createRegistryClient({ logger: silentLogger, insecureRegistries: [proxy.host] })
  dir = mkdtempSync(path.join(os.tmpdir(), 'hostile-orphan-'))
}, 60_000)

afterAll(async () => {
  client?.close()
  await Promise.all([registry?.stop(), stack?.stop(), proxy?.stop()])
})

function configFor(over: RawOptions): Config {
  const predicate = path.join(dir, 'predicate.json')
  writeFileSync(predicate, JSON.stringify({ buildType: 'https://example.com/build' }))
  return resolveConfig(
    {
      mode: 'sign',
      'signature-format': 'both',
      'fulcio-url': stack.fulcioUrl,
      'rekor-url': stack.rekorUrl,
      'trusted-root': stack.trustedRootPath,
      'insecure-registries': proxy.host,
      upload: 'false',
      'results-file': path.join(dir, `${Math.random().toString(36).slice(2)}.ndjson`),
      ...(String(over.mode).startsWith('attest') ? { predicate, 'predicate-type': 'slsaprovenance' } : {}),
      ...over
    },
    {}
  )
}

const repoRef = (repository: string) => ({ registry: proxy.host, repository })
const missing = (repository: string, tag: string): Promise<string | undefined> => codeOfAsync(client.headManifest(repoRef(repository), tag))

describe.each([
  ['sign', sigTag],
  ['attest', attTag]
] as const)('%s with signature-format both', (mode, legacyTag) => {
  const run = mode === 'attest' ? runAttest : runSign

  it('leaves no legacy tag behind when the registry refuses the bundle referrer', async () => {
    const repository = `acme/orphan-bundle-${mode}`
    const img = await pushTestImage(client, proxy.host, repository, null, `orphan-bundle-${mode}`)
    refuse = isReferrerPut
    const outcome = await run(configFor({ mode, images: `${proxy.host}/${repository}@${img.digest}` }), silentLogger, { client, env: stack.env(), retry: RETRY })
    refuse = () => false
    expect(outcome.ok).toBe(false)
    expect(outcome.records.map(r => r.signed)).toEqual([false])
    expect(outcome.text).toContain('SIGN_PUSH_FAILED')
    expect(proxy.requests.some(isReferrerPut)).toBe(true)
    expect(await missing(repository, legacyTag(img.digest))).toBe('REGISTRY_NOT_FOUND')
    expect(await missing(repository, fallbackTag(img.digest))).toBe('REGISTRY_NOT_FOUND')
  })

  it('reports the referrer left in the registry when the legacy tag is refused after it', async () => {
    const repository = `acme/orphan-legacy-${mode}`
    const img = await pushTestImage(client, proxy.host, repository, null, `orphan-legacy-${mode}`)
    refuse = isLegacyTagPut
    const outcome = await run(configFor({ mode, images: `${proxy.host}/${repository}@${img.digest}` }), silentLogger, { client, env: stack.env(), retry: RETRY })
    refuse = () => false
    expect(outcome.ok).toBe(false)
    expect(outcome.records.map(r => r.signed)).toEqual([false])
    expect(await missing(repository, legacyTag(img.digest))).toBe('REGISTRY_NOT_FOUND')
    // distribution 2.8 has no referrers API: the referrer is reachable through the fallback tag, and named as left behind.
    const index = (await client.getManifest(repoRef(repository), fallbackTag(img.digest))).json as { manifests: { digest: string }[] }
    expect(index.manifests).toHaveLength(1)
    expect(outcome.text).toContain(`left in the registry: ${proxy.host}/${repository}@${index.manifests[0].digest}`)
  })
})
