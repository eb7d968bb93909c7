/**
 * The engine's one face: the shells (src/main.ts, src/action-*.ts, src/cli/) import only this.
 * Runs that need the signing and verification code (sigstore) load it on first call, so `scan`,
 * `explain` and `--help` never do.
 */
import type * as Attest from './attest-run.js'
import type * as Compose from './compose.js'
import type * as PolicyCache from './policy-cache.js'
import type * as PolicyRun from './policy-run.js'
import type * as Sign from './sign-run.js'
import type * as Verify from './verify-run.js'

export { runScan } from './scan-run.js'
export type { ScanOutcome } from './scan-run.js'
export { runExplain } from './explain-run.js'
export { defaultCacheDir, withCacheFromConfig } from './cache-setup.js'
export type { CachedVerifier, CacheSetup } from './cache-setup.js'
export type { PolicyEvaluation } from './policy-cache.js'
export { groupRefs, mapBounded } from './targets.js'
export type { Target, Grouped, Occurrence, InputRef } from './targets.js'
export { policyFromConfig } from './policy-config.js'
export type { ImageVerifier, VerifyDeps, VerifyOutcome } from './verify-run.js'
export type { RunVerifier } from './compose.js'
export type { PolicyRun } from './policy-run.js'
export type { SignOutcome, SignDeps, SignatureOutput } from './sign-run.js'

export const runVerify: typeof Verify.runVerify = async (...args) => (await import('./verify-run.js')).runVerify(...args)
export const runSign: typeof Sign.runSign = async (...args) => (await import('./sign-run.js')).runSign(...args)
export const runAttest: typeof Attest.runAttest = async (...args) => (await import('./attest-run.js')).runAttest(...args)
export const createImageVerifier: typeof Compose.createImageVerifier = async (...args) => (await import('./compose.js')).createImageVerifier(...args)
export const createPolicyRun: typeof PolicyRun.createPolicyRun = async (...args) => (await import('./policy-run.js')).createPolicyRun(...args)
export const withPolicyCache: typeof PolicyCache.withPolicyCache = async (...args) => (await import('./policy-cache.js')).withPolicyCache(...args)
