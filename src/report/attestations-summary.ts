import type { AttestationEntry } from '../policy/index.js'
import { cell } from './format.js'
import type { ReportItem } from './record.js'

const PREDICATE_LABELS: Record<string, string> = {
  'https://slsa.dev/provenance/v1': 'SLSA provenance v1',
  'https://slsa.dev/provenance/v0.2': 'SLSA provenance v0.2',
  'https://spdx.dev/Document': 'SPDX SBOM',
  'https://cyclonedx.org/bom': 'CycloneDX SBOM',
  'https://openvex.dev/ns': 'OpenVEX',
  'https://cosign.sigstore.dev/attestation/vuln/v1': 'vulnerability scan'
}

/** What the attestation says, in a few words: SBOM format and package count, or builder and source. */
export function describeAttestation(a: AttestationEntry): string {
  const f = a.facts
  if (!a.verified) return cell(a.details)
  if (!f) return ''
  const parts: string[] = []
  if (f.sbomFormat) parts.push(`${cell(f.sbomFormat)}, ${f.packageCount ?? 0} packages`)
  if (f.builder) parts.push(`builder ${cell(f.builder)}`)
  if (f.sourceRepository) parts.push(`source ${cell(f.sourceRepository)}${f.sourceRef ? ` @ ${cell(f.sourceRef)}` : ''}`)
  return parts.join('; ')
}

/** The attestations section of the job summary: one row per image and attestation; nothing when none were checked. */
export function attestationSection(items: readonly ReportItem[]): string[] {
  const rows = items.flatMap(item =>
    (item.verdict.attestations ?? []).map(a => {
      const image = `${item.registry}/${item.repository}${item.tags.length ? `:${item.tags.join(',')}` : ''}`
      const label = PREDICATE_LABELS[a.predicateType] ?? a.predicateType
      const state = a.verified ? '✅' : a.required ? '❌' : '➖'
      return `| ${cell(image)} | ${cell(label)}${a.required ? '' : ' <sub>(not required)</sub>'} | ${state} | ${describeAttestation(a)} |`
    })
  )
  if (rows.length === 0) return []
  return ['', '### Attestations', '', '| Image | Attestation | Verified | What it says |', '| --- | --- | --- | --- |', ...rows]
}
