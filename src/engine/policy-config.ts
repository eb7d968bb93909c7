import type { Config } from '../config/index.js'
import type { Policy } from '../policy/index.js'

export function policyFromConfig(config: Config): Policy {
  return {
    requireSigned: config.requireSigned,
    requirePinned: config.requirePinned,
    issuerAllowlist: config.issuerAllowlist,
    certificateIdentity: config.certificateIdentity,
    certificateIdentityRegexp: config.certificateIdentityRegexp,
    certificateOidcIssuer: config.certificateOidcIssuer,
    certificateOidcIssuerRegexp: config.certificateOidcIssuerRegexp,
    githubWorkflow: config.githubWorkflow,
    key: config.key,
    annotations: config.annotations,
    platforms: config.platforms,
    insecureIgnoreTlog: config.insecureIgnoreTlog,
    signaturePredicates: config.signaturePredicates,
    attestations: config.attestations.map(predicateType => ({ predicateType }))
  }
}
