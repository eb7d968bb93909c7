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
export type {
  AttestationRequirement as PolicyAttestationRequirement,
  Authority,
  ImageName,
  ImagePolicy,
  KeyAuthority,
  KeylessAuthority,
  KeylessIdentity,
  KeySource,
  NoMatch,
  PatternEngine,
  PolicyDialect,
  PolicyMode,
  PolicySet,
  Position,
  SignatureSource,
  StaticAuthority,
  Unenforceable
} from './model.js'
export { NO_MATCH_CHOICES } from './model.js'
export { PolicyFileError, type PolicyFileErrorCode } from './errors.js'
export { loadPolicySet, mayHoldPolicy, MAX_POLICY_FILE_BYTES, readDocument, NATIVE_API_VERSION, POLICY_CONTROLLER_API_VERSIONS, type PolicyFile } from './load/documents.js'
export { matchingPolicies, policyMatches, globMatches, wildcardMatch, ggcrName, kyvernoName } from './match/index.js'
export type { VerdictPolicy } from './types.js'
export { evaluateImage, type AuthorityCheck } from './evaluate.js'
export { planImage, isExpired, modeToday, type Effective, type Plan, type PlannedPolicy } from './plan.js'
export { explainImage, renderExplainTable, type ExplainLine } from './explain.js'
export { policyFingerprint } from './fingerprint.js'
