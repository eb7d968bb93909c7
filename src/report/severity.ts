import type { Status } from '../policy/index.js'
import { STATUS_ICON } from './format.js'

const RED = new Set(['❌', '🚫', '⛔'])

/** Red marks only what fails the run: a problem that is merely a warning shows ⚠️. */
export function severityIcon(status: Status, finding: boolean): string {
  const icon = STATUS_ICON[status]
  return !finding && RED.has(icon) ? '⚠️' : icon
}
