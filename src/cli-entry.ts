import { runCliGuarded } from './cli/guard.js'

process.exitCode = await runCliGuarded(process.argv.slice(2), {
  stdout: text => process.stdout.write(text + '\n'),
  stderr: text => process.stderr.write(text + '\n'),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY)
})
