// The date this build judges milestones on (see src/lib/buildDate.ts).
import { buildDate } from '../lib/buildDate.ts';

export const today: string = buildDate(process.env, new Date());
