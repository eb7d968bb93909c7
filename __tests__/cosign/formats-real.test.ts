import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Verifier, toSignedEntity, type TrustMaterial } from '@sigstore/verify'
import nock from 'nock'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import {
  ANNOTATION_CHAIN,
  bundleFromCosignLayer,
  certificatesFromPem,
  checkSimpleSigningClaims,
  cosignAnnotationsFromBundle,
  digestOf,
  simpleSigningPayloadFromBytes,
  toSimpleSigningPayload,
  type GoJsonValue
} from '../../src/cosign/formats/index.js'
import { silentLogger } from '../../src/logger.js'
import { loadTrustMaterial } from '../../src/trust/index.js'
import { codeOf } from '../support/error-code.js'

interface Fixture {
  name: string
  signer: { subject: string; issuer: string }
  image: { dockerReference: string; digest: string }
  layerIndex: number
  payload: Buffer
  layer: { digest: string; size: number; annotations: Record<string, string> }
}

const FIXTURES = path.join(process.cwd(), '__tests__', 'fixtures', 'cosign')

function loadFixture(name: string): Fixture {
  const dir = path.join(FIXTURES, name)
  const meta = JSON.parse(readFileSync(path.join(dir, 'fixture.json'), 'utf8')) as Omit<Fixture, 'name' | 'payload' | 'layer'>
  const manifest = JSON.parse(readFileSync(path.join(dir, 'sig-manifest.json'), 'utf8')) as { layers: Fixture['layer'][] }
  return { ...meta, name, payload: readFileSync(path.join(dir, 'payload.json')), layer: manifest.layers[meta.layerIndex] }
}

const fixtures = ['go-bazel-github-workflow-v0.0.30', 'cosign-bazel-cloud-build-2022'].map(loadFixture)
let trust: TrustMaterial

beforeAll(async () => {
  nock.disableNetConnect()
  trust = await loadTrustMaterial({ offline: true, logger: silentLogger })
})
// nock 15 patches node:net for the whole jest worker; leaving it active breaks later test files.
afterAll(() => {
  nock.enableNetConnect()
  nock.restore()
})

describe.each(fixtures)('a real cosign signature ($name)', fixture => {
  describe('toSimpleSigningPayload', () => {
    describe('when given the values cosign verify printed', () => {
      it('rebuilds the signed blob byte for byte', () => {
        const optional = simpleSigningPayloadFromBytes(fixture.payload).optional as Record<string, GoJsonValue> | null
        const rebuilt = toSimpleSigningPayload({ dockerReference: fixture.image.dockerReference, manifestDigest: fixture.image.digest, optional })
        expect(rebuilt.equals(fixture.payload)).toBe(true)
        expect(digestOf(rebuilt)).toBe(fixture.layer.digest)
        expect(rebuilt.length).toBe(fixture.layer.size)
      })
    })
  })

  describe('bundleFromCosignLayer', () => {
    describe('when verified offline against the embedded public-good root', () => {
      it('verifies and names the signer', () => {
        const bundle = bundleFromCosignLayer({ payload: fixture.payload, annotations: fixture.layer.annotations })
        const signer = new Verifier(trust).verify(toSignedEntity(bundle, fixture.payload), {
          subjectAlternativeName: fixture.signer.subject,
          extensions: { issuer: fixture.signer.issuer }
        })
        expect(signer.identity?.subjectAlternativeName).toBe(fixture.signer.subject)
        expect(() => checkSimpleSigningClaims(simpleSigningPayloadFromBytes(fixture.payload), fixture.image.digest)).not.toThrow()
      })

      it('rejects the signature on a payload for another digest', () => {
        const moved = toSimpleSigningPayload({ dockerReference: fixture.image.dockerReference, manifestDigest: digestOf(Buffer.from('other')) })
        const bundle = bundleFromCosignLayer({ payload: moved, annotations: fixture.layer.annotations })
        expect(codeOf(() => new Verifier(trust).verify(toSignedEntity(bundle, moved)))).toBe('TLOG_BODY_ERROR')
      })

      it('rejects a tampered payload even with the right digest claim', () => {
        const tampered = Buffer.from(fixture.payload.toString('utf8').replace('"critical"', ' "critical"'))
        const bundle = bundleFromCosignLayer({ payload: tampered, annotations: fixture.layer.annotations })
        expect(codeOf(() => new Verifier(trust).verify(toSignedEntity(bundle, tampered)))).toBe('TLOG_BODY_ERROR')
      })
    })
  })

  describe('cosignAnnotationsFromBundle', () => {
    describe('when given the bundle rebuilt from the layer', () => {
      it('gives back cosign\'s signature, certificate and Rekor bundle annotations exactly', () => {
        const annotations = cosignAnnotationsFromBundle(bundleFromCosignLayer({ payload: fixture.payload, annotations: fixture.layer.annotations }))
        const { [ANNOTATION_CHAIN]: chain, ...rest } = annotations
        const { [ANNOTATION_CHAIN]: realChain, ...realRest } = fixture.layer.annotations
        expect(rest).toEqual(realRest)
        expect(certificatesFromPem(chain, 'chain')).toEqual(certificatesFromPem(realChain, 'chain'))
      })
    })
  })
})
