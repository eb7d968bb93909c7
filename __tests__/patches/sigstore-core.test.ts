/**
 * patches/@sigstore+core+*.patch keeps parsed DER bytes, grows buffers geometrically and remembers
 * issuer keys and CA-by-CA signature checks for the process. These cases aim at those caches: each
 * runs after the genuine chain has been verified (so every memo is warm) and must still fail.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import 'reflect-metadata'
import * as x509 from '@peculiar/x509'
import { X509Certificate, ByteStream } from '@sigstore/core'
// No exports map: the chain check our Verifier runs for every keyless signature.
import { verifyCertificate } from '@sigstore/verify/dist/key/index.js'

const webcrypto = globalThis.crypto
x509.cryptoProvider.set(webcrypto)
const ALG = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' }
const NOW = new Date()
const notBefore = new Date(NOW.getTime() - 3_600_000)
const notAfter = new Date(NOW.getTime() + 3_600_000)

interface Ca {
  keys: CryptoKeyPair
  cert: x509.X509Certificate
}

const caExtensions = (keys: CryptoKeyPair) => [
  new x509.BasicConstraintsExtension(true, undefined, true),
  new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign, true),
  // No authority key id on intermediates: issuers are found by name, the harder case.
  x509.SubjectKeyIdentifierExtension.create(keys.publicKey)
]

async function root(name = 'CN=root,O=test'): Promise<Ca> {
  const keys = await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify'])
  const cert = await x509.X509CertificateGenerator.createSelfSigned({ name, keys, notBefore, notAfter, signingAlgorithm: ALG, serialNumber: '01', extensions: await Promise.all(caExtensions(keys)) })
  return { keys, cert }
}

async function issue(parent: Ca, subject: string, ca: boolean): Promise<Ca> {
  const keys = await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify'])
  const extensions = ca
    ? await Promise.all(caExtensions(keys))
    : [new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true), new x509.SubjectAlternativeNameExtension([{ type: 'email', value: 'signer@example.com' }])]
  const cert = await x509.X509CertificateGenerator.create({ subject, issuer: parent.cert.subject, publicKey: keys.publicKey, signingKey: parent.keys.privateKey, notBefore, notAfter, signingAlgorithm: ALG, serialNumber: ca ? '02' : '03', extensions })
  return { keys, cert }
}

type Bytes = Buffer<ArrayBuffer>
const der = (c: Ca | x509.X509Certificate): Bytes => Buffer.from(('cert' in c ? c.cert : c).rawData)
const parse = (bytes: Bytes): X509Certificate => X509Certificate.parse(Buffer.from(bytes))

/** Flips one byte at `from` counted from the start (or, negative, from the end). */
function flip(bytes: Bytes, at: number): Bytes {
  const copy = Buffer.from(bytes)
  const i = at < 0 ? copy.length + at : at
  copy[i] ^= 0x01
  return copy
}

function check(leaf: Bytes, chain: Bytes[]): 'ok' | string {
  try {
    const material = { certificateAuthorities: [{ certChain: chain.map(parse), validFor: { start: new Date(0), end: new Date(8.64e15) } }], ctlogs: [] }
    verifyCertificate(parse(leaf), [NOW], material as never)
    return 'ok'
  } catch (e) {
    return (e as { code?: string }).code ?? 'UNCODED'
  }
}

let rootA: Ca
let inter: Ca
let leaf: Ca

beforeAll(async () => {
  rootA = await root()
  inter = await issue(rootA, 'CN=intermediate,O=test', true)
  leaf = await issue(inter, 'CN=leaf', false)
})

describe('the patched @sigstore/core', () => {
  it('is installed (npm ci runs patch-package): parsed certificates return their own bytes', () => {
    const bytes = der(leaf)
    const cert = X509Certificate.parse(bytes)
    // Unpatched, every call re-encodes into a new buffer.
    expect(cert.root.toDER()).toBe(cert.root.toDER())
    expect(cert.root.toDER().equals(bytes)).toBe(true)
    expect(cert.equals(parse(bytes))).toBe(true)
    expect(cert.equals(parse(flip(bytes, -3)))).toBe(false)
  })

  it('re-encodes a certificate whose parsed tree was changed (the SCT check splices a clone)', () => {
    const cert = parse(der(leaf))
    const before = cert.tbsCertificate.toDER().length
    const clone = cert.clone()
    clone.extensions.splice(0, 1)
    expect(clone.tbsCertificate.toDER().length).toBeLessThan(before)
    expect(cert.tbsCertificate.toDER().length).toBe(before)
  })

  it('grows a ByteStream to hold what is appended', () => {
    const s = new ByteStream()
    for (let i = 0; i < 5000; i++) s.appendChar(i & 0xff)
    s.appendView(Buffer.alloc(70_000, 7))
    expect(s.buffer.length).toBe(75_000)
    expect(s.buffer[4999]).toBe(4999 & 0xff)
  })
})

describe('certificate chain checks with warm caches', () => {
  beforeAll(() => {
    expect(check(der(leaf), [der(inter), der(rootA)])).toBe('ok')
  })

  it('accepts the genuine chain again', () => expect(check(der(leaf), [der(inter), der(rootA)])).toBe('ok'))

  it('rejects a tampered leaf', () => {
    // A byte inside the subject alternative name, well before the signature.
    const bytes = der(leaf)
    const at = bytes.indexOf(Buffer.from('signer@example.com')) + 2
    expect(check(flip(bytes, at), [der(inter), der(rootA)])).toBe('CERTIFICATE_ERROR')
  })

  it('rejects a tampered intermediate', () => {
    // The serial number's value byte: cert and TBS headers (4 + 4), version (5), serial tag and length (2).
    const tampered = flip(der(inter), 15)
    expect(parse(tampered).serialNumber.toString('hex')).toBe('03')
    expect(check(der(leaf), [tampered, der(rootA)])).toBe('CERTIFICATE_ERROR')
  })

  it('rejects an intermediate equal to the cached one except in its signature', () => {
    expect(check(der(leaf), [flip(der(inter), -3), der(rootA)])).toBe('CERTIFICATE_ERROR')
  })

  it('rejects the same intermediate bytes under a different parent with the same name', async () => {
    const impostor = await root()
    expect(check(der(leaf), [der(inter), der(impostor)])).toBe('CERTIFICATE_ERROR')
  })

  it('rejects a chain from a foreign root with identical names', async () => {
    const foreignRoot = await root()
    const foreignInter = await issue(foreignRoot, 'CN=intermediate,O=test', true)
    const foreignLeaf = await issue(foreignInter, 'CN=leaf', false)
    expect(check(der(foreignLeaf), [der(inter), der(rootA)])).toBe('CERTIFICATE_ERROR')
    // And the foreign chain's own memo entries do not help our leaf under it.
    expect(check(der(foreignLeaf), [der(foreignInter), der(foreignRoot)])).toBe('ok')
    expect(check(der(leaf), [der(foreignInter), der(foreignRoot)])).toBe('CERTIFICATE_ERROR')
  })

  it('gives the same answers when the trusted chain is listed in reverse order', () => {
    expect(check(der(leaf), [der(rootA), der(inter)])).toBe('ok')
    expect(check(der(leaf), [flip(der(inter), -3), der(rootA)].reverse())).toBe('CERTIFICATE_ERROR')
  })

  it('rejects a leaf signed directly by the root when the trusted chain skips nothing', async () => {
    const direct = await issue(rootA, 'CN=leaf', false)
    expect(check(der(direct), [der(inter)])).toBe('CERTIFICATE_ERROR')
  })
})
