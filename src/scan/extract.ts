import * as chart from './chart.js'
import * as compose from './compose.js'
import * as dockerfile from './dockerfile.js'
import * as gitlabCi from './gitlab-ci.js'
import * as helmTemplate from './helm-template.js'
import * as helmValues from './helm-values.js'
import * as kubernetes from './kubernetes.js'
import * as kustomize from './kustomize.js'
import { Sink, type Extraction } from './sink.js'
import type { YDocument } from './tree.js'
import * as workflow from './workflow.js'
import { DEFAULT_MAX_ALIAS_COUNT, extractYaml } from './yaml-docs.js'

/** The contract every format module keeps (checked for each one by a test). */
export interface Format {
  readonly id: string
  matches(path: string): boolean
  /** Byte strings of which a file must hold one to yield anything; undefined when not expressible so. */
  readonly needles: readonly string[] | undefined
  extract(content: string, file: string): Extraction
}

interface YamlFormat {
  readonly needles: readonly string[]
  fromDocuments(docs: readonly YDocument[], sink: Sink): void
}

export const FORMATS: readonly Format[] = [
  { id: 'dockerfile', ...dockerfile },
  { id: 'workflow', ...workflow },
  { id: 'kustomize', ...kustomize },
  { id: 'compose', ...compose },
  { id: 'gitlab-ci', ...gitlabCi },
  { id: 'chart', ...chart },
  { id: 'helm-template', ...helmTemplate },
  { id: 'kubernetes', ...kubernetes },
  { id: 'helm-values', ...helmValues }
]

/** How one file is read: which extractors apply, and what it must contain to be worth parsing. */
export interface Plan {
  /** The cheap byte pre-check: false means no extractor of this plan can find anything. */
  precheck(content: Buffer): boolean
  run(content: string, sink: Sink, maxAliasCount: number): void
}

function yamlPlan(formats: readonly YamlFormat[]): Plan {
  const needles = [...new Set(formats.flatMap(f => f.needles))]
  const extractors = formats.map(f => f.fromDocuments)
  return {
    precheck: content => needles.some(needle => content.includes(needle)),
    run: (content, sink, maxAliasCount) => extractYaml(content, sink, extractors, maxAliasCount)
  }
}

function linePlan(needles: readonly string[], extractInto: (content: string, sink: Sink) => void): Plan {
  return { precheck: content => needles.some(needle => content.includes(needle)), run: (content, sink) => extractInto(content, sink) }
}

const PLANS = {
  dockerfile: { precheck: dockerfile.precheck, run: (content: string, sink: Sink) => dockerfile.extractInto(content, sink) },
  workflow: yamlPlan([workflow]),
  kustomize: yamlPlan([kustomize]),
  compose: yamlPlan([compose]),
  gitlabCi: yamlPlan([gitlabCi]),
  chart: linePlan(chart.needles, chart.extractInto),
  helmTemplate: linePlan(helmTemplate.needles, (content, sink) => helmTemplate.unplaced(helmTemplate.extractInto(content, sink), sink)),
  // Any other YAML: Kubernetes objects, and everything else read as Helm-style values.
  yaml: yamlPlan([kubernetes, helmValues]),
  // `kubectl apply -f dir` reads JSON manifests too; JSON is YAML, but only Kubernetes objects
  // count here (package.json and friends are not values files), so both keys must be there.
  json: {
    precheck: content => content.includes('"apiVersion"') && content.includes('image'),
    run: (content, sink, maxAliasCount) => extractYaml(content, sink, [kubernetes.fromDocuments], maxAliasCount)
  }
} satisfies Record<string, Plan>

const JSON_FILE = /\.json$/i

/** The plan for a path (relative, forward slashes), or undefined when no format reads it. */
export function planFor(path: string): Plan | undefined {
  if (dockerfile.matches(path)) return PLANS.dockerfile
  if (workflow.matches(path)) return PLANS.workflow
  if (kustomize.matches(path)) return PLANS.kustomize
  if (compose.matches(path)) return PLANS.compose
  if (gitlabCi.matches(path)) return PLANS.gitlabCi
  if (chart.matches(path)) return PLANS.chart
  if (helmTemplate.matches(path)) return PLANS.helmTemplate
  if (kubernetes.matches(path)) return PLANS.yaml
  if (JSON_FILE.test(path)) return PLANS.json
  return undefined
}

/** Every image reference in one file's content, and what could not be read. Pure. */
export function extractFromContent(file: string, content: string, options: { maxAliasCount?: number } = {}): Extraction {
  const sink = new Sink(file)
  planFor(file)?.run(content, sink, options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT)
  return sink.result()
}
