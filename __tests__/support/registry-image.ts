/**
 * A tiny but real OCI image written by hand (one gzipped tar layer holding hello.txt, an image config
 * and an OCI manifest), pushed with our own registry client. Same layout as the research recipe.
 */
import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import { OCI_MANIFEST, type Descriptor, type RegistryClient, type RepoRef } from '../../src/registry/index.js'

export interface TestImage {
  repo: RepoRef
  tag?: string
  /** The manifest digest: what a signature signs. */
  digest: string
  manifest: { schemaVersion: 2; mediaType: string; config: Descriptor; layers: Descriptor[] }
  manifestBytes: Buffer
  config: { descriptor: Descriptor; bytes: Buffer }
  layer: { descriptor: Descriptor; bytes: Buffer }
}

const sha256 = (b: Buffer): string => `sha256:${createHash('sha256').update(b).digest('hex')}`

/** One-file ustar archive (POSIX.1-1988), deterministic: fixed mtime, uid 0, mode 0644. */
export function tarOneFile(name: string, content: Buffer): Buffer {
  const header = Buffer.alloc(512)
  const field = (offset: number, length: number, value: string): void => void header.write(value.slice(0, length), offset, 'ascii')
  const octal = (value: number, length: number): string => value.toString(8).padStart(length - 1, '0') + '\0'
  field(0, 100, name)
  field(100, 8, octal(0o644, 8))
  field(108, 8, octal(0, 8))
  field(116, 8, octal(0, 8))
  field(124, 12, octal(content.length, 12))
  field(136, 12, octal(1577836800, 12))
  field(148, 8, '        ')
  field(156, 1, '0')
  field(257, 6, 'ustar\0')
  field(263, 2, '00')
  const checksum = header.reduce((sum, byte) => sum + byte, 0)
  field(148, 8, checksum.toString(8).padStart(6, '0') + '\0 ')
  const padding = Buffer.alloc((512 - (content.length % 512)) % 512)
  return Buffer.concat([header, content, padding, Buffer.alloc(1024)])
}

export function buildTestImage(repo: RepoRef, text: string): Omit<TestImage, 'tag'> {
  const tar = tarOneFile('hello.txt', Buffer.from(`${text}\n`))
  const layerBytes = gzipSync(tar)
  const configBytes = Buffer.from(
    JSON.stringify({ architecture: 'amd64', os: 'linux', config: {}, rootfs: { type: 'layers', diff_ids: [sha256(tar)] } })
  )
  const config: Descriptor = { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha256(configBytes), size: configBytes.length }
  const layer: Descriptor = { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: sha256(layerBytes), size: layerBytes.length }
  const manifest = { schemaVersion: 2 as const, mediaType: OCI_MANIFEST, config, layers: [layer] }
  const manifestBytes = Buffer.from(JSON.stringify(manifest))
  return {
    repo,
    digest: sha256(manifestBytes),
    manifest,
    manifestBytes,
    config: { descriptor: config, bytes: configBytes },
    layer: { descriptor: layer, bytes: layerBytes }
  }
}

/**
 * Builds and pushes an image: blobs, then the manifest under `tag` (or by digest when tag is null).
 * `text` varies the layer so each call can make a distinct digest. Default tag 'v1'.
 */
export async function pushTestImage(client: RegistryClient, host: string, repository: string, tag: string | null = 'v1', text?: string): Promise<TestImage> {
  const repo = { registry: host, repository }
  const image = buildTestImage(repo, text ?? `hello from ${repository}:${tag ?? 'digest'}`)
  await client.uploadBlob(repo, image.layer.bytes)
  await client.uploadBlob(repo, image.config.bytes)
  await client.putManifest(repo, tag ?? image.digest, image.manifestBytes, OCI_MANIFEST)
  return { ...image, tag: tag ?? undefined }
}
