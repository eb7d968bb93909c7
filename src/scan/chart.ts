import { Sink, type Extraction } from './sink.js'

/**
 * Helm `Chart.yaml`: the `artifacthub.io/images` annotation, a YAML list inside a block scalar
 * (`- name: x` / `image: ref`). Read line by line so every image keeps its own line and column.
 */
const CHART = /(?:^|\/)Chart\.ya?ml$/
const ANNOTATION = /^([ \t]*)["']?artifacthub\.io\/images["']?[ \t]*:[ \t]*[|>][-+0-9]*[ \t]*(?:#.*)?$/
const IMAGE_LINE = /^([ \t]*(?:-[ \t]+)?["']?image["']?[ \t]*:[ \t]*)(["']?)([^\s"'#]+)\2[ \t]*(?:#.*)?$/

export const needles = ['artifacthub.io/images']

export function matches(path: string): boolean {
  return CHART.test(path)
}

export function extractInto(content: string, sink: Sink): void {
  const lines = content.split('\n')
  for (let n = 0; n < lines.length; n++) {
    const header = ANNOTATION.exec(lines[n].replace(/\r$/, ''))
    if (!header) continue
    const indent = header[1].length
    for (let m = n + 1; m < lines.length; m++) {
      const line = lines[m].replace(/\r$/, '')
      if (line.trim() === '') continue
      if (line.length - line.trimStart().length <= indent) break
      const image = IMAGE_LINE.exec(line)
      if (image) sink.image('chart-annotation', image[3], m + 1, image[1].length + image[2].length + 1)
      n = m
    }
  }
}

export function extract(content: string, file: string): Extraction {
  const sink = new Sink(file)
  extractInto(content, sink)
  return sink.result()
}
