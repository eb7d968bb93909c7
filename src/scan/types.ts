/** One occurrence of an image reference in the workspace. */
export interface ImageRef {
  /** Path relative to the scanned directory, with forward slashes. */
  file: string
  /** 1-based line and column of the reference (for split forms: of the digest, else the tag/name). */
  line: number
  column: number
  /** Where it came from, e.g. k8s-image, helm-values-image, helm-split, kustomize-images, compose-image, dockerfile-from, workflow-container, workflow-service, workflow-docker-uses. */
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
  include?: string[]
  exclude?: string[]
  /** Files larger than this are skipped with a warning. Default 5 MiB. */
  maxFileSize?: number
}

export interface SkippedFile {
  file: string
  line?: number
  reason: string
}

export interface ScanResult {
  refs: ImageRef[]
  /** Files looked at (after include/exclude). */
  filesSeen: number
  /** Files that passed the cheap pre-check and were parsed. */
  filesParsed: number
  skipped: SkippedFile[]
}
