/**
 * Every option of the action and the CLI, in one table. Action input `foo-bar` is CLI flag
 * `--foo-bar`; action.yml and the README are kept equal to this table by tests.
 */
export type OptionType = 'string' | 'boolean' | 'integer' | 'list' | 'enum' | 'size'

export interface OptionSpec {
  name: string
  type: OptionType
  description: string
  /** The default as the user would write it; undefined means "not set". */
  default?: string
  choices?: readonly string[]
  /** Holds a secret: masked as soon as it is read, never logged. */
  secret?: boolean
  /** Only meaningful to the CLI (the action has its own equivalent). */
  cliOnly?: boolean
  /** Default written into action.yml only (an expression such as `${{ github.token }}`). */
  actionDefault?: string
}

export const MODES = ['scan', 'verify', 'sign', 'sign-and-verify', 'attest', 'attest-and-verify', 'explain'] as const

export const OPTIONS: readonly OptionSpec[] = [
  { name: 'mode', type: 'enum', choices: MODES, default: 'verify', description: 'What to do: `scan` lists image references, `verify` checks their signatures, `sign` signs `images`, `sign-and-verify` signs then verifies what it signed, `attest` attaches the `predicate` file as a signed attestation to `images` (cosign attest), `attest-and-verify` attests then verifies the attestation, `explain` prints which `policy` governs each image (offline).' },
  { name: 'path', type: 'string', description: 'Directory to scan, relative to the workspace (`GITHUB_WORKSPACE`) or the current directory. Default: the whole workspace, unless `images` is given (then only those images are checked).' },
  { name: 'include', type: 'list', description: 'Glob patterns (one per line or comma-separated) limiting which files are scanned. Empty: every file.' },
  { name: 'exclude', type: 'list', description: 'Glob patterns of files to skip, added to the defaults (`.git`, `node_modules`).' },
  { name: 'max-file-size', type: 'size', default: '5MiB', description: 'Files larger than this are skipped with a warning (bytes, or with a KiB/MiB suffix).' },
  { name: 'images', type: 'list', description: 'Image references to verify or sign (one per line or comma-separated). For `verify`, scanning is skipped unless `path` is also given explicitly.' },
  { name: 'format', type: 'enum', choices: ['table', 'ndjson'], default: 'table', cliOnly: true, description: 'CLI output on stdout: a table for people or one JSON object per line.' },
  { name: 'results-file', type: 'string', description: 'Where to write the NDJSON results. Default: `$RUNNER_TEMP/fremforge-cosign-results.ndjson` (or the system temp directory).' },
  { name: 'policy', type: 'list', description: 'Per-image trust policy: YAML files (paths or globs relative to the workspace) holding `ImagePolicy` (cosign.fremforge.dev/v1alpha1), policy-controller `ClusterImagePolicy` or Kyverno `verifyImages` documents; `auto` loads every such document in the workspace. On pull requests they are read from the base commit, not from the pull request (checkout with fetch-depth: 0). Replaces the identity, issuer and key inputs. See the Policy section.' },
  { name: 'no-match', type: 'enum', choices: ['deny', 'warn', 'allow'], default: 'warn', description: 'With `policy`: what happens to an image no policy matches: `deny` (a finding under require-signed), `warn`, or `allow` (as policy-controller\'s no-match policy).' },
  { name: 'require-signed', type: 'boolean', default: 'false', description: 'When true, every referenced image that is not `verified` is a finding and the step fails. When false, problems are warnings.' },
  { name: 'require-pinned', type: 'boolean', default: 'false', description: 'When true, references without a digest are findings too (otherwise they are listed as `unpinned` warnings).' },
  { name: 'issuer-allowlist', type: 'list', description: 'OIDC issuers accepted for keyless signatures, compared exactly. Empty accepts any issuer Fulcio certified.' },
  { name: 'certificate-identity', type: 'string', description: 'Exact certificate identity (SAN) the signature must carry, like cosign --certificate-identity.' },
  { name: 'certificate-identity-regexp', type: 'string', description: 'Regular expression the certificate identity must match (unanchored, as cosign).' },
  { name: 'certificate-oidc-issuer', type: 'string', description: 'Exact OIDC issuer the certificate must carry.' },
  { name: 'certificate-oidc-issuer-regexp', type: 'string', description: 'Regular expression the OIDC issuer must match (unanchored, as cosign).' },
  { name: 'certificate-github-workflow-repository', type: 'string', description: 'Required GitHub workflow repository claim (`owner/repo`) in the certificate.' },
  { name: 'certificate-github-workflow-ref', type: 'string', description: 'Required GitHub workflow ref claim (e.g. `refs/heads/main`).' },
  { name: 'certificate-github-workflow-trigger', type: 'string', description: 'Required GitHub workflow trigger claim (e.g. `push`).' },
  { name: 'certificate-github-workflow-sha', type: 'string', description: 'Required GitHub workflow commit SHA claim.' },
  { name: 'certificate-github-workflow-name', type: 'string', description: 'Required GitHub workflow name claim.' },
  { name: 'key', type: 'string', description: 'Key-based signatures: for verify, PEM public keys (ECDSA P-256/P-384, Ed25519, RSA) or paths to them, several allowed (one per line; any one verifies, for a rotation); for sign, a cosign private key or PKCS#8 PEM (or the path of a regular file), masked and never echoed.' },
  { name: 'key-password', type: 'string', secret: true, description: 'Password of an encrypted cosign private key. Default: the `COSIGN_PASSWORD` environment variable.' },
  { name: 'annotations', type: 'list', description: 'key=value pairs: for sign, signed into the payload (cosign -a); for verify, required in the signed payload.' },
  { name: 'signature-predicates', type: 'list', description: 'In-toto predicate types (cosign `--type` short names or URIs) accepted as signatures, besides cosign\'s own `https://sigstore.dev/cosign/sign/v1`. Empty by default: an attestation such as a GitHub build provenance is not a signature.' },
  { name: 'attestations', type: 'list', description: 'Predicate types every image must carry as a verified attestation: cosign `--type` short names (`slsaprovenance`, `slsaprovenance02`, `slsaprovenance1`, `spdx`, `spdxjson`, `cyclonedx`, `vuln`, `openvex`, `custom`, `link`) or URIs. Signed under the same identity or key rules as signatures; an image without one is `missing-attestation`.' },
  { name: 'predicate', type: 'string', description: 'For `attest`: path of the predicate file (e.g. an SPDX or CycloneDX SBOM, a SLSA provenance predicate).' },
  { name: 'predicate-type', type: 'string', default: 'custom', description: 'For `attest`: the predicate type, a cosign `--type` short name (`slsaprovenance`, `slsaprovenance1`, `spdxjson`, `cyclonedx`, `vuln`, `openvex`, `custom`…) or a URI.' },
  { name: 'platforms', type: 'enum', choices: ['index', 'all'], default: 'index', description: 'For a multi-arch index: `index` needs a signature on the index, `all` also on every platform manifest.' },
  { name: 'trusted-root', type: 'string', description: 'Path to a `trusted_root.json` for a private Sigstore (Fulcio, Rekor, CT log and TSA keys).' },
  { name: 'tuf-mirror', type: 'string', description: 'URL of a private TUF repository serving the Sigstore trusted root.' },
  { name: 'tuf-root', type: 'string', description: 'Path to the initial `root.json` of the private TUF repository given in `tuf-mirror`.' },
  { name: 'offline', type: 'boolean', default: 'false', description: 'No network for trust material: use `trusted-root`, or the public-good root shipped with the action.' },
  { name: 'insecure-ignore-tlog', type: 'boolean', default: 'false', description: 'Key-based verification only: accept signatures without transparency-log evidence. Insecure; off by default.' },
  { name: 'concurrency', type: 'integer', default: '16', description: 'How many images are verified at the same time (also the most requests in flight per registry).' },
  { name: 'registry', type: 'string', description: 'Registry host the `registry-username`/`registry-password` credentials are for. Required when the workspace is scanned (its files, a pull request\'s included, choose the registries referenced); otherwise default: the only registry the `images` input names. The credentials are never sent to another registry.' },
  { name: 'registry-username', type: 'string', description: 'Registry user name, for registries not covered by the Docker config.' },
  { name: 'registry-password', type: 'string', secret: true, description: 'Registry password or token (masked).' },
  { name: 'insecure-registries', type: 'list', description: 'Registry hosts (host[:port]) that may be reached over plain HTTP. Only those.' },
  { name: 'fremforge-url', type: 'string', default: 'https://frem.sh', description: 'fremforge server that receives the results.' },
  { name: 'api-token', type: 'string', secret: true, description: 'fremforge API token. Default: the `FREMFORGE_API_TOKEN` environment variable. Without a token the upload is skipped.' },
  { name: 'upload', type: 'boolean', default: 'true', description: 'POST the results to fremforge when a token is available.' },
  { name: 'upload-failure', type: 'enum', choices: ['warn', 'fail'], default: 'warn', description: 'What a failed upload does to the step: `warn` or `fail`. The results file is written either way.' },
  { name: 'identity-token', type: 'string', secret: true, description: 'OIDC token for keyless signing. Default: requested from the runner (`id-token: write` on GitHub, `enable-openid-connect: true` on Forgejo).' },
  { name: 'fulcio-url', type: 'string', default: 'https://fulcio.sigstore.dev', description: 'Fulcio certificate authority used for keyless signing.' },
  { name: 'rekor-url', type: 'string', default: 'https://rekor.sigstore.dev', description: 'Rekor transparency log used when signing.' },
  { name: 'tsa-url', type: 'string', description: 'RFC 3161 timestamp authority used when signing (optional).' },
  { name: 'tlog-upload', type: 'boolean', default: 'true', description: 'Record signatures in the transparency log when signing.' },
  { name: 'signature-format', type: 'enum', choices: ['bundle', 'legacy', 'both'], default: 'both', description: 'How signatures are stored: a Sigstore bundle as an OCI 1.1 referrer, the legacy `sha256-<digest>.sig` tag, or both.' },
  { name: 'recursive', type: 'boolean', default: 'false', description: 'When signing an index, also sign every platform manifest.' },
  { name: 'fail-on', type: 'enum', choices: ['all', 'new'], default: 'all', description: 'Which findings fail the step: `all`, or on pull requests only `new` ones (images that a file the pull request changed did not reference, as the same name@digest, on the merge base). Findings whose origin is unknown count as new.' },
  { name: 'github-token', type: 'string', secret: true, actionDefault: '${{ github.token }}', description: 'Token for the forge API (check run, pull-request comment, changed files). Default: the job token (`GITHUB_TOKEN`, or `FORGEJO_TOKEN` on Forgejo).' },
  { name: 'pr-comment', type: 'enum', choices: ['auto', 'always', 'never'], default: 'auto', description: 'Sticky pull-request comment listing the unverified images: `auto` only when there are findings or an earlier comment exists, `always`, or `never`.' },
  { name: 'fremforge-auth', type: 'enum', choices: ['token', 'oidc'], default: 'token', description: 'How the upload authenticates: `token` (api-token / `FREMFORGE_API_TOKEN`) or `oidc` (the runner\'s ID token with audience `fremforge-url`; needs `id-token: write`).' },
  { name: 'cache-ttl', type: 'string', default: '7d', description: 'How long a `verified` verdict is reused across runs without asking the registry (seconds, or with an s/m/h/d suffix). Only `verified` is cached. `0` turns the cache off.' },
  { name: 'cache-dir', type: 'string', cliOnly: true, description: 'Directory of the verification cache. Default: `$XDG_CACHE_HOME/fremforge-cosign/verdicts` (or `~/.cache/…`).' },
  { name: 'cache-secret', type: 'string', secret: true, description: 'Secret (e.g. `${{ secrets.FREMFORGE_CACHE_SECRET }}`) for the HMAC over cached verdicts and trust metadata. The action keeps them in the runner cache only when it is set: other jobs can write that cache. The CLI defaults to a random key kept in its cache directory.' },
  { name: 'timeout', type: 'integer', default: '30', description: 'Seconds a registry or Sigstore server has to connect and send response headers. One attempt (whole body included) must finish within 2 × this, one request with its retries within 4 × this, one image within 10 × this (then `registry-error`), one upload chunk within 4 × this.' },
  { name: 'max-signatures', type: 'integer', default: '100', description: 'Most signatures read per image (legacy `.sig` layers, Sigstore bundle referrers), as cosign caps them since CVE-2023-46737. An image with more is `registry-error`; raise it here.' }
]

export const OUTPUTS: readonly { name: string; description: string }[] = [
  { name: 'results-file', description: 'Path of the NDJSON results file.' },
  { name: 'references', description: 'Number of image references found in the workspace.' },
  { name: 'images', description: 'Number of unique image digests checked.' },
  { name: 'verified', description: 'Number of images whose signature verified against the policy.' },
  { name: 'unsigned', description: 'Number of images with no signature at all.' },
  { name: 'failed', description: 'Number of images not verified for any other reason (untrusted signer, invalid signature, registry errors).' },
  { name: 'findings', description: 'Number of images that break the policy (require-signed / require-pinned).' },
  { name: 'unpinned', description: 'Number of references without a digest.' },
  { name: 'unscanned', description: 'Number of files that could hold image references but could not be read, parsed or extracted (too large, binary, unreadable, invalid YAML, runaway variable expansion). With `require-signed` each one fails the step.' },
  { name: 'exempt', description: 'Number of images not verified by decision: `policy` exemptions (`mode: skip`) and images no policy matches under `no-match: warn` or `allow`.' },
  { name: 'signatures', description: 'JSON array of the signatures made: digest, format, location, tlog index, identity.' }
]

export function findOption(name: string): OptionSpec | undefined {
  return OPTIONS.find(o => o.name === name)
}
