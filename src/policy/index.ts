export { STATUSES } from './types.js'
export type { Status, Verdict, Policy, SignatureFormat, SignatureLocation } from './types.js'
export { isFinding, isInconclusive, countVerdicts, describePolicy, unverifiedVerdict } from './outcome.js'
export type { Counts } from './outcome.js'
export { checkIdentity, checkAnnotations, policyWarnings } from './identity.js'
export type { SignerIdentity, PolicyCheck, PolicyErrorCode } from './identity.js'
export { compilePattern, searchPattern, PatternError } from './pattern.js'
export type { IdentityPattern } from './pattern.js'
export { CONDITION_OPERATORS } from './attestation-types.js'
export type {
  AttestationAuthority,
  AttestationEntry,
  AttestationLocation,
  AttestationRequirement,
  Condition,
  ConditionBlock,
  ConditionOperator,
  PredicateFacts
} from './attestation-types.js'
export { PREDICATE_TYPE_SHORT_NAMES, resolvePredicateType } from './predicate-types.js'
export { checkCondition, conditionContext, evaluateConditions, expressionOf } from './conditions.js'
export type { ConditionErrorCode, ConditionOutcome } from './conditions.js'
