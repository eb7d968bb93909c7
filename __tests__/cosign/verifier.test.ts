/**
 * The verifier against a real registry (docker-registry 2.8.2, no referrers API, so bundles live in
 * the fallback tag index) and the local Sigstore stack. The adversarial cases must never verify.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { toSignedEntity, Verifier } from '@sigstore/verify'
import { generateKeyPairSync, sign as cryptoSign } from 'node:crypto'
import { createCosignVerifier, toCosignSignStatement, toSimpleSigningPayload, ANNOTATION_SIGNATURE, ANNOTATION_BUNDLE, type CosignVerifier } from '../../src/cosign/index.js'
import { silentLogger } from '../../src/logger.js'
import type { Policy, Verdict } from '../../src/policy/index.js'
import { policy as policyOf } from '../report/fixtures.js'
import { createRegistryClient, type RegistryClient } from '../../src/registry/index.js'
import { loadTrustMaterial } from '../../src/trust/index.js'
import { startRegistry, pushTestImage, type StartedRegistry, type TestImage } from '../support/registry-server.js'
import { startSigstoreStack, type OidcClaims, type SigstoreStack } from '../support/sigstore-stack.js'
import { startFaultServer } from '../support/registry-fault-server.js'
import { legacyLayerFrom, pushBundleReferrer, pushLegacySignatures, signMessage, signStatement } from '../support/cosign-signing.js'

const ISSUER = 'https://token.actions.githubusercontent.com'

let registry: StartedRegistry
let stack: SigstoreStack
let rogue: SigstoreStack
let client: RegistryClient
let trusted: Verifier
let san: string

const basePolicy = (over: Partial<Policy> = {}): Policy => policyOf({ requireSigned: true, ...over })

/** Every verdict that is not verified carries one short line a person reads in five seconds. */
function expectShortReason(v: Verdict): Verdict {
  if (v.status !== 'verified') {
    expect(v.reason).toEqual(expect.any(String))
    expect([...(v.reason ?? '')].length).toBeLessThanOrEqual(160)
    expect(v.reason).not.toMatch(/[\r\n]/)
  }
  return v
}

function verifierFor(policy: Policy, verifier = trusted, keyIdentity?: string): CosignVerifier {
  const inner = createCosignVerifier({ client, verifier, policy, logger: silentLogger, keyIdentity })
  return { ...inner, verify: async target => expectShortReason(await inner.verify(target)) }
}

const nameOf = (img: TestImage): string => `${registry.host}/${img.repo.repository}`
const push = (repo: string, text: string) => pushTestImage(client, registry.host, repo, null, text)

async function signLegacy(img: TestImage, s = stack, claims?: OidcClaims, optional?: Record<string, string>) {
  const payload = toSimpleSigningPayload({ dockerReference: nameOf(img), manifestDigest: img.digest, optional })
  return legacyLayerFrom(payload, await signMessage(s, payload, claims))
}

beforeAll(async () => {
  registry = await startRegistry({ auth: 'none' })
  stack = await startSigstoreStack()
  rogue = await startSigstoreStack()
  client = createRegistryClient({ logger: silentLogger, insecureRegistries: [registry.host] })
  trusted = new Verifier(await loadTrustMaterial({ trustedRoot: stack.trustedRootPath, offline: true, logger: silentLogger }))
  const probe = await signMessage(stack, Buffer.from('probe'))
  san = trusted.verify(toSignedEntity(probe, Buffer.from('probe'))).identity?.subjectAlternativeName ?? ''
}, 60_000)

afterAll(async () => {
  client?.close()
  await Promise.all([registry?.stop(), stack?.stop(), rogue?.stop()])
})

describe('createCosignVerifier().verify', () => {
  describe('when the image has a legacy keyless signature', () => {
    it('verifies it from the sig tag with the signer identity', async () => {
      const img = await push('app/legacy', 'legacy')
      await pushLegacySignatures(client, img.repo, img.digest, [await signLegacy(img)])
      const v = await verifierFor(basePolicy({ certificateIdentity: san, certificateOidcIssuer: ISSUER })).verify({ name: nameOf(img), digest: img.digest })
      expect(v).toMatchObject({ status: 'verified', signed: true, signatureFormat: 'cosign-legacy', signatureLocation: 'sig-tag', signerSubject: san, signerIssuer: ISSUER })
      expect(v.tlogIndex).toEqual(expect.any(Number))
      expect(v.signedAt).toMatch(/^\d{4}-/)
    })

    it('needs at most 3 registry requests once the client is warm', async () => {
      const img = await push('app/count', 'count')
      await pushLegacySignatures(client, img.repo, img.digest, [await signLegacy(img)])
      const before = client.requestCount()
      const v = await verifierFor(basePolicy()).verify({ name: nameOf(img), digest: img.digest })
      expect(v.status).toBe('verified')
      expect(client.requestCount() - before).toBeLessThanOrEqual(3)
    })
  })

  describe('when the image has a cosign v3 bundle referrer', () => {
    it('verifies it from the fallback tag index', async () => {
      const img = await push('app/bundle', 'bundle')
      await pushBundleReferrer(client, img.repo, { digest: img.digest, size: img.manifestBytes.length, mediaType: img.manifest.mediaType }, await signStatement(stack, toCosignSignStatement(img.digest, { repo: 'acme/app' })))
      const v = await verifierFor(basePolicy({ certificateIdentity: san, annotations: { repo: 'acme/app' } })).verify({ name: nameOf(img), digest: img.digest })
      expect(v).toMatchObject({ status: 'verified', signatureFormat: 'sigstore-bundle', signatureLocation: 'referrers-tag', signerSubject: san })
    })

    // Issue 16: a bundle-signed image used to cost a `.sig` miss first (4 requests).
    const signBundle = async (img: TestImage, s = stack, claims?: OidcClaims) =>
      pushBundleReferrer(client, img.repo, { digest: img.digest, size: img.manifestBytes.length, mediaType: img.manifest.mediaType }, await signStatement(s, toCosignSignStatement(img.digest), claims))

    it('reads bundles first, in at most 3 requests, once a bundle verified in that repository', async () => {
      const [first, second] = [await push('order/bundles', 'b1'), await push('order/bundles', 'b2')]
      await signBundle(first)
      await signBundle(second)
      const verifier = verifierFor(basePolicy())
      expect((await verifier.verify({ name: nameOf(first), digest: first.digest })).status).toBe('verified')
      const before = client.requestCount()
      const v = await verifier.verify({ name: nameOf(second), digest: second.digest })
      expect(v).toMatchObject({ status: 'verified', signatureFormat: 'sigstore-bundle' })
      expect(client.requestCount() - before).toBeLessThanOrEqual(3)
    })

    it('still finds a legacy signature, and still says unsigned, after learning the bundle order', async () => {
      const [bundled, legacy, unsigned] = [await push('order/mixed', 'm1'), await push('order/mixed', 'm2'), await push('order/mixed', 'm3')]
      await signBundle(bundled)
      await pushLegacySignatures(client, legacy.repo, legacy.digest, [await signLegacy(legacy)])
      const verifier = verifierFor(basePolicy())
      expect((await verifier.verify({ name: nameOf(bundled), digest: bundled.digest })).status).toBe('verified')
      expect(await verifier.verify({ name: nameOf(legacy), digest: legacy.digest })).toMatchObject({ status: 'verified', signatureFormat: 'cosign-legacy', signatureLocation: 'sig-tag' })
      expect((await verifier.verify({ name: nameOf(unsigned), digest: unsigned.digest })).status).toBe('unsigned')
    })

    it('gives the same refusal whichever storage it reads first', async () => {
      const [bundled, target] = [await push('order/refuse', 'r1'), await push('order/refuse', 'r2')]
      await signBundle(bundled)
      const wrong = { job_workflow_ref: 'evil/repo/.github/workflows/x.yml@refs/heads/main' }
      await pushLegacySignatures(client, target.repo, target.digest, [await signLegacy(target, rogue)])
      await signBundle(target, stack, wrong)
      const policy = basePolicy({ certificateIdentity: san })
      const fresh = await verifierFor(policy).verify({ name: nameOf(target), digest: target.digest })
      const strictLearned = verifierFor(policy)
      expect((await strictLearned.verify({ name: nameOf(bundled), digest: bundled.digest })).status).toBe('verified')
      const after = await strictLearned.verify({ name: nameOf(target), digest: target.digest })
      expect(fresh.status).toBe('untrusted-signer')
      expect(after).toEqual(fresh)
    })
  })

  describe('when the bundle was attached by @sigstore/oci (the actions/attest layout)', () => {
    // @sigstore/oci only signs in after an auth challenge, so this registry asks for Basic auth.
    // Changed by issue 13: this test used to expect `verified` from a provenance alone. A build
    // provenance is an attestation, not a signature; it counts only when signature-predicates lists it.
    it('does not count the provenance as a signature unless signature-predicates accepts its type', async () => {
      const { attachArtifactToImage } = await import('@sigstore/oci')
      const { bundleToJSON } = await import('@sigstore/bundle')
      const basic = await startRegistry({ auth: 'basic' })
      const authed = createRegistryClient({
        logger: silentLogger,
        insecureRegistries: [basic.host],
        credentials: { registry: basic.host, username: basic.username, password: basic.password }
      })
      try {
        const img = await pushTestImage(authed, basic.host, 'app/attested', null, 'attested')
        const name = `${basic.host}/app/attested`
        const provenance = Buffer.from(
          JSON.stringify({
            _type: 'https://in-toto.io/Statement/v1',
            subject: [{ name, digest: { sha256: img.digest.slice('sha256:'.length) } }],
            predicateType: 'https://slsa.dev/provenance/v1',
            predicate: { buildDefinition: { buildType: 'https://actions.github.io/buildtypes/workflow/v1' } }
          })
        )
        const bundle = await signStatement(stack, provenance)
        await attachArtifactToImage({
          imageName: name,
          imageDigest: img.digest,
          artifact: Buffer.from(JSON.stringify(bundleToJSON(bundle))),
          mediaType: bundle.mediaType,
          annotations: { 'dev.sigstore.bundle.content': 'dsse-envelope', 'dev.sigstore.bundle.predicateType': 'https://slsa.dev/provenance/v1' },
          credentials: { username: basic.username, password: basic.password }
        })
        const strict = createCosignVerifier({ client: authed, verifier: trusted, policy: basePolicy({ certificateIdentity: san }), logger: silentLogger })
        const refused = await strict.verify({ name, digest: img.digest })
        expect(refused).toMatchObject({ status: 'unsigned', signed: false })
        expect(refused.details).toMatch(/attestation/)
        const policy = basePolicy({ certificateIdentity: san, signaturePredicates: ['https://slsa.dev/provenance/v1'] })
        const accepting = createCosignVerifier({ client: authed, verifier: trusted, policy, logger: silentLogger })
        const v = await accepting.verify({ name, digest: img.digest })
        expect(v).toMatchObject({ status: 'verified', signatureFormat: 'sigstore-bundle', signatureLocation: 'referrers-tag', predicateType: 'https://slsa.dev/provenance/v1' })
      } finally {
        authed.close()
        await basic.stop()
      }
    })
  })

  describe('when the image carries only a valid SLSA provenance bundle (issue 13)', () => {
    it('is not verified: an attestation is not a signature', async () => {
      const img = await push('app/provenance-only', 'provenance-only')
      const statement = Buffer.from(
        JSON.stringify({
          _type: 'https://in-toto.io/Statement/v1',
          subject: [{ name: nameOf(img), digest: { sha256: img.digest.slice('sha256:'.length) } }],
          predicateType: 'https://slsa.dev/provenance/v1',
          predicate: { buildDefinition: { buildType: 'https://actions.github.io/buildtypes/workflow/v1' } }
        })
      )
      await pushBundleReferrer(client, img.repo, { digest: img.digest, size: img.manifestBytes.length, mediaType: img.manifest.mediaType }, await signStatement(stack, statement))
      const v = await verifierFor(basePolicy({ certificateIdentity: san })).verify({ name: nameOf(img), digest: img.digest })
      expect(v).toMatchObject({ status: 'unsigned', signed: false, signatureFormat: null })
      expect(v.predicateType).toBeUndefined()
    })
  })

  describe('when nothing is signed', () => {
    it('says unsigned after every lookup answered', async () => {
      const img = await push('app/plain', 'plain')
      const v = await verifierFor(basePolicy()).verify({ name: nameOf(img), digest: img.digest })
      expect(v.status).toBe('unsigned')
      expect(v.details).toMatch(/sig-tag/)
      expect(v.details).toMatch(/referrers/)
    })
    it('says not-found when the image does not exist', async () => {
      const v = await verifierFor(basePolicy()).verify({ name: `${registry.host}/app/plain`, digest: 'sha256:' + '0'.repeat(64) })
      expect(v.status).toBe('not-found')
    })
  })

  describe('when several signatures exist', () => {
    it('passes when any one satisfies the policy', async () => {
      const img = await push('app/multi', 'multi')
      const other = await signLegacy(img, stack, { job_workflow_ref: 'evil/repo/.github/workflows/x.yml@refs/heads/main' })
      await pushLegacySignatures(client, img.repo, img.digest, [other, await signLegacy(img)])
      const v = await verifierFor(basePolicy({ certificateIdentity: san })).verify({ name: nameOf(img), digest: img.digest })
      expect(v.status).toBe('verified')
    })
  })
})

describe('adversarial signatures never verify', () => {
  let img: TestImage
  let victim: TestImage
  beforeAll(async () => {
    img = await push('adv/source', 'source')
    victim = await push('adv/victim', 'victim')
  })

  const verdictOf = async (target: TestImage, policy = basePolicy(), verifier?: Verifier, keyIdentity?: string) =>
    verifierFor(policy, verifier, keyIdentity).verify({ name: nameOf(target), digest: target.digest })

  it('rejects a signature moved from another digest', async () => {
    await pushLegacySignatures(client, victim.repo, victim.digest, [await signLegacy(img)])
    expect((await verdictOf(victim)).status).toBe('invalid-signature')
  })

  it('rejects a tampered payload', async () => {
    const t = await push('adv/payload', 'payload')
    const layer = await signLegacy(t)
    const payload = Buffer.from(layer.payload.toString().replace('"optional":null', '"optional":{"x":"y"}'))
    await pushLegacySignatures(client, t.repo, t.digest, [{ payload, annotations: layer.annotations }])
    expect((await verdictOf(t)).status).toBe('invalid-signature')
  })

  it('rejects a tampered signature', async () => {
    const t = await push('adv/sig', 'sig')
    const layer = await signLegacy(t)
    const sig = Buffer.from(layer.annotations[ANNOTATION_SIGNATURE], 'base64')
    sig[sig.length - 1] ^= 1
    await pushLegacySignatures(client, t.repo, t.digest, [{ ...layer, annotations: { ...layer.annotations, [ANNOTATION_SIGNATURE]: sig.toString('base64') } }])
    expect((await verdictOf(t)).status).toBe('invalid-signature')
  })

  it('rejects a certificate from an untrusted CA', async () => {
    const t = await push('adv/ca', 'ca')
    await pushLegacySignatures(client, t.repo, t.digest, [await signLegacy(t, rogue)])
    expect((await verdictOf(t)).status).toBe('invalid-signature')
  })

  it('rejects a SET signed by another log key', async () => {
    const t = await push('adv/set', 'set')
    const good = await signLegacy(t)
    const foreign = await signLegacy(t, rogue)
    const set = JSON.parse(foreign.annotations[ANNOTATION_BUNDLE]).SignedEntryTimestamp
    const bundle = { ...JSON.parse(good.annotations[ANNOTATION_BUNDLE]), SignedEntryTimestamp: set }
    await pushLegacySignatures(client, t.repo, t.digest, [{ ...good, annotations: { ...good.annotations, [ANNOTATION_BUNDLE]: JSON.stringify(bundle) } }])
    expect((await verdictOf(t)).status).toBe('invalid-signature')
  })

  it('rejects a certificate without log or timestamp proof', async () => {
    const t = await push('adv/nolog', 'nolog')
    const layer = await signLegacy(t)
    const annotations = { ...layer.annotations }
    delete annotations[ANNOTATION_BUNDLE]
    await pushLegacySignatures(client, t.repo, t.digest, [{ ...layer, annotations }])
    expect((await verdictOf(t)).status).toBe('invalid-signature')
  })

  it('rejects a wrong identity, a wrong issuer and an issuer outside the allowlist', async () => {
    const t = await push('adv/identity', 'identity')
    await pushLegacySignatures(client, t.repo, t.digest, [await signLegacy(t)])
    expect((await verdictOf(t, basePolicy({ certificateIdentity: san + 'x' }))).status).toBe('untrusted-signer')
    expect((await verdictOf(t, basePolicy({ certificateIdentityRegexp: '^https://github\\.com/evil/' }))).status).toBe('untrusted-signer')
    expect((await verdictOf(t, basePolicy({ certificateOidcIssuer: 'https://accounts.google.com' }))).status).toBe('untrusted-signer')
    const v = await verdictOf(t, basePolicy({ issuerAllowlist: ['https://idp.fremverk.com'] }))
    expect(v.status).toBe('untrusted-signer')
    expect(v.signerIssuer).toBe(ISSUER)
    expect(v.details).toContain('https://idp.fremverk.com')
  })

  it('rejects a bundle whose statement names another digest', async () => {
    const t = await push('adv/subject', 'subject')
    await pushBundleReferrer(client, t.repo, { digest: t.digest, size: t.manifestBytes.length, mediaType: t.manifest.mediaType }, await signStatement(stack, toCosignSignStatement(img.digest)))
    expect((await verdictOf(t)).status).toBe('invalid-signature')
  })

  it('rejects a registry that answers a manifest request with another manifest', async () => {
    const honest = await push('adv/honest', 'honest')
    const victim = await push('adv/proxied', 'proxied')
    const subject = (t: TestImage) => ({ digest: t.digest, size: t.manifestBytes.length, mediaType: t.manifest.mediaType })
    const genuine = await pushBundleReferrer(client, honest.repo, subject(honest), await signStatement(stack, toCosignSignStatement(honest.digest)))
    const forged = await pushBundleReferrer(client, victim.repo, subject(victim), await signStatement(stack, toCosignSignStatement(honest.digest)))
    const swap = (await client.getManifest(honest.repo, genuine)).bytes
    // A loopback proxy in front of the real registry that swaps one manifest for another.
    const proxy = await startFaultServer(async (req, res) => {
      if (req.method === 'GET' && req.path === `/v2/${victim.repo.repository}/manifests/${forged}`) {
        res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json', 'docker-content-digest': forged }).end(swap)
        return
      }
      const upstream = await fetch(`http://${registry.host}${req.path}`, { method: req.method, headers: { accept: String(req.headers.accept ?? '*/*') } })
      const headers: Record<string, string> = {}
      for (const h of ['content-type', 'docker-content-digest', 'www-authenticate']) if (upstream.headers.get(h)) headers[h] = upstream.headers.get(h) as string
      res.writeHead(upstream.status, headers).end(Buffer.from(await upstream.arrayBuffer()))
    })
    const viaProxy = createRegistryClient({ logger: silentLogger, insecureRegistries: [proxy.host], maxAttempts: 1 })
    try {
      const v = await createCosignVerifier({ client: viaProxy, verifier: trusted, policy: basePolicy(), logger: silentLogger }).verify({ name: `${proxy.host}/${victim.repo.repository}`, digest: victim.digest })
      expect(v.status).not.toBe('verified')
      expect(v.status).toBe('registry-error')
      expect(v.details).toMatch(/digest/i)
    } finally {
      viaProxy.close()
      await proxy.stop()
    }
  })

  describe('when signatures are key-based', () => {
    const keys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    const pem = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString()
    const wrong = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({ type: 'spki', format: 'pem' }).toString()

    async function keyVerifier(publicPem: string, ignoreTlog: boolean) {
      const trust = await loadTrustMaterial({ trustedRoot: stack.trustedRootPath, offline: true, logger: silentLogger, key: publicPem })
      return new Verifier(trust, { tlogThreshold: ignoreTlog ? 0 : 1, ctlogThreshold: 0, timestampThreshold: ignoreTlog ? 0 : 1 })
    }

    it('checks the signature against the configured key only', async () => {
      const t = await push('adv/key', 'key')
      const payload = toSimpleSigningPayload({ dockerReference: nameOf(t), manifestDigest: t.digest })
      const signature = cryptoSign('sha256', payload, keys.privateKey).toString('base64')
      await pushLegacySignatures(client, t.repo, t.digest, [{ payload, annotations: { [ANNOTATION_SIGNATURE]: signature } }])
      const policy = basePolicy({ key: pem })
      expect((await verdictOf(t, policy, await keyVerifier(pem, false), 'key')).status).toBe('invalid-signature')
      expect((await verdictOf(t, { ...policy, insecureIgnoreTlog: true }, await keyVerifier(pem, true), 'key')).status).toBe('verified')
      expect((await verdictOf(t, { ...policy, key: wrong, insecureIgnoreTlog: true }, await keyVerifier(wrong, true), 'key')).status).toBe('invalid-signature')
      const keyless = await verdictOf(t)
      expect(keyless.status).toBe('invalid-signature')
      expect(keyless.hints?.some(h => h.includes('`key`'))).toBe(true)
    })
  })
})
