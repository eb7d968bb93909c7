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
}

export const MODES = ['scan', 'verify', 'sign', 'sign-and-verify'] as const

export const OPTIONS: readonly OptionSpec[] = [
  { name: 'mode', type: 'enum', choices: MODES, default: 'verify', description: 'What to do: `scan` lists image references, `verify` checks their signatures, `sign` signs `images`, `sign-and-verify` signs then verifies what it signed.' },
  { name: 'path', type: 'string', description: 'Directory to scan, relative to the workspace (`GITHUB_WORKSPACE`) or the current directory. Default: the whole workspace, unless `images` is given (then only those images are checked).' },
  { name: 'include', type: 'list', description: 'Glob patterns (one per line or comma-separated) limiting which files are scanned. Empty: every file.' },
  { name: 'exclude', type: 'list', description: 'Glob patterns of files to skip, added to the defaults (`.git`, `node_modules`).' },
  { name: 'max-file-size', type: 'size', default: '5MiB', description: 'Files larger than this are skipped with a warning (bytes, or with a KiB/MiB suffix).' },
  { name: 'images', type: 'list', description: 'Image references to verify or sign (one per line or comma-separated). For `verify`, scanning is skipped unless `path` is also given explicitly.' },
  { name: 'format', type: 'enum', choices: ['table', 'ndjson'], default: 'table', cliOnly: true, description: 'CLI output on stdout: a table for people or one JSON object per line.' },
  { name: 'results-file', type: 'string', description: 'Where to write the NDJSON results. Default: `$RUNNER_TEMP/fremforge-cosign-results.ndjson` (or the system temp directory).' },
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
  { name: 'key', type: 'string', description: 'Key-based signatures: for verify, a PEM public key (ECDSA P-256/P-384, Ed25519, RSA) or a path to one; for sign, a cosign private key or PKCS#8 PEM (or a path).' },
  { name: 'key-password', type: 'string', secret: true, description: 'Password of an encrypted cosign private key. Default: the `COSIGN_PASSWORD` environment variable.' },
  { name: 'annotations', type: 'list', description: 'key=value pairs: for sign, signed into the payload (cosign -a); for verify, required in the signed payload.' },
  { name: 'platforms', type: 'enum', choices: ['index', 'all'], default: 'index', description: 'For a multi-arch index: `index` needs a signature on the index, `all` also on every platform manifest.' },
  { name: 'trusted-root', type: 'string', description: 'Path to a `trusted_root.json` for a private Sigstore (Fulcio, Rekor, CT log and TSA keys).' },
  { name: 'tuf-mirror', type: 'string', description: 'URL of a private TUF repository serving the Sigstore trusted root.' },
  { name: 'tuf-root', type: 'string', description: 'Path to the initial `root.json` of the private TUF repository given in `tuf-mirror`.' },
  { name: 'offline', type: 'boolean', default: 'false', description: 'No network for trust material: use `trusted-root`, or the public-good root shipped with the action.' },
  { name: 'insecure-ignore-tlog', type: 'boolean', default: 'false', description: 'Key-based verification only: accept signatures without transparency-log evidence. Insecure; off by default.' },
  { name: 'concurrency', type: 'integer', default: '8', description: 'How many images are verified at the same time.' },
  { name: 'registry', type: 'string', description: 'Registry host the `registry-username`/`registry-password` credentials are for. Default: the only registry the run references; when it references several, this is required (the credentials are never sent to another registry).' },
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
  { name: 'signatures', description: 'JSON array of the signatures made: digest, format, location, tlog index, identity.' }
]

export function findOption(name: string): OptionSpec | undefined {
  return OPTIONS.find(o => o.name === name)
}
