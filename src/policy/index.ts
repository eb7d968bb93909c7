export { STATUSES } from './types.js'
export type { Status, Verdict, Policy, SignatureFormat, SignatureLocation } from './types.js'
export { isFinding, isInconclusive, countVerdicts, describePolicy } from './outcome.js'
export type { Counts } from './outcome.js'
