// the names of @rungs/core/schema before the matrix → ladder rename (issue #13).
import { LadderFileSchema, type LadderFileInput } from './ladder.ts';

/**
 * The old name of {@link LadderFileSchema}.
 *
 * @deprecated Use `LadderFileSchema`; this alias goes in 2.0.
 */
export const MatrixFileSchema = LadderFileSchema;

/**
 * The format id ladder files had before `rungs/ladder@1` (the value of `LADDER_FORMAT` now). Files
 * saying it still load; Rungs writes the new id.
 *
 * @deprecated Use `LADDER_FORMAT`; this alias goes in 2.0.
 */
export const MATRIX_FORMAT = 'rungs/matrix@1';

/**
 * The old name of {@link LadderFileInput}.
 *
 * @deprecated Use `LadderFileInput`; this alias goes in 2.0.
 */
export type MatrixFileInput = LadderFileInput;
