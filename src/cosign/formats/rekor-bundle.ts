import type { TransparencyLogEntry } from '@sigstore/bundle'
import { bytesFromBase64 } from './encoding.js'
import { FormatError } from './errors.js'

/**
 * The `dev.sigstore.cosign/bundle` annotation (cosign pkg/cosign/bundle RekorBundle): a Rekor v1
 * SET over {body, integratedTime, logID, logIndex}. Field order is Go's struct order.
 */
export interface CosignRekorBundle {
  SignedEntryTimestamp: string
  Payload: { body: string; integratedTime: number; logIndex: number; logID: string }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function invalid(found: string, cause?: unknown): FormatError {
  return new FormatError('FORMAT_ANNOTATION_INVALID', `expected the Rekor bundle annotation {SignedEntryTimestamp, Payload}, found ${found}`, { cause })
}

function safeInteger(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw invalid(`${what} ${JSON.stringify(value)}`)
  return value
}

/**
 * The annotation as a TransparencyLogEntry with only an inclusion promise (research §5.1):
 * kindVersion comes from the logged body itself, there is no inclusion proof.
 */
export function tlogEntryFromRekorBundle(annotation: string): TransparencyLogEntry {
  let doc: unknown
  try {
    doc = JSON.parse(annotation)
  } catch (cause) {
    throw invalid('text that is not JSON', cause)
  }
  if (!isObject(doc) || !isObject(doc.Payload)) throw invalid('no Payload object')
  const set = bytesFromBase64(doc.SignedEntryTimestamp, 'SignedEntryTimestamp')
  const body = bytesFromBase64(doc.Payload.body, 'Payload.body')
  const integratedTime = safeInteger(doc.Payload.integratedTime, 'Payload.integratedTime')
  const logIndex = safeInteger(doc.Payload.logIndex, 'Payload.logIndex')
  const logID = doc.Payload.logID
  if (typeof logID !== 'string' || !/^[0-9a-f]{64}$/.test(logID)) throw invalid(`Payload.logID ${JSON.stringify(logID)}`)
  let entry: unknown
  try {
    entry = JSON.parse(body.toString('utf8'))
  } catch (cause) {
    throw invalid('a Payload.body that is not a JSON Rekor entry', cause)
  }
  if (!isObject(entry) || typeof entry.kind !== 'string' || typeof entry.apiVersion !== 'string') {
    throw invalid('a Payload.body without kind and apiVersion')
  }
  return {
    logIndex: String(logIndex),
    logId: { keyId: Buffer.from(logID, 'hex') },
    kindVersion: { kind: entry.kind, version: entry.apiVersion },
    integratedTime: String(integratedTime),
    inclusionPromise: { signedEntryTimestamp: set },
    inclusionProof: undefined,
    canonicalizedBody: body
  }
}

/** The annotation for a log entry; only a Rekor v1 entry with a SET can be expressed. */
export function toRekorBundle(entry: TransparencyLogEntry): string {
  if (!entry.inclusionPromise) {
    throw new FormatError(
      'FORMAT_BUNDLE_UNSUPPORTED',
      'expected a transparency-log entry with a signed entry timestamp (Rekor v1), found none: the legacy format cannot carry it'
    )
  }
  const bundle: CosignRekorBundle = {
    SignedEntryTimestamp: Buffer.from(entry.inclusionPromise.signedEntryTimestamp).toString('base64'),
    Payload: {
      body: Buffer.from(entry.canonicalizedBody).toString('base64'),
      integratedTime: Number(entry.integratedTime),
      logIndex: Number(entry.logIndex),
      logID: Buffer.from(entry.logId.keyId).toString('hex')
    }
  }
  return JSON.stringify(bundle)
}
