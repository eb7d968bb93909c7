/**
 * A Rekor v2 test log: there is no mock for it. An RFC 6962 Merkle tree of canonicalized entry
 * bodies (hashedrekord / dsse v0.0.2, the Rekor v2 protobuf Entry as JSON), a checkpoint for each
 * append signed with the log key in the signed-note format (transparency-dev/formats log/README.md),
 * and the log's instance for trusted_root.json. Rekor v2 gives no SET and no integrated time: the
 * time comes from an RFC 3161 timestamp, which the caller adds with the stack's TSA.
 */
import type { Bundle, TransparencyLogEntry } from '@sigstore/bundle'
import { HashAlgorithm, PublicKeyDetails, TransparencyLogInstance } from '@sigstore/protobuf-specs'
import { Entry } from '@sigstore/protobuf-specs/rekor/v2'
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto'

const sha256 = (...parts: Buffer[]): Buffer => parts.reduce((h, p) => h.update(p), createHash('sha256')).digest()
const leafHash = (leaf: Buffer): Buffer => sha256(Buffer.from([0]), leaf)
const nodeHash = (left: Buffer, right: Buffer): Buffer => sha256(Buffer.from([1]), left, right)
const largestPowerOfTwoBelow = (n: number): number => 2 ** Math.floor(Math.log2(n - 1))

/** RFC 6962 MTH. */
function rootOf(leaves: Buffer[]): Buffer {
  if (leaves.length === 1) return leafHash(leaves[0])
  const k = largestPowerOfTwoBelow(leaves.length)
  return nodeHash(rootOf(leaves.slice(0, k)), rootOf(leaves.slice(k)))
}

/** RFC 6962 PATH(m, D[n]), lowest level first. */
function pathOf(m: number, leaves: Buffer[]): Buffer[] {
  if (leaves.length <= 1) return []
  const k = largestPowerOfTwoBelow(leaves.length)
  return m < k ? [...pathOf(m, leaves.slice(0, k)), rootOf(leaves.slice(k))] : [...pathOf(m - k, leaves.slice(k)), rootOf(leaves.slice(0, k))]
}

export interface TestLogV2 {
  origin: string
  baseUrl: string
  logId: Buffer
  /** The log's entry for trusted_root.json's `tlogs`, as JSON. */
  instanceJson(): unknown
  /** Logs the bundle's signature and returns the bundle (v0.3) carrying the entry. */
  log(bundle: Bundle, options?: { checkpointKey?: KeyObject }): Bundle
}

function signerOf(bundle: Bundle) {
  const content = bundle.verificationMaterial.content
  const rawBytes = content.$case === 'x509CertificateChain' ? content.x509CertificateChain.certificates[0].rawBytes : content.$case === 'certificate' ? content.certificate.rawBytes : undefined
  if (!rawBytes) throw new Error('the test log handles certificate bundles only')
  return { verifier: { $case: 'x509Certificate' as const, x509Certificate: { rawBytes: Buffer.from(rawBytes) } }, keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256 }
}

function bodyOf(bundle: Bundle): { kind: string; body: Buffer } {
  const verifier = signerOf(bundle)
  if (bundle.content.$case === 'dsseEnvelope') {
    const envelope = bundle.content.dsseEnvelope
    const entry: Entry = {
      kind: 'dsse',
      apiVersion: '0.0.2',
      spec: { spec: { $case: 'dsseV002', dsseV002: { payloadHash: { algorithm: HashAlgorithm.SHA2_256, digest: sha256(Buffer.from(envelope.payload)) }, signatures: [{ content: Buffer.from(envelope.signatures[0].sig), verifier }] } } }
    }
    return { kind: 'dsse', body: Buffer.from(JSON.stringify(Entry.toJSON(entry))) }
  }
  const message = bundle.content.messageSignature
  const entry: Entry = {
    kind: 'hashedrekord',
    apiVersion: '0.0.2',
    spec: { spec: { $case: 'hashedRekordV002', hashedRekordV002: { data: { algorithm: HashAlgorithm.SHA2_256, digest: Buffer.from(message.messageDigest?.digest ?? []) }, signature: { content: Buffer.from(message.signature), verifier } } } }
  }
  return { kind: 'hashedrekord', body: Buffer.from(JSON.stringify(Entry.toJSON(entry))) }
}

export function createTestLogV2(origin = 'rekor-v2.fremforge.test'): TestLogV2 {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  const spki = publicKey.export({ type: 'spki', format: 'der' })
  const logId = sha256(spki)
  const leaves: Buffer[] = []
  const baseUrl = `https://${origin}`

  function checkpoint(size: number, root: Buffer, key: KeyObject): string {
    const note = `${origin}\n${size}\n${root.toString('base64')}\n`
    const signature = sign('sha256', Buffer.from(note), key)
    return `${note}\n\u2014 ${origin} ${Buffer.concat([logId.subarray(0, 4), signature]).toString('base64')}\n`
  }

  return {
    origin,
    baseUrl,
    logId,
    instanceJson: () =>
      TransparencyLogInstance.toJSON({
        baseUrl,
        hashAlgorithm: HashAlgorithm.SHA2_256,
        publicKey: { rawBytes: spki, keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256, validFor: { start: new Date(Date.now() - 3_600_000), end: undefined } },
        logId: { keyId: logId },
        checkpointKeyId: undefined,
        operator: 'fremforge-rekor-v2-test-log'
      }),
    log(bundle, options = {}) {
      const { kind, body } = bodyOf(bundle)
      leaves.push(body)
      const index = leaves.length - 1
      const root = rootOf(leaves)
      const entry: TransparencyLogEntry = {
        logIndex: String(index),
        logId: { keyId: logId },
        kindVersion: { kind, version: '0.0.2' },
        integratedTime: '0',
        inclusionPromise: undefined,
        inclusionProof: {
          logIndex: String(index),
          rootHash: root,
          treeSize: String(leaves.length),
          hashes: pathOf(index, leaves),
          checkpoint: { envelope: checkpoint(leaves.length, root, options.checkpointKey ?? privateKey) }
        },
        canonicalizedBody: body
      }
      // Bundle v0.3 holds the leaf alone, never a chain.
      const leaf = signerOf(bundle).verifier.x509Certificate
      const content = { $case: 'certificate' as const, certificate: leaf }
      return { ...bundle, mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', verificationMaterial: { ...bundle.verificationMaterial, content, tlogEntries: [entry] } } as Bundle
    }
  }
}
