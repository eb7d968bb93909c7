import { FormatError } from './errors.js'

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

/** Strict standard base64 (what Go's encoding/json writes for []byte); `what` names the field in errors. */
export function bytesFromBase64(value: unknown, what: string): Buffer {
  if (typeof value !== 'string' || value === '' || !BASE64.test(value)) {
    throw new FormatError('FORMAT_ANNOTATION_INVALID', `expected ${what} as standard base64, found ${describe(value)}`, { details: { field: what } })
  }
  return Buffer.from(value, 'base64')
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([A-Za-z0-9+/=\s]*?)-----END \1-----/g

/** DER bodies of the CERTIFICATE blocks of a PEM text, in order; none at all is FORMAT_ANNOTATION_INVALID. */
export function certificatesFromPem(pem: string, what: string): Buffer[] {
  const certs: Buffer[] = []
  for (const m of pem.matchAll(PEM_BLOCK)) {
    if (m[1] !== 'CERTIFICATE') continue
    certs.push(bytesFromBase64(m[2].replace(/\s+/g, ''), what))
  }
  if (certs.length === 0) {
    throw new FormatError('FORMAT_ANNOTATION_INVALID', `expected ${what} to hold PEM certificates, found none`, { details: { field: what } })
  }
  return certs
}

/** PEM as Go's pem.Encode writes it: 64-character lines, trailing newline. */
export function toPem(der: Uint8Array, type = 'CERTIFICATE'): string {
  const lines = Buffer.from(der).toString('base64').match(/.{1,64}/g) ?? []
  return `-----BEGIN ${type}-----\n${lines.join('\n')}\n-----END ${type}-----\n`
}

function describe(value: unknown): string {
  if (typeof value !== 'string') return typeof value
  return value === '' ? 'an empty string' : `'${value.length > 24 ? `${value.slice(0, 24)}…` : value}'`
}
