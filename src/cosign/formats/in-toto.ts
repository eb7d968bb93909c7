import { COSIGN_SIGN_PREDICATE_TYPE, IN_TOTO_PAYLOAD_TYPE, IN_TOTO_STATEMENT_V01, IN_TOTO_STATEMENT_V1 } from './constants.js'
import { parseDigest } from './digest.js'
import { FormatError } from './errors.js'

export interface StatementSubject {
  name?: string
  digest: Record<string, string>
  annotations?: Record<string, unknown>
}

export interface InTotoStatement {
  type: string
  subject: StatementSubject[]
  predicateType: string
  predicate: unknown
}

/**
 * The statement `cosign sign` v3 signs for an image (cmd/cosign/cli/sign, signDigestBundle): one
 * subject with only a digest, `-a` annotations in `subject.annotations`, an empty predicate. Field
 * order follows cosign's protojson output; the bytes travel inside the DSSE envelope, so a
 * verifier never needs to rebuild them.
 */
export function toCosignSignStatement(manifestDigest: string, annotations: Record<string, string> = {}): Buffer {
  const { algorithm, hex } = parseDigest(manifestDigest)
  return Buffer.from(
    JSON.stringify({
      _type: IN_TOTO_STATEMENT_V1,
      subject: [{ digest: { [algorithm]: hex }, annotations }],
      predicateType: COSIGN_SIGN_PREDICATE_TYPE,
      predicate: {}
    }),
    'utf8'
  )
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function invalid(found: string, cause?: unknown): FormatError {
  return new FormatError('FORMAT_STATEMENT_INVALID', `expected an in-toto statement, found ${found}`, { cause })
}

function toSubject(value: unknown): StatementSubject {
  if (!isObject(value) || !isObject(value.digest)) throw invalid('a subject without a digest object')
  const digest: Record<string, string> = {}
  for (const [alg, hex] of Object.entries(value.digest)) {
    if (typeof hex !== 'string') throw invalid(`a subject digest '${alg}' that is not a string`)
    digest[alg] = hex
  }
  const subject: StatementSubject = { digest }
  if (typeof value.name === 'string') subject.name = value.name
  if (isObject(value.annotations)) subject.annotations = value.annotations
  return subject
}

/** Reads a statement (v1 or v0.1) from its JSON bytes. */
export function statementFromBytes(bytes: Uint8Array): InTotoStatement {
  let doc: unknown
  try {
    doc = JSON.parse(Buffer.from(bytes).toString('utf8'))
  } catch (cause) {
    throw invalid('bytes that are not JSON', cause)
  }
  if (!isObject(doc)) throw invalid('a JSON value that is not an object')
  if (doc._type !== IN_TOTO_STATEMENT_V1 && doc._type !== IN_TOTO_STATEMENT_V01) throw invalid(`_type '${String(doc._type)}'`)
  if (!Array.isArray(doc.subject) || doc.subject.length === 0) throw invalid('no subjects')
  if (typeof doc.predicateType !== 'string' || doc.predicateType === '') throw invalid('no predicateType')
  return { type: doc._type, subject: doc.subject.map(toSubject), predicateType: doc.predicateType, predicate: doc.predicate }
}

/** Reads the statement inside a DSSE envelope, which must declare the in-toto payload type. */
export function statementFromEnvelope(envelope: { payloadType: string; payload: Uint8Array }): InTotoStatement {
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    throw new FormatError('FORMAT_STATEMENT_INVALID', `expected DSSE payloadType '${IN_TOTO_PAYLOAD_TYPE}', found '${envelope.payloadType}'`)
  }
  return statementFromBytes(envelope.payload)
}

/** Whether some subject names this digest (cosign's IntotoSubjectClaimVerifier). */
export function statementBindsDigest(statement: InTotoStatement, manifestDigest: string): boolean {
  const { algorithm, hex } = parseDigest(manifestDigest)
  return statement.subject.some(s => s.digest[algorithm]?.toLowerCase() === hex)
}

/** Throws FORMAT_STATEMENT_MISMATCH unless a subject names this digest. */
export function checkStatementSubject(statement: InTotoStatement, manifestDigest: string): void {
  if (statementBindsDigest(statement, manifestDigest)) return
  const found = statement.subject.map(s => Object.entries(s.digest).map(([a, h]) => `${a}:${h}`).join('+')).join(', ')
  throw new FormatError('FORMAT_STATEMENT_MISMATCH', `expected a statement subject ${manifestDigest}, found ${found}`, {
    details: { expected: manifestDigest, found }
  })
}
