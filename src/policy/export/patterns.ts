/**
 * Pattern translation between the engines. policy-controller globs match go-containerregistry
 * names (index.docker.io, `*` stops at `/`); Kyverno wildcards match docker.io names and `*`
 * crosses `/`. Each function returns the pattern and what, if anything, is lost.
 */
export function globToWildcard(glob: string): { pattern: string; lost?: string } {
  let g = glob === '*' ? 'index.docker.io/library/*' : glob === '*/*' ? 'index.docker.io/*/*' : glob
  if (g.startsWith('index.docker.io/')) g = g.slice('index.'.length)
  const single = /(^|[^*])\*([^*]|$)/.test(g)
  const pattern = g.replace(/\*\*/g, '*')
  return single ? { pattern, lost: `glob '${glob}': Kyverno's * also crosses '/', so '${pattern}' matches more repositories` } : { pattern }
}

export function wildcardToGlob(pattern: string): { glob: string; lost?: string } {
  let p = pattern
  if (p.startsWith('docker.io/')) p = `index.${p}`
  if (p.includes('?')) return { glob: p.replace(/\?/g, '*'), lost: `wildcard '${pattern}': ? (one character) has no glob equivalent; written as *` }
  return { glob: p.replace(/\*/g, '**') }
}
