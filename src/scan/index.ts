/**
 * The workspace scanner: finds every image reference in a directory (Kubernetes manifests, Helm
 * values, kustomizations, compose files, Dockerfiles, workflows) with file, line and column.
 */
export { closingLine, scanWorkspace } from './scan.js'
export { extractFromContent, FORMATS, type Format } from './extract.js'
export { ScanError, type ScanErrorCode } from './errors.js'
export { DEFAULT_EXCLUDE, DEFAULT_MAX_FILE_SIZE, resolveScanOptions, type ResolvedScanOptions } from './options.js'
export type { Extraction } from './sink.js'
export type { ImageKind, ImageRef, ScanOptions, ScanResult, ScanSkipCode, SkippedFile, UnscannedFile } from './types.js'
