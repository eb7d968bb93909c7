/** The package version, printed by `fremforge-cosign --version`; a test keeps it equal to package.json. */
export const VERSION = '0.1.0'
