// @rungs/core/node: file and folder loading for Node, on top of the isomorphic entry.
export { frameworkOf, loadFramework, loadMatrices, loadAssessment, loadAssessmentFolder, readLadderFolder, loadAssessmentPair, loadTranslations, readSourceFile, type LoadFrameworkOptions } from './node/load-files.ts';
export { describeFsError, linkBoundary, readFolder, walkFiles, type ReadOptions, type WalkEntry, type WalkOptions } from './node/read-files.ts';
