// @rungs/core/import: a ladder file made from a spreadsheet (CSV) or a CASE 1.1 package. Isomorphic:
// it takes text and gives text, so an HR tool can import in a browser as the CLI does on a disk.
export { importLadder, type ImportOptions, type ImportedLadder, type ImportFormat } from './import/import-ladder.ts';
export { importFramework, type ImportFramework } from './import/import-framework.ts';
