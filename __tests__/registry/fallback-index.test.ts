import { describe, expect, it } from '@jest/globals'
import { toFallbackIndex } from '../../src/registry/referrers.js'
import { OCI_INDEX } from '../../src/registry/index.js'

const D = `sha256:${'a'.repeat(64)}`
const M = 'application/vnd.oci.image.manifest.v1+json'

describe('toFallbackIndex', () => {
  describe('when the current index holds fields the image-index schema does not define', () => {
    it('keeps only schemaVersion, mediaType, artifactType, manifests, subject and annotations, each checked', () => {
      const index = toFallbackIndex(
        { schemaVersion: 99, mediaType: 'text/html', artifactType: 'application/x-a', subject: { mediaType: M, digest: D, size: 3, extra: 1 }, annotations: { a: 'b' }, evil: { x: 1 }, config: {} },
        [{ mediaType: M, digest: D, size: 1, annotations: { k: 'v' }, platform: { os: 'linux', architecture: 'amd64', variant: 7 as unknown as string } }]
      )
      expect(index).toEqual({
        schemaVersion: 2,
        mediaType: OCI_INDEX,
        artifactType: 'application/x-a',
        manifests: [{ mediaType: M, digest: D, size: 1, annotations: { k: 'v' }, platform: { os: 'linux', architecture: 'amd64' } }],
        subject: { mediaType: M, digest: D, size: 3 },
        annotations: { a: 'b' }
      })
    })
  })

  describe('when entries or fields are malformed', () => {
    it('drops entries without a verifiable digest and annotations that are not all strings', () => {
      const index = toFallbackIndex({ annotations: { a: 1 }, subject: { digest: 'nope' } }, [
        { mediaType: M, digest: 'sha256:short', size: 1 },
        { mediaType: M, digest: D, size: 2 }
      ])
      expect(index).toEqual({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [{ mediaType: M, digest: D, size: 2 }] })
    })
  })
})
