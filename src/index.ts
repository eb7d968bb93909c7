import module from 'node:module'

// Before the action's code is loaded: V8's compiled code is reused across runs (Node 22.1+).
module.enableCompileCache?.()
const { runGuarded } = await import('./main.js')

await runGuarded()
