/**
 * Test-side signing: produces real signatures with the local Sigstore stack and stores them the
 * way cosign does, so the verifier can be tested against genuine and tampered material alike.
 */
import { bundleToJSON, type Bundle } from '@sigstore/bundle'
import { DSSEBundleBuilder, FulcioSigner, MessageSignatureBundleBuilder, RekorWitness, TSAWitness } from '@sigstore/sign'
import { createHash } from 'node:crypto'
import type { RegistryClient, RepoRef } from '../../src/registry/index.js'
import {
  ANNOTATION_BUNDLE_CONTENT,
  ANNOTATION_BUNDLE_PREDICATE_TYPE,
  COSIGN_SIGN_PREDICATE_TYPE,
  cosignAnnotationsFromBundle,
  IN_TOTO_PAYLOAD_TYPE,
  OCI_EMPTY_MEDIA_TYPE,
  OCI_CONFIG_MEDIA_TYPE,
  OCI_MANIFEST_MEDIA_TYPE,
  SIGSTORE_BUNDLE_V03_MEDIA_TYPE,
  SIMPLE_SIGNING_MEDIA_TYPE,
  sigTag
} from '../../src/cosign/index.js'
import type { OidcClaims, SigstoreStack } from './sigstore-stack.js'

const sha256 = (b: Buffer): string => `sha256:${createHash('sha256').update(b).digest('hex')}`

function signer(stack: SigstoreStack, claims?: OidcClaims) {
  return new FulcioSigner({ fulcioBaseURL: stack.fulcioUrl, identityProvider: { getToken: async () => stack.issueToken(claims) } })
}

function witnesses(stack: SigstoreStack, tsa: boolean) {
  const list = [new RekorWitness({ rekorBaseURL: stack.rekorUrl })]
  return tsa ? [...list, new TSAWitness({ tsaBaseURL: stack.tsaUrl })] : list
}

/** A message-signature bundle over `data` (the legacy cosign shape: hashedrekord). */
export async function signMessage(stack: SigstoreStack, data: Buffer, claims?: OidcClaims, tsa = false): Promise<Bundle> {
  return new MessageSignatureBundleBuilder({ signer: signer(stack, claims), witnesses: witnesses(stack, tsa) }).create({ data })
}

/** A DSSE bundle over an in-toto statement (the cosign v3 shape). */
export async function signStatement(stack: SigstoreStack, statement: Buffer, claims?: OidcClaims): Promise<Bundle> {
  return new DSSEBundleBuilder({ signer: signer(stack, claims), witnesses: witnesses(stack, false) }).create({ data: statement, type: IN_TOTO_PAYLOAD_TYPE })
}

export interface LegacyLayer {
  payload: Buffer
  annotations: Record<string, string>
}

/** Writes `sha256-<hex>.sig` with these layers, as cosign v2 stores signatures. */
export async function pushLegacySignatures(client: RegistryClient, repo: RepoRef, digest: string, layers: LegacyLayer[]): Promise<string> {
  const config = Buffer.from('{"architecture":"","os":"","config":{},"rootfs":{"type":"layers","diff_ids":[]}}')
  await client.uploadBlob(repo, config)
  for (const l of layers) await client.uploadBlob(repo, l.payload)
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST_MEDIA_TYPE,
      config: { mediaType: OCI_CONFIG_MEDIA_TYPE, size: config.length, digest: sha256(config) },
      layers: layers.map(l => ({ mediaType: SIMPLE_SIGNING_MEDIA_TYPE, size: l.payload.length, digest: sha256(l.payload), annotations: l.annotations }))
    })
  )
  await client.putManifest(repo, sigTag(digest), manifest, OCI_MANIFEST_MEDIA_TYPE)
  return sha256(manifest)
}

export function legacyLayerFrom(payload: Buffer, bundle: Bundle): LegacyLayer {
  return { payload, annotations: cosignAnnotationsFromBundle(bundle) }
}

/** Attaches a bundle as an OCI 1.1 referrer of `digest`, updating the fallback tag index. */
export async function pushBundleReferrer(
  client: RegistryClient,
  repo: RepoRef,
  subject: { digest: string; size: number; mediaType: string },
  bundle: Bundle | Buffer,
  predicateType = COSIGN_SIGN_PREDICATE_TYPE
): Promise<string> {
  const bytes = Buffer.isBuffer(bundle) ? bundle : Buffer.from(JSON.stringify(bundleToJSON(bundle)))
  const empty = Buffer.from('{}')
  await client.uploadBlob(repo, empty)
  await client.uploadBlob(repo, bytes)
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST_MEDIA_TYPE,
      artifactType: SIGSTORE_BUNDLE_V03_MEDIA_TYPE,
      config: { mediaType: OCI_EMPTY_MEDIA_TYPE, size: 2, digest: sha256(empty) },
      layers: [{ mediaType: SIGSTORE_BUNDLE_V03_MEDIA_TYPE, size: bytes.length, digest: sha256(bytes) }],
      subject,
      annotations: { [ANNOTATION_BUNDLE_CONTENT]: 'dsse-envelope', [ANNOTATION_BUNDLE_PREDICATE_TYPE]: predicateType }
    })
  )
  const digest = sha256(manifest)
  const put = await client.putManifest(repo, digest, manifest, OCI_MANIFEST_MEDIA_TYPE)
  if (!put.subjectDigest) {
    await client.addReferrerToFallbackIndex(repo, subject.digest, { mediaType: OCI_MANIFEST_MEDIA_TYPE, digest, size: manifest.length, artifactType: SIGSTORE_BUNDLE_V03_MEDIA_TYPE })
  }
  return digest
}
