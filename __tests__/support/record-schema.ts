import { expect } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'

// ajv-formats is CommonJS: under ESM its function is the default export's default.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv

const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false })
addFormats(ajv)
const validate = ajv.compile(JSON.parse(readFileSync('schema/verification-v1.schema.json', 'utf8')) as object)

/** Every record must validate against the shipped fremforge.cosign.verification/v1 schema. */
export function expectValidRecords(records: readonly unknown[]): void {
  for (const record of records) {
    const ok = validate(record)
    expect(ok ? [] : validate.errors?.map(e => `${e.instancePath} ${e.message}`)).toEqual([])
  }
}
