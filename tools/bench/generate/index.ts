import { md5Uuid } from './audit';

export { ChainPlan, md5Uuid, writeChains } from './audit';
export { Prng } from './prng';
export { EMPTY_SIZE, FULL_SIZE, sizeFromOptions, SystemSize } from './size';
export { generateSystem, Generated, GenerateOptions, GENERATED_TABLES } from './system';

/** The generator's ids (derived with md5, as in its SQL), so benches find its rows again. */
export const benchIds = {
  organisation: (o: number) => md5Uuid(`org${o}`),
  /** Person 1 of organisation o: its incident commander, u{o}-1@bench.nhs.uk. */
  commander: (o: number) => md5Uuid(`user${o}-1`),
};
