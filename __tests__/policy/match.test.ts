import { describe, expect, it } from '@jest/globals'
import { compileGlob, ggcrName, globMatches, kyvernoName, wildcardMatch } from '../../src/policy/match/index.js'
import { parseNormalizedNamed } from '../../src/reference/index.js'

const imageOf = (ref: string) => {
  const r = parseNormalizedNamed(ref)
  return { name: r.name, tag: r.tag, digest: r.digest }
}

// sigstore/policy-controller pkg/apis/glob/glob_test.go (commit 56d82198), TestGlobMatch, verbatim.
const POLICY_CONTROLLER_VECTORS: [image: string, glob: string, match: boolean][] = [
  ['foo', 'index.docker.io/library/foo:latest', true],
  ['foo', 'index.docker.io/library/foo:*', true],
  ['foo', 'index.docker.io/library/*', true],
  ['foo', 'index.docker.io/library/*:latest', true],
  ['foo', 'index.docker.io/*/*', true],
  ['foo', 'index.docker.io/**', true],
  ['foo', 'index.docker.**', true],
  ['foo', 'inde**', true],
  ['foo', '**', true],
  ['foo', 'foo', true],
  ['foo', 'foo*', true],
  ['foo', 'foo**', true],
  ['myuser/myapp', 'index.docker.io/myuser/myapp:latest', true],
  ['myuser/myapp', 'index.docker.io/myuser/myapp:*', true],
  ['myuser/myapp', 'index.docker.io/myuser/*', true],
  ['myuser/myapp', 'index.docker.io/myuser/*:latest', true],
  ['myuser/myapp', 'index.docker.io/*/*', true],
  ['myuser/myapp', 'index.docker.io/**', true],
  ['myuser/myapp', 'index.docker.**', true],
  ['myuser/myapp', 'inde**', true],
  ['myuser/myapp', '**', true],
  ['myuser/myapp', 'myuser/myapp', true],
  ['myuser/myapp', 'myuser/myapp*', true],
  ['myuser/myapp', 'myuser/myapp**', true],
  ['ghcr.io/foo/bar', 'ghcr.io/*/*', true],
  ['ghcr.io/foo/bar', 'ghcr.io/**', true],
  ['ghcr.io/foo', 'ghcr.io/*/*', false],
  ['ghcr.io/foo', 'ghcr.io/**', true],
  ['ghcr.io/foo', 'ghc**', true],
  ['ghcr.io/foo', '**', true],
  ['ghcr.io/foo', '*/**', true],
  ['ghcr.io/foo', 'ghcr.io/foo*', true],
  ['ghcr.io/foo', 'ghcr.io/foo**', true],
  ['ghcr.io/foo-suffix', 'ghcr.io/foo', false],
  ['ghcrxio/foo', 'ghcr.io/**', false],
  ['invalid-glob', '.+', false],
  ['invalid-glob', '[a-z]*', false],
  ['foo', '*', true],
  ['myuser/myapp', '*/*', true]
]

// kyverno/kyverno ext/wildcard/match_test.go (commit 3e6f37f5), TestMatch, a selection covering each rule.
const KYVERNO_VECTORS: [pattern: string, text: string, match: boolean][] = [
  ['*', 's3:GetObject', true],
  ['', 's3:GetObject', false],
  ['', '', true],
  ['s3:*', 's3:ListMultipartUploadParts', true],
  ['s3:ListBucketMultipartUploads', 's3:ListBucket', false],
  ['my-bucket/oo*', 'my-bucket/oo', true],
  ['my-bucket/In*', 'my-bucket/India/Karnataka/', true],
  ['my-bucket/In*', 'my-bucket/Karnataka/India/', false],
  ['my-bucket/In*/Ka*/Ban', 'my-bucket/India/Karnataka/Ban/Ban/Ban/Ban/Ban', true],
  ['my-bucket/In*/Ka*/Ban', 'my-bucket/India/Karnataka/Bangalore', false],
  ['my-bucket?/abc*', 'mybucket/abc', false],
  ['my-bucket?/abc*', 'my-bucket1/abc', true],
  ['my-?-bucket/abc*', 'my--bucket/abc', false],
  ['my??bucket/abc*', 'my4abucket/abc', true],
  ['my-bucket/abc?efg', 'my-bucket/abc/efg', true],
  ['my-bucket/abc????', 'my-bucket/abcde', false],
  ['my-bucket/abc?', 'my-bucket/abc', false],
  ['my-bucket/mnop*?', 'my-bucket/mnop', false],
  ['my-bucket/mnop*?and', 'my-bucket/mnopqand', true],
  ['my-bucket/mnop*?and', 'my-bucket/mnopand', false],
  ['my-bucket/mnop*?and?', 'my-bucket/mnopqanda', true],
  ['my-bucket/mnop*?and', 'my-bucket/mnopqanda', false]
]

describe('globMatches', () => {
  describe('when given policy-controller’s own vectors (the reference written as in glob_test.go)', () => {
    it.each(POLICY_CONTROLLER_VECTORS)('%s against %s → %s', (image, glob, match) => {
      expect(globMatches(glob, imageOf(image), image)).toBe(match)
    })
  })

  describe('when matching as the admission webhook does (ggcr Name() only, no fallback)', () => {
    it('spells Docker Hub index.docker.io and keeps library/', () => {
      const digest = `sha256:${'a'.repeat(64)}`
      expect(ggcrName(imageOf(`redis:7@${digest}`))).toBe(`index.docker.io/library/redis@${digest}`)
      expect(globMatches('index.docker.io/library/redis*', imageOf(`redis@${digest}`))).toBe(true)
      expect(globMatches('docker.io/library/redis*', imageOf(`redis@${digest}`))).toBe(false)
      expect(globMatches('redis', imageOf('redis'))).toBe(false)
    })

    it('lets * run over the tag and digest but never over a slash', () => {
      const digest = `sha256:${'b'.repeat(64)}`
      expect(globMatches('ghcr.io/acme/*', imageOf(`ghcr.io/acme/api@${digest}`))).toBe(true)
      expect(globMatches('ghcr.io/acme/*', imageOf(`ghcr.io/acme/team/api@${digest}`))).toBe(false)
      expect(globMatches('ghcr.io/acme/**', imageOf(`ghcr.io/acme/team/api@${digest}`))).toBe(true)
    })

    it('rejects globs with characters outside policy-controller’s set', () => {
      expect(compileGlob('ghcr.io/a|b')).toBeUndefined()
      expect(compileGlob('ghcr.io/(a)')).toBeUndefined()
    })
  })
})

describe('wildcardMatch', () => {
  it.each(KYVERNO_VECTORS)('%s against %s → %s', (pattern, text, match) => {
    expect(wildcardMatch(pattern, text)).toBe(match)
  })

  it('matches Kyverno’s image string: docker.io (not index.docker.io) with library/', () => {
    const digest = `sha256:${'c'.repeat(64)}`
    expect(kyvernoName(imageOf(`nginx@${digest}`))).toBe(`docker.io/library/nginx@${digest}`)
    expect(kyvernoName(imageOf('nginx'))).toBe('docker.io/library/nginx:latest')
    expect(wildcardMatch('docker.io/library/*', kyvernoName(imageOf(`nginx@${digest}`)))).toBe(true)
    expect(wildcardMatch('ghcr.io/acme/*', kyvernoName(imageOf(`ghcr.io/acme/team/api@${digest}`)))).toBe(true)
  })
})
