import type { PredicateFacts } from '../../policy/index.js'

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined)
const at = (v: unknown, ...path: string[]): unknown => path.reduce<unknown>((o, k) => (isObject(o) ? o[k] : undefined), v)

/** `git+https://github.com/o/r@refs/heads/main` → repository and ref. */
function splitSourceUri(uri: string | undefined): { sourceRepository?: string; sourceRef?: string } {
  if (!uri) return {}
  const bare = uri.replace(/^git\+/, '')
  const at = bare.lastIndexOf('@')
  return at > bare.indexOf('://') + 3 ? { sourceRepository: bare.slice(0, at), sourceRef: bare.slice(at + 1) } : { sourceRepository: bare }
}

function sbomFacts(predicate: Record<string, unknown>): PredicateFacts | undefined {
  const spdx = text(predicate.spdxVersion)
  if (spdx) return { sbomFormat: spdx, packageCount: Array.isArray(predicate.packages) ? predicate.packages.length : 0 }
  if (predicate.bomFormat === 'CycloneDX') {
    const version = text(predicate.specVersion)
    return { sbomFormat: `CycloneDX${version ? ` ${version}` : ''}`, packageCount: Array.isArray(predicate.components) ? predicate.components.length : 0 }
  }
  return undefined
}

function provenanceFacts(predicateType: string, predicate: Record<string, unknown>): PredicateFacts | undefined {
  if (predicateType === 'https://slsa.dev/provenance/v1') {
    const workflow = at(predicate, 'buildDefinition', 'externalParameters', 'workflow')
    const firstDependency = at(predicate, 'buildDefinition', 'resolvedDependencies')
    const fallback = Array.isArray(firstDependency) ? splitSourceUri(text(at(firstDependency[0], 'uri'))) : {}
    return {
      builder: text(at(predicate, 'runDetails', 'builder', 'id')),
      sourceRepository: text(at(workflow, 'repository')) ?? fallback.sourceRepository,
      sourceRef: text(at(workflow, 'ref')) ?? fallback.sourceRef
    }
  }
  if (predicateType.startsWith('https://slsa.dev/provenance/v0.') || predicateType === 'https://in-toto.io/Provenance/v0.1') {
    return { builder: text(at(predicate, 'builder', 'id')), ...splitSourceUri(text(at(predicate, 'invocation', 'configSource', 'uri'))) }
  }
  return undefined
}

/** What the summary shows of a predicate: SBOM format and package count, or provenance builder and source. */
export function predicateFactsOf(predicateType: string, predicate: unknown): PredicateFacts | undefined {
  if (!isObject(predicate)) return undefined
  const facts = provenanceFacts(predicateType, predicate) ?? sbomFacts(predicate)
  if (!facts) return undefined
  return Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)) as PredicateFacts
}
