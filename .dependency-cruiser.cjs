/**
 * Architecture rules for `functions/` (Lambda code), checked in `npm test` (tests/architecture.test.ts):
 * folders depend downward only, and Lambda code never reaches build-time or dev-only code or packages.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-folder-cycles',
      comment: 'Folders under functions/ depend downward only: no cycle between two folders.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^functions/' },
      to: { circular: true },
    },
    {
      name: 'no-module-cycles',
      comment: 'No import cycle between modules under functions/.',
      severity: 'error',
      from: { path: '^functions/' },
      to: { circular: true },
    },
    {
      name: 'lambda-code-stays-in-functions',
      comment: 'functions/ is what runs in Lambda: it never imports dev/, tools/, infra/, bench/ or tests/.',
      severity: 'error',
      from: { path: '^functions/' },
      to: { path: '^(dev|tools|infra|bench|tests)/' },
    },
    {
      name: 'no-dev-packages-in-lambda',
      comment: 'functions/ imports only runtime dependencies (and node: built-ins), never a devDependency.',
      severity: 'error',
      from: { path: '^functions/' },
      to: { dependencyTypes: ['npm-dev', 'npm-no-pkg', 'npm-unknown', 'unknown', 'undetermined'] },
    },
  ],
  options: {
    parser: 'swc',
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'node', 'default'], extensions: ['.ts', '.js'] },
  },
};
