import { fromEnv } from '@aws-sdk/credential-provider-env';

/**
 * Stands in for `@aws-sdk/credential-provider-node` inside Lambda bundles (esbuild alias, see infra/bundling.ts).
 * Lambda hands every function its role credentials in environment variables, which is the first thing the
 * default chain tries, so the rest of the chain (SSO, INI, STS web identity, IMDS: about 80 KB) never runs there.
 */
export const defaultProvider = (init?: Parameters<typeof fromEnv>[0]) => fromEnv(init);
