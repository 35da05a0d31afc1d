// the type names of @rungs/core before the matrix → ladder rename (issue #13).
import type { Ladder, LadderData } from './model/framework.ts';
import type { LadderDiff } from './diff/diff-ladders.ts';
import type { LadderFile } from './schema/ladder.ts';

/** @deprecated Use `Ladder`; this alias goes in 2.0. */
export type Matrix = Ladder;
/** @deprecated Use `LadderData`; this alias goes in 2.0. */
export type MatrixData = LadderData;
/** @deprecated Use `LadderDiff`; this alias goes in 2.0. */
export type MatrixDiff = LadderDiff;
/** @deprecated Use `LadderFile`; this alias goes in 2.0. */
export type MatrixFile = LadderFile;
