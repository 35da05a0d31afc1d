/** Writes the reports and returns API Extractor's warnings (one line each). */
export function writeApiReports(reportFolder: string): string[];
