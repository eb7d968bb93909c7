/**
 * Issue 16, the adversarial "SCT removed" case for the certificate-chain caches: a leaf certificate
 * issued by the local stack's own Fulcio CA and logged in its Rekor, valid in every respect but one:
 * it carries no SCT. Keyless verification requires one (ctlogThreshold 1), so it is refused before
 * any cache is warm and after a genuine certificate from the same CA has warmed them all.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import 'reflect-metadata'
import * as x509 from '@peculiar/x509'
import type { Bundle } from '@sigstore/bundle'
import { MessageSignatureBundleBuilder, RekorWitness } from '@sigstore/sign'
import { toSignedEntity, Verifier, type TrustMaterial } from '@sigstore/verify'
import { createPublicKey, generateKeyPairSync, sign as cryptoSign } from 'node:crypto'
import { toSimpleSigningPayload } from '../../src/cosign/index.js'
import { createVerifier } from '../../src/engine/compose.js'
import { silentLogger } from '../../src/logger.js'
import { createRegistryClient, type RegistryClient } from '../../src/registry/index.js'
import { loadTrustMaterial } from '../../src/trust/index.js'
import { policy } from '../report/fixtures.js'
import { legacyLayerFrom, pushLegacySignatures, signMessage } from '../support/cosign-signing.js'
import { pushTestImage, startRegistry, type StartedRegistry } from '../support/registry-server.js'
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore-stack.js'

const webcrypto = globalThis.crypto
x509.cryptoProvider.set(webcrypto)
const P256 = { name: 'ECDSA', namedCurve: 'P-256' }
const OID_SCT_LIST = '1.3.6.1.4.1.11129.2.4.2'
const OID_FULCIO_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1'
const SAN = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main'

let stack: SigstoreStack
let trust: TrustMaterial

/** A Fulcio-shaped leaf (the extensions @sigstore/mock's CA writes) signed by the stack's CA, minus the SCT list. */
async function leafWithoutSct(): Promise<{ pem: string; sign: (data: Buffer) => Buffer }> {
  const keys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  const publicKey = await webcrypto.subtle.importKey('spki', keys.publicKey.export({ type: 'spki', format: 'der' }), P256, true, ['verify'])
  const caPublic = await webcrypto.subtle.importKey('spki', createPublicKey(stack.ca.privateKey).export({ type: 'spki', format: 'der' }), P256, true, ['verify'])
  const caSigning = await webcrypto.subtle.importKey('pkcs8', stack.ca.privateKey.export({ type: 'pkcs8', format: 'der' }), P256, false, ['sign'])
  const now = Date.now()
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: '5c7',
    issuer: stack.ca.name,
    publicKey,
    signingKey: caSigning,
    signingAlgorithm: { name: 'ECDSA', hash: 'SHA-384' },
    notBefore: new Date(now - 60_000),
    notAfter: new Date(now + 10 * 60_000),
    extensions: [
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.codeSigning]),
      new x509.SubjectAlternativeNameExtension([{ type: 'url', value: SAN }], true),
      await x509.SubjectKeyIdentifierExtension.create(publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(caPublic),
      new x509.Extension(OID_FULCIO_ISSUER_V1, false, Buffer.from('https://token.actions.githubusercontent.com'))
    ]
  })
  expect(cert.getExtension(OID_SCT_LIST)).toBeNull()
  return { pem: cert.toString('pem'), sign: data => cryptoSign('sha256', data, keys.privateKey) }
}

/** A hashedrekord bundle over `data`, signed with a certificate without SCT and logged in the stack's Rekor. */
async function signWithoutSct(data: Buffer): Promise<Bundle> {
  const leaf = await leafWithoutSct()
  const signer = { sign: async (d: Buffer) => ({ signature: leaf.sign(d), key: { $case: 'x509Certificate' as const, certificate: leaf.pem } }) }
  return new MessageSignatureBundleBuilder({ signer, witnesses: [new RekorWitness({ rekorBaseURL: stack.rekorUrl })] }).create({ data })
}

/** The keyless verifier createVerifier builds (@sigstore/verify defaults: ctlogThreshold 1), or one with other thresholds. */
function outcome(bundle: Bundle, data: Buffer, options?: ConstructorParameters<typeof Verifier>[1]): string {
  try {
    new Verifier(trust, options).verify(toSignedEntity(bundle, data))
    return 'ok'
  } catch (e) {
    return (e as { code?: string }).code ?? 'UNCODED'
  }
}

const DATA = Buffer.from('sct removed')
let forged: Bundle
let genuine: Bundle

beforeAll(async () => {
  stack = await startSigstoreStack()
  trust = await loadTrustMaterial({ trustedRoot: stack.trustedRootPath, offline: true, logger: silentLogger })
  forged = await signWithoutSct(DATA)
  genuine = await signMessage(stack, DATA)
}, 60_000)

afterAll(async () => {
  await stack?.stop()
})

describe('a leaf from the trusted CA without an SCT', () => {
  it('is refused before any certificate was verified in this process (cold caches)', () => {
    expect(outcome(forged, DATA)).toBe('CERTIFICATE_ERROR')
  })

  it('is refused after a genuine certificate from the same CA warmed the issuer key and CA-check caches', () => {
    expect(outcome(genuine, DATA)).toBe('ok')
    expect(outcome(forged, DATA)).toBe('CERTIFICATE_ERROR')
    expect(outcome(genuine, DATA)).toBe('ok')
    expect(outcome(forged, DATA)).toBe('CERTIFICATE_ERROR')
  })

  it('fails on the SCT alone: without the SCT requirement the same bundle verifies, and after that it is still refused', () => {
    expect(outcome(forged, DATA, { ctlogThreshold: 0 })).toBe('ok')
    expect(outcome(forged, DATA)).toBe('CERTIFICATE_ERROR')
  })

  describe('through the verifier a run builds, against a real registry', () => {
    let registry: StartedRegistry
    let client: RegistryClient
    beforeAll(async () => {
      registry = await startRegistry({ auth: 'none' })
      client = createRegistryClient({ logger: silentLogger, insecureRegistries: [registry.host] })
    }, 60_000)
    afterAll(async () => {
      client?.close()
      await registry?.stop()
    })

    it('says invalid-signature for the image signed with it, and verified for its genuinely signed twin', async () => {
      const run = await createVerifier({ policy: policy({ requireSigned: true }), keys: [], trust: { trustedRoot: stack.trustedRootPath, tufMirror: undefined, tufRoot: undefined, offline: true, timeoutMs: 30_000, env: {}, workspace: process.cwd() } }, silentLogger, client)
      const verdicts: Record<string, string> = {}
      for (const kind of ['genuine', 'forged', 'genuine again', 'forged again']) {
        const img = await pushTestImage(client, registry.host, 'sct/removed', null, kind)
        const name = `${registry.host}/${img.repo.repository}`
        const payload = toSimpleSigningPayload({ dockerReference: name, manifestDigest: img.digest })
        const bundle = kind.startsWith('forged') ? await signWithoutSct(payload) : await signMessage(stack, payload)
        await pushLegacySignatures(client, img.repo, img.digest, [legacyLayerFrom(payload, bundle)])
        verdicts[kind] = (await run.verify({ name, digest: img.digest, tags: [], refs: [] })).status
      }
      expect(verdicts).toEqual({ genuine: 'verified', forged: 'invalid-signature', 'genuine again': 'verified', 'forged again': 'invalid-signature' })
    })
  })
})
