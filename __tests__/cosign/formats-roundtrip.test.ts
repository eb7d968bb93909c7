import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { bundleFromJSON, bundleToJSON, type Bundle } from '@sigstore/bundle'
import { DSSEBundleBuilder, MessageSignatureBundleBuilder } from '@sigstore/sign'
import { Verifier, toSignedEntity, type TrustMaterial } from '@sigstore/verify'
import { generateKeyPairSync } from 'node:crypto'
import {
  ANNOTATION_BUNDLE,
  ANNOTATION_CERTIFICATE,
  ANNOTATION_RFC3161_TIMESTAMP,
  COSIGN_SIGN_PREDICATE_TYPE,
  IN_TOTO_PAYLOAD_TYPE,
  bundleFromCosignLayer,
  checkSimpleSigningClaims,
  checkStatementSubject,
  cosignAnnotationsFromBundle,
  digestOf,
  simpleSigningPayloadFromBytes,
  statementFromEnvelope,
  toCosignSignStatement,
  toSimpleSigningPayload
} from '../../src/cosign/formats/index.js'
import { silentLogger } from '../../src/logger.js'
import { loadTrustMaterial, withPublicKey } from '../../src/trust/index.js'
import { keySigner, stackSigner, stackWitnesses } from '../support/sigstore-signing.js'
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore-stack.js'
import { codeOf } from '../support/error-code.js'

const IMAGE = digestOf(Buffer.from('an image manifest'))
const OTHER_IMAGE = digestOf(Buffer.from('another image manifest'))
const REPOSITORY = 'ghcr.io/octo-org/octo-repo'
const SUBJECT = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main'
const POLICY = { subjectAlternativeName: SUBJECT, extensions: { issuer: 'https://token.actions.githubusercontent.com' } }

let stack: SigstoreStack
let trust: TrustMaterial

beforeAll(async () => {
  stack = await startSigstoreStack()
  trust = await loadTrustMaterial({ trustedRoot: stack.trustedRootPath, offline: true, logger: silentLogger })
})
afterAll(async () => stack.stop())

const signLegacy = (payload: Buffer, tsa = true) =>
  new MessageSignatureBundleBuilder({ signer: stackSigner(stack), witnesses: stackWitnesses(stack, { tsa }) }).create({ data: payload })

describe('bundleFromCosignLayer', () => {
  describe('when the layer was made from a keyless message-signature bundle', () => {
    let payload: Buffer
    let annotations: Record<string, string>
    beforeAll(async () => {
      payload = toSimpleSigningPayload({ dockerReference: REPOSITORY, manifestDigest: IMAGE })
      annotations = cosignAnnotationsFromBundle(await signLegacy(payload))
    })

    it('verifies with the SET, the TSA timestamp and the SCT', () => {
      const signer = new Verifier(trust).verify(toSignedEntity(bundleFromCosignLayer({ payload, annotations }), payload), POLICY)
      expect(signer.identity?.subjectAlternativeName).toBe(SUBJECT)
      expect(annotations[ANNOTATION_RFC3161_TIMESTAMP]).toBeDefined()
    })

    it('verifies with the SET alone as the timestamp', () => {
      const { [ANNOTATION_RFC3161_TIMESTAMP]: _ts, ...setOnly } = annotations
      const bundle = bundleFromCosignLayer({ payload, annotations: setOnly })
      expect(() => new Verifier(trust).verify(toSignedEntity(bundle, payload), POLICY)).not.toThrow()
    })

    it('binds the payload to the image it was made for', () => {
      const claims = simpleSigningPayloadFromBytes(payload)
      expect(() => checkSimpleSigningClaims(claims, IMAGE)).not.toThrow()
      expect(codeOf(() => checkSimpleSigningClaims(claims, OTHER_IMAGE))).toBe('FORMAT_PAYLOAD_MISMATCH')
    })

    it('fails when the signature is moved onto a payload for another digest', () => {
      const moved = toSimpleSigningPayload({ dockerReference: REPOSITORY, manifestDigest: OTHER_IMAGE })
      const bundle = bundleFromCosignLayer({ payload: moved, annotations })
      expect(codeOf(() => new Verifier(trust).verify(toSignedEntity(bundle, moved), POLICY))).toBe('TLOG_BODY_ERROR')
    })

    it('fails when the SET no longer matches the entry', () => {
      const rekorBundle = JSON.parse(annotations[ANNOTATION_BUNDLE]) as { Payload: { integratedTime: number } }
      rekorBundle.Payload.integratedTime += 1
      const { [ANNOTATION_RFC3161_TIMESTAMP]: _ts, ...rest } = annotations
      const bundle = bundleFromCosignLayer({ payload, annotations: { ...rest, [ANNOTATION_BUNDLE]: JSON.stringify(rekorBundle) } })
      expect(codeOf(() => new Verifier(trust).verify(toSignedEntity(bundle, payload), POLICY))).toBe('TLOG_INCLUSION_PROMISE_ERROR')
    })

    it('fails for another identity', () => {
      const bundle = bundleFromCosignLayer({ payload, annotations })
      const policy = { ...POLICY, subjectAlternativeName: 'https://github.com/evil-org/x/.github/workflows/r.yml@refs/heads/main' }
      expect(codeOf(() => new Verifier(trust).verify(toSignedEntity(bundle, payload), policy))).toBe('UNTRUSTED_SIGNER_ERROR')
    })
  })

  describe('when the layer was signed with a key and logged in Rekor', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    const pem = publicKey.export({ format: 'pem', type: 'spki' }).toString()
    let payload: Buffer
    let annotations: Record<string, string>
    beforeAll(async () => {
      payload = toSimpleSigningPayload({ dockerReference: REPOSITORY, manifestDigest: IMAGE, optional: { env: 'prod' } })
      const witnesses = stackWitnesses(stack, { tsa: false })
      annotations = cosignAnnotationsFromBundle(await new MessageSignatureBundleBuilder({ signer: keySigner(privateKey, publicKey), witnesses }).create({ data: payload }))
    })

    it('carries no certificate and verifies against the public key', () => {
      expect(annotations[ANNOTATION_CERTIFICATE]).toBeUndefined()
      const bundle = bundleFromCosignLayer({ payload, annotations })
      expect(bundle.verificationMaterial.content.$case).toBe('publicKey')
      expect(() => new Verifier(withPublicKey(trust, pem), { ctlogThreshold: 0 }).verify(toSignedEntity(bundle, payload))).not.toThrow()
    })

    it('fails against another public key', () => {
      const other = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({ format: 'pem', type: 'spki' }).toString()
      const bundle = bundleFromCosignLayer({ payload, annotations })
      const code = codeOf(() => new Verifier(withPublicKey(trust, other), { ctlogThreshold: 0 }).verify(toSignedEntity(bundle, payload)))
      expect(code).toBe('SIGNATURE_ERROR')
    })
  })
})

describe('cosignAnnotationsFromBundle', () => {
  describe('when the bundle went through JSON', () => {
    it('gives the same annotations as the bundle it came from', async () => {
      const payload = toSimpleSigningPayload({ dockerReference: REPOSITORY, manifestDigest: IMAGE })
      const bundle = await signLegacy(payload)
      const reread: Bundle = bundleFromJSON(bundleToJSON(bundle))
      expect(cosignAnnotationsFromBundle(reread)).toEqual(cosignAnnotationsFromBundle(bundle))
    })
  })

  describe('when the bundle is a DSSE bundle', () => {
    it('refuses with FORMAT_BUNDLE_UNSUPPORTED', async () => {
      const bundle = await new DSSEBundleBuilder({ signer: stackSigner(stack), witnesses: stackWitnesses(stack, { tsa: false }) }).create({
        data: toCosignSignStatement(IMAGE),
        type: IN_TOTO_PAYLOAD_TYPE
      })
      expect(codeOf(() => cosignAnnotationsFromBundle(bundle))).toBe('FORMAT_BUNDLE_UNSUPPORTED')
    })
  })
})

describe('toCosignSignStatement', () => {
  describe('when signed as a DSSE bundle (cosign v3 format)', () => {
    let bundle: Bundle
    beforeAll(async () => {
      const builder = new DSSEBundleBuilder({ signer: stackSigner(stack), witnesses: stackWitnesses(stack) })
      bundle = bundleFromJSON(bundleToJSON(await builder.create({ data: toCosignSignStatement(IMAGE), type: IN_TOTO_PAYLOAD_TYPE })))
    })

    it('verifies and its statement binds the image digest', () => {
      expect(() => new Verifier(trust).verify(toSignedEntity(bundle), POLICY)).not.toThrow()
      if (bundle.content.$case !== 'dsseEnvelope') throw new Error('expected a DSSE bundle')
      const statement = statementFromEnvelope(bundle.content.dsseEnvelope)
      expect(statement.predicateType).toBe(COSIGN_SIGN_PREDICATE_TYPE)
      expect(() => checkStatementSubject(statement, IMAGE)).not.toThrow()
      expect(codeOf(() => checkStatementSubject(statement, OTHER_IMAGE))).toBe('FORMAT_STATEMENT_MISMATCH')
    })
  })
})
