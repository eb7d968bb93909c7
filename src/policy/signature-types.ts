// Apart from types.ts so attestation-types.ts can use them without an import loop.
export type SignatureFormat = 'sigstore-bundle' | 'cosign-legacy'
/** `att-tag`: cosign's legacy attestation tag `sha256-<hex>.att` (attest modes, attestation entries). */
export type SignatureLocation = 'referrers' | 'referrers-tag' | 'sig-tag' | 'att-tag'
