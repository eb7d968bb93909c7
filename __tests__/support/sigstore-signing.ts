/** @sigstore/sign building blocks wired to the local Sigstore stack, for tests that need signatures. */
import { FulcioSigner, RekorWitness, TSAWitness, type IdentityProvider, type Signer, type Witness } from '@sigstore/sign'
import { sign, type KeyObject } from 'node:crypto'
import type { SigstoreStack } from './sigstore-stack.js'

/** Asks the stack's token endpoint for an ID token exactly as an Actions job does. */
export function stackIdentityProvider(stack: SigstoreStack): IdentityProvider {
  return {
    async getToken() {
      const url = new URL(stack.tokenUrl)
      url.searchParams.append('audience', 'sigstore')
      const response = await fetch(url, { headers: { Accept: 'application/json', Authorization: `Bearer ${stack.requestToken}` } })
      if (!response.ok) throw new Error(`token endpoint answered ${response.status}`)
      return ((await response.json()) as { value: string }).value
    }
  }
}

/** Keyless signer: ephemeral key, certificate from the stack's Fulcio. */
export function stackSigner(stack: SigstoreStack, identityProvider = stackIdentityProvider(stack)): FulcioSigner {
  return new FulcioSigner({ fulcioBaseURL: stack.fulcioUrl, identityProvider, retry: 0, timeout: 5000 })
}

/** Rekor v1 (the only version whose entries carry a SET) and, unless told otherwise, the TSA. */
export function stackWitnesses(stack: SigstoreStack, options: { tsa?: boolean } = {}): Witness[] {
  const witnesses: Witness[] = [new RekorWitness({ rekorBaseURL: stack.rekorUrl, majorApiVersion: 1, fetchOnConflict: false, retry: 0, timeout: 5000 })]
  if (options.tsa ?? true) witnesses.push(new TSAWitness({ tsaBaseURL: stack.tsaUrl, retry: 0, timeout: 5000 }))
  return witnesses
}

/**
 * A key-based signer (cosign `--key`): signs with the given private key and hands the public key
 * to the witnesses, so Rekor logs a hashedrekord with a public key instead of a certificate.
 */
export function keySigner(privateKey: KeyObject, publicKey: KeyObject, hint = ''): Signer {
  const pem = publicKey.export({ format: 'pem', type: 'spki' }).toString()
  const algorithm = privateKey.asymmetricKeyType === 'ed25519' ? null : 'sha256'
  return {
    sign: async data => ({ signature: sign(algorithm, data, privateKey), key: { $case: 'publicKey', publicKey: pem, hint } })
  }
}
