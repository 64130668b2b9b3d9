import type { BuildOptions } from 'esbuild';
import { OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';

/** Lets bundled CommonJS dependencies call `require` inside an ESM bundle. */
const REQUIRE_BANNER = "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);";

/**
 * The one set of esbuild settings for every function: infra (NodejsFunction) and bench/bundles.ts both
 * derive from it, so measured sizes are the deployed sizes. The AWS SDK is bundled (no externals).
 */
const BUNDLE = {
  target: 'node24',
  format: 'esm',
  minify: true,
  sourceMap: false,
  mainFields: ['module', 'main'],
  banner: REQUIRE_BANNER,
  external: [] as string[],
  /** Lambda-only stand-in: credentials come from the environment Lambda sets, so the SDK's full provider chain is left out. */
  alias: {
    '@aws-sdk/credential-provider-node': './functions/shims/credentials-from-env.ts',
    /** Endpoint discovery is never turned on: a Map stands in for the package's LRU cache (mnemonist). */
    '@aws-sdk/endpoint-cache': './functions/shims/endpoint-cache.ts',
  },
} as const;

/** Content directory (relative to the project root) compiled into each bundle that loads conversation content. */
const CONTENT_SOURCE_DIR = 'content';
/** The directory inside the Lambda package (/var/task) that holds the compiled `content.json`. */
export const CONTENT_TARGET_DIR = 'content';

/** NodejsFunction bundling options from BUNDLE; `withContent` validates content/ and writes it compiled into the asset (invalid content fails the synth). */
export function nodejsBundling(withContent: boolean): BundlingOptions {
  return {
    target: BUNDLE.target,
    format: OutputFormat.ESM,
    minify: BUNDLE.minify,
    sourceMap: BUNDLE.sourceMap,
    mainFields: [...BUNDLE.mainFields],
    banner: BUNDLE.banner,
    externalModules: [...BUNDLE.external],
    esbuildArgs: Object.fromEntries(Object.entries(BUNDLE.alias).map(([from, to]) => [`--alias:${from}`, to])),
    ...(withContent ? { commandHooks: compileContentHooks() } : {}),
  };
}

function compileContentHooks(): NonNullable<BundlingOptions['commandHooks']> {
  return {
    beforeBundling: () => [],
    beforeInstall: () => [],
    afterBundling: (inputDir, outputDir) => [
      `cd "${inputDir}" && npx --no-install tsx infra/content-bundle.ts "${CONTENT_SOURCE_DIR}" "${outputDir}/${CONTENT_TARGET_DIR}"`,
    ],
  };
}

/** esbuild API options equivalent to what NodejsFunction runs for `entry` (see its `--bundle ... --minify` command line). */
export function esbuildOptions(entry: string, outfile: string): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: BUNDLE.target,
    format: BUNDLE.format,
    minify: BUNDLE.minify,
    sourcemap: BUNDLE.sourceMap,
    mainFields: [...BUNDLE.mainFields],
    banner: { js: BUNDLE.banner },
    external: [...BUNDLE.external],
    alias: { ...BUNDLE.alias },
    logLevel: 'warning',
  };
}
