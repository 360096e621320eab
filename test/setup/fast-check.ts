import fc from 'fast-check';

/**
 * fast-check settings for every test file. In CI the seed is fixed (42) so a
 * failure reproduces; locally it is random unless FC_SEED is set. FC_NUM_RUNS
 * raises or lowers the number of runs of every property.
 */
const seed = process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : process.env.CI ? 42 : undefined;
const numRuns = process.env.FC_NUM_RUNS !== undefined ? Number(process.env.FC_NUM_RUNS) : 100;

fc.configureGlobal(seed === undefined ? { numRuns } : { numRuns, seed });
