import module from 'node:module'

// Before anything big is loaded: V8's compiled code is reused across runs (Node 22.1+).
module.enableCompileCache?.()
const { runCliGuarded } = await import('./cli/guard.js')

process.exitCode = await runCliGuarded(process.argv.slice(2), {
  stdout: text => process.stdout.write(text + '\n'),
  stderr: text => process.stderr.write(text + '\n'),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY)
})
