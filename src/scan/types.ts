/** Where an occurrence came from; one value per extractor rule. */
export type ImageKind =
  | 'k8s-image'
  | 'helm-values-image'
  | 'helm-split'
  | 'helm-tag-digest'
  | 'kustomize-images'
  | 'compose-image'
  | 'dockerfile-from'
  | 'workflow-container'
  | 'workflow-service'
  | 'workflow-docker-uses'
  | 'workflow-with'
  | 'tekton-step'
  | 'argo-template'
  | 'knative-image'
  | 'configmap-image'
  | 'gitlab-ci-image'
  | 'gitlab-ci-service'
  | 'chart-annotation'
  | 'helm-template'

/** One occurrence of an image reference in the workspace. */
export interface ImageRef {
  /** Path relative to the scanned directory, with forward slashes. */
  file: string
  /** 1-based line and column of the reference (for split forms: of the digest, else the tag/name). */
  line: number
  column: number
  /** Where it came from: an ImageKind for scanned files; callers may add their own (e.g. 'input'). */
  kind: string
  /** The reference as written (scheme and quotes removed), or as assembled from split fields. */
  ref: string
  /** Normalized repository name, e.g. docker.io/library/nginx. */
  name: string
  tag?: string
  digest?: string
}

export interface ScanOptions {
  /** Absolute directory to scan. */
  root: string
  /** Globs relative to root; default every file. */
  include?: string[]
  /** Globs relative to root, added to the default excludes (`.git`, `node_modules`). */
  exclude?: string[]
  /** Files larger than this are skipped with a warning. Default 5 MiB. */
  maxFileSize?: number
  /** Nodes a YAML document may reach through aliases (the yaml package's maxAliasCount). Default 1000. */
  maxAliasCount?: number
}

/** Why a file, or one place in it, gave no reference. */
export type ScanSkipCode =
  | 'FILE_TOO_LARGE'
  | 'FILE_BINARY'
  | 'FILE_UNREADABLE'
  | 'SYMLINK_OUTSIDE_ROOT'
  | 'YAML_INVALID'
  /** Not YAML until a template engine renders it (Helm chart templates); logged at debug level. */
  | 'YAML_TEMPLATE'
  | 'YAML_ALIAS_LIMIT'
  /** A template holds digests outside the `image:` lines its pattern reads. */
  | 'TEMPLATE_UNREAD'
  | 'REFERENCE_INVALID'
  | 'VARIABLE_UNRESOLVED'
  /** Variable expansion passed its bounds (ARGs that double each other, deep nesting). */
  | 'VARIABLE_TOO_LONG'
  /** A symlink whose target does not exist: nothing to read, so nothing hidden. */
  | 'SYMLINK_BROKEN'
  | 'EXTRACT_FAILED'

export interface SkippedFile {
  file: string
  line?: number
  code: ScanSkipCode
  reason: string
}

/**
 * A file that could hold an image reference (its bytes hold a needle of a format that reads it,
 * or they could not be looked at) but was not read, parsed or extracted in full. A `require-signed`
 * run counts each one as a finding: what it hides cannot have been verified.
 */
export interface UnscannedFile {
  file: string
  /** Where reading stopped, when known. */
  line?: number
  code: ScanSkipCode
  reason: string
}

export interface ScanResult {
  refs: ImageRef[]
  /** One entry per unscanned file (its first cause); each is also in `skipped`. */
  unscanned: UnscannedFile[]
  /** Files looked at (after include/exclude). */
  filesSeen: number
  /** Files that passed the cheap pre-check and were parsed. */
  filesParsed: number
  skipped: SkippedFile[]
}
