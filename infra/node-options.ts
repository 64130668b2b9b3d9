/**
 * NODE_OPTIONS every function runs with. V8 keeps four worker threads by default for background compiling and
 * garbage collection; a Lambda function has one vCPU or a share of one (1,769 MB buys a whole one), so those threads
 * do not run beside the handler but take turns with it, a scheduler slice (about 4 ms) at a time. One worker keeps
 * the background work and stops most of the preemption (bench/triage.ts measures the deployed code with these options).
 */
export const LAMBDA_NODE_OPTIONS = '--v8-pool-size=1';
