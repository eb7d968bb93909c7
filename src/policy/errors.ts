import { AppError } from '../errors.js'

export type PolicyFileErrorCode =
  | 'POLICY_FILE_UNREADABLE'
  | 'POLICY_FILE_NOT_FOUND'
  | 'POLICY_YAML_INVALID'
  | 'POLICY_FIELD_INVALID'
  | 'POLICY_FIELD_MISSING'
  | 'POLICY_KIND_UNSUPPORTED'
  | 'POLICY_NAME_DUPLICATE'
  | 'POLICY_NAME_INVALID'

/** A policy document that cannot be read as written; `details` holds file and line. */
export class PolicyFileError extends AppError<PolicyFileErrorCode> {
  constructor(code: PolicyFileErrorCode, message: string, where: { file: string; line: number }) {
    super(code, `${where.file}:${where.line}: ${message}`, { details: { file: where.file, line: where.line } })
    this.name = 'PolicyFileError'
  }
}
