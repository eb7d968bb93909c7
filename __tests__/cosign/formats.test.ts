import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import {
  ANNOTATION_BUNDLE,
  ANNOTATION_CERTIFICATE,
  ANNOTATION_RFC3161_TIMESTAMP,
  ANNOTATION_SIGNATURE,
  COSIGN_SIGN_PREDICATE_TYPE,
  bundleFromCosignLayer,
  checkSimpleSigningClaims,
  digestOf,
  fallbackTag,
  parseDigest,
  sigTag,
  simpleSigningPayloadFromBytes,
  statementBindsDigest,
  statementFromBytes,
  statementFromEnvelope,
  tlogEntryFromRekorBundle,
  toCosignSignStatement,
  toDockerReference,
  toGoJson,
  toRekorBundle,
  toSimpleSigningPayload
} from '../../src/cosign/formats/index.js'
import { codeOf } from '../support/error-code.js'

const HEX = 'c05263d2ff654c3a94243662440913f045075d59c436e2c69e9145ec2b87a321'
const DIGEST = `sha256:${HEX}`
const REAL = path.join(process.cwd(), '__tests__', 'fixtures', 'cosign', 'go-bazel-github-workflow-v0.0.30')
const realLayer = (JSON.parse(readFileSync(path.join(REAL, 'sig-manifest.json'), 'utf8')) as { layers: { annotations: Record<string, string> }[] }).layers[0]

describe('sigTag', () => {
  describe('when given an image digest', () => {
    it('names the legacy signature tag', () => {
      expect(sigTag(DIGEST)).toBe(`sha256-${HEX}.sig`)
    })
  })
  describe('when given something that is not a digest', () => {
    it.each(['sha256:ABC', `sha256:${HEX}0`, HEX, 'md5:0123', `sha256:${HEX.toUpperCase()}`])('refuses %s with FORMAT_DIGEST_INVALID', value => {
      expect(codeOf(() => sigTag(value))).toBe('FORMAT_DIGEST_INVALID')
    })
  })
})

describe('fallbackTag', () => {
  describe('when given a sha256 digest', () => {
    it('names the referrers fallback tag', () => {
      expect(fallbackTag(DIGEST)).toBe(`sha256-${HEX}`)
    })
  })
  describe('when given a sha512 digest', () => {
    it('cuts the encoded part to 64 characters, as the referrers tag schema says', () => {
      const hex = 'ab'.repeat(64)
      expect(parseDigest(`sha512:${hex}`).algorithm).toBe('sha512')
      expect(fallbackTag(`sha512:${hex}`)).toBe(`sha512-${hex.slice(0, 64)}`)
    })
  })
})

describe('toSimpleSigningPayload', () => {
  describe('when there are no annotations', () => {
    it('writes Go\'s byte layout with "optional":null', () => {
      const bytes = toSimpleSigningPayload({ dockerReference: 'index.docker.io/salrashid123/server_image', manifestDigest: DIGEST })
      expect(bytes.toString()).toBe(
        `{"critical":{"identity":{"docker-reference":"index.docker.io/salrashid123/server_image"},"image":{"docker-manifest-digest":"${DIGEST}"},"type":"cosign container image signature"},"optional":null}`
      )
      expect(bytes.equals(readFileSync(path.join(REAL, 'payload.json')))).toBe(true)
    })
  })

  describe('when there are annotations', () => {
    it('sorts them as Go sorts map keys', () => {
      const bytes = toSimpleSigningPayload({ dockerReference: 'r', manifestDigest: DIGEST, optional: { zeta: '1', Alpha: '2', alpha: { b: 1, a: [true, null] } } })
      expect(bytes.toString()).toContain('"optional":{"Alpha":"2","alpha":{"a":[true,null],"b":1},"zeta":"1"}}')
    })
  })

  describe('when the strings hold characters Go escapes', () => {
    it('escapes them as encoding/json does', () => {
      expect(toGoJson({ k: '<a & b>\u2028\u2029\u0001"\\\n' })).toBe('{"k":"\\u003ca \\u0026 b\\u003e\\u2028\\u2029\\u0001\\"\\\\\\n"}')
      expect(toGoJson(['\ud800', '😀', -0, 1e21, 0.000001])).toBe('["\\ufffd","😀",-0,1e+21,0.000001]')
    })
  })

  describe('when the digest is malformed', () => {
    it('refuses with FORMAT_DIGEST_INVALID', () => {
      expect(codeOf(() => toSimpleSigningPayload({ dockerReference: 'r', manifestDigest: 'latest' }))).toBe('FORMAT_DIGEST_INVALID')
    })
  })
})

describe('toDockerReference', () => {
  describe('when given normalized or short repository names', () => {
    it.each([
      ['docker.io/library/nginx', 'index.docker.io/library/nginx'],
      ['nginx', 'index.docker.io/library/nginx'],
      ['docker.io/nginx', 'index.docker.io/library/nginx'],
      ['octo/app', 'index.docker.io/octo/app'],
      ['ghcr.io/octo-org/app', 'ghcr.io/octo-org/app'],
      ['localhost:5000/app', 'localhost:5000/app'],
      ['127.0.0.1:5055/octo/app', '127.0.0.1:5055/octo/app']
    ])('turns %s into %s', (input, expected) => {
      expect(toDockerReference(input)).toBe(expected)
    })
  })
})

describe('simpleSigningPayloadFromBytes', () => {
  describe('when the payload is what cosign signs', () => {
    it('reads the claims back', () => {
      const payload = simpleSigningPayloadFromBytes(toSimpleSigningPayload({ dockerReference: 'ghcr.io/o/r', manifestDigest: DIGEST, optional: { a: 'b' } }))
      expect(payload).toEqual({ dockerReference: 'ghcr.io/o/r', manifestDigest: DIGEST, type: 'cosign container image signature', optional: { a: 'b' } })
    })
  })

  describe('when the payload is not a simple-signing document', () => {
    it.each([
      ['not JSON', 'nope'],
      ['no critical', '{"optional":null}'],
      ['no digest', '{"critical":{"identity":{"docker-reference":"r"},"image":{},"type":"t"}}'],
      ['optional as a string', `{"critical":{"identity":{"docker-reference":"r"},"image":{"docker-manifest-digest":"${DIGEST}"},"type":"t"},"optional":"x"}`]
    ])('refuses %s with FORMAT_PAYLOAD_INVALID', (_name, text) => {
      expect(codeOf(() => simpleSigningPayloadFromBytes(Buffer.from(text)))).toBe('FORMAT_PAYLOAD_INVALID')
    })
  })
})

describe('checkSimpleSigningClaims', () => {
  describe('when critical.type is not the cosign image-signature type', () => {
    it('refuses with FORMAT_PAYLOAD_MISMATCH', () => {
      const payload = { dockerReference: 'r', manifestDigest: DIGEST, type: 'atomic container signature', optional: null }
      expect(codeOf(() => checkSimpleSigningClaims(payload, DIGEST))).toBe('FORMAT_PAYLOAD_MISMATCH')
    })
  })
})

describe('toCosignSignStatement', () => {
  describe('when given a digest and annotations', () => {
    it('writes the statement cosign v3 signs', () => {
      expect(toCosignSignStatement(DIGEST, { env: 'prod' }).toString()).toBe(
        `{"_type":"https://in-toto.io/Statement/v1","subject":[{"digest":{"sha256":"${HEX}"},"annotations":{"env":"prod"}}],"predicateType":"${COSIGN_SIGN_PREDICATE_TYPE}","predicate":{}}`
      )
    })
  })
})

describe('statementFromBytes', () => {
  describe('when given a v0.1 statement with a named subject', () => {
    it('reads it and matches the digest', () => {
      const text = `{"_type":"https://in-toto.io/Statement/v0.1","predicateType":"https://slsa.dev/provenance/v0.2","subject":[{"name":"ghcr.io/o/r","digest":{"sha256":"${HEX}"}}],"predicate":{"x":1}}`
      const statement = statementFromBytes(Buffer.from(text))
      expect(statement.subject[0].name).toBe('ghcr.io/o/r')
      expect(statementBindsDigest(statement, DIGEST)).toBe(true)
      expect(statementBindsDigest(statement, digestOf(Buffer.from('x')))).toBe(false)
    })
  })

  describe('when the bytes are not a statement', () => {
    it.each([
      ['not JSON', '{'],
      ['another _type', '{"_type":"x","subject":[{"digest":{}}],"predicateType":"p"}'],
      ['no subjects', '{"_type":"https://in-toto.io/Statement/v1","subject":[],"predicateType":"p"}'],
      ['a subject without digest', '{"_type":"https://in-toto.io/Statement/v1","subject":[{"name":"n"}],"predicateType":"p"}']
    ])('refuses %s with FORMAT_STATEMENT_INVALID', (_name, text) => {
      expect(codeOf(() => statementFromBytes(Buffer.from(text)))).toBe('FORMAT_STATEMENT_INVALID')
    })
  })

  describe('when the envelope does not carry in-toto', () => {
    it('refuses with FORMAT_STATEMENT_INVALID', () => {
      expect(codeOf(() => statementFromEnvelope({ payloadType: 'text/plain', payload: toCosignSignStatement(DIGEST) }))).toBe('FORMAT_STATEMENT_INVALID')
    })
  })
})

describe('tlogEntryFromRekorBundle', () => {
  describe('when given a real cosign Rekor bundle annotation', () => {
    it('maps it to a SET-only log entry and back to the same text', () => {
      const entry = tlogEntryFromRekorBundle(realLayer.annotations[ANNOTATION_BUNDLE])
      expect(entry).toMatchObject({ logIndex: '1004096555', integratedTime: '1772216446', kindVersion: { kind: 'hashedrekord', version: '0.0.1' }, inclusionProof: undefined })
      expect(entry.logId.keyId.toString('hex')).toBe('c0d23d6ad406973f9559f3ba2d1ca01f84147d8ffc5b8445c224f98b9591801d')
      expect(toRekorBundle(entry)).toBe(realLayer.annotations[ANNOTATION_BUNDLE])
    })
  })

  describe('when the annotation is malformed', () => {
    const good = JSON.parse(realLayer.annotations[ANNOTATION_BUNDLE]) as { SignedEntryTimestamp: string; Payload: Record<string, unknown> }
    it.each([
      ['not JSON', 'x'],
      ['a SET that is not base64', JSON.stringify({ ...good, SignedEntryTimestamp: 'not base64!' })],
      ['a negative log index', JSON.stringify({ ...good, Payload: { ...good.Payload, logIndex: -1 } })],
      ['a short log id', JSON.stringify({ ...good, Payload: { ...good.Payload, logID: 'abcd' } })],
      ['a body that is no Rekor entry', JSON.stringify({ ...good, Payload: { ...good.Payload, body: Buffer.from('[]').toString('base64') } })]
    ])('refuses %s with FORMAT_ANNOTATION_INVALID', (_name, text) => {
      expect(codeOf(() => tlogEntryFromRekorBundle(text))).toBe('FORMAT_ANNOTATION_INVALID')
    })
  })
})

describe('toRekorBundle', () => {
  describe('when the entry has no SET (Rekor v2)', () => {
    it('refuses with FORMAT_BUNDLE_UNSUPPORTED', () => {
      const entry = { ...tlogEntryFromRekorBundle(realLayer.annotations[ANNOTATION_BUNDLE]), inclusionPromise: undefined }
      expect(codeOf(() => toRekorBundle(entry))).toBe('FORMAT_BUNDLE_UNSUPPORTED')
    })
  })
})

describe('bundleFromCosignLayer', () => {
  const payload = Buffer.from('{}')
  describe('when an annotation is missing or malformed', () => {
    it.each([
      ['no signature', {}, 'FORMAT_ANNOTATION_MISSING'],
      ['a signature that is not base64', { [ANNOTATION_SIGNATURE]: 'ab$' }, 'FORMAT_ANNOTATION_INVALID'],
      ['a certificate without PEM blocks', { [ANNOTATION_SIGNATURE]: 'AAAA', [ANNOTATION_CERTIFICATE]: 'MIIB' }, 'FORMAT_ANNOTATION_INVALID'],
      ['a timestamp that is not JSON', { [ANNOTATION_SIGNATURE]: 'AAAA', [ANNOTATION_RFC3161_TIMESTAMP]: 'MIIB' }, 'FORMAT_ANNOTATION_INVALID']
    ])('refuses %s', (_name, annotations: Record<string, string>, code) => {
      expect(codeOf(() => bundleFromCosignLayer({ payload, annotations }))).toBe(code)
    })
  })

  describe('when the layer has no certificate', () => {
    it('names the key by the given hint', () => {
      const bundle = bundleFromCosignLayer({ payload, annotations: { [ANNOTATION_SIGNATURE]: 'AAAA' } }, { publicKeyHint: 'key-1' })
      expect(bundle.verificationMaterial.content).toEqual({ $case: 'publicKey', publicKey: { hint: 'key-1' } })
      expect(bundle.verificationMaterial.tlogEntries).toEqual([])
    })
  })
})
