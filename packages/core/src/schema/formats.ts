// Format identifiers of the reports, kept apart from the zod schemas so that code which only
// computes reports (the browser's live gap report) does not pull zod into its bundle.
export const GAP_REPORT_FORMAT = 'rungs/gap-report@2';
export const CALIBRATION_REPORT_FORMAT = 'rungs/calibration-report@1';
export const GAP_SUMMARY_FORMAT = 'rungs/gap-summary@2';
export const TEAM_SUMMARY_FORMAT = 'rungs/team-summary@1';
export const ASSESSORS_REPORT_FORMAT = 'rungs/assessors-report@1';
export const PROGRESS_REPORT_FORMAT = 'rungs/progress-report@1';
export const GROWTH_PLAN_FORMAT = 'rungs/growth-plan@1';
