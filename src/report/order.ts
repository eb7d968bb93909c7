import { isFinding, type Policy } from '../policy/index.js'
import { STATUS_RANK } from './format.js'
import type { ReportItem } from './record.js'

/** The order every printer lists items in: new problems, findings, worst status, then by image. */
export function sortItems(items: readonly ReportItem[], policy: Policy): ReportItem[] {
  return [...items].sort(
    (a, b) =>
      Number(isNewProblem(b)) - Number(isNewProblem(a)) ||
      Number(isFinding(b.verdict, policy)) - Number(isFinding(a.verdict, policy)) ||
      STATUS_RANK[a.verdict.status] - STATUS_RANK[b.verdict.status] ||
      imageOf(a).localeCompare(imageOf(b))
  )
}

/** Not verified, and referenced on a line this pull request added or changed. */
export function isNewProblem(item: ReportItem): boolean {
  return item.introduced === true && item.verdict.status !== 'verified'
}

export function imageOf(item: ReportItem): string {
  const base = `${item.registry}/${item.repository}`
  return item.verdict.digest ? `${base}@${item.verdict.digest}` : `${base}:${item.tags[0] ?? ''}`
}
