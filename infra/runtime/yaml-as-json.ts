/**
 * Stands in for the `yaml` package inside Lambda bundles (esbuild alias, see infra/bundling.ts): bundling
 * rewrites every content file as JSON, which is YAML too, so JSON.parse reads it and the ~110 KB YAML parser
 * stays out of the bundle. Importing anything else from `yaml` in Lambda code fails the build, not a request.
 */
export function parse(text: string): unknown {
  return JSON.parse(text);
}
