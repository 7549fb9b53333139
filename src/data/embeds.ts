// The components .mdx articles may use without importing them (checked by src/lib/validate/chartEmbeds.ts).
import Milestones from '../components/embeds/Milestones.astro';
import ProjectEconomics from '../components/embeds/ProjectEconomics.astro';
import ProjectsComparison from '../components/embeds/ProjectsComparison.astro';
import ZoneProgress from '../components/embeds/ZoneProgress.astro';
import FeedMilestones from '../components/embeds/feed/Milestones.astro';
import FeedProjectEconomics from '../components/embeds/feed/ProjectEconomics.astro';
import FeedProjectsComparison from '../components/embeds/feed/ProjectsComparison.astro';
import FeedZoneProgress from '../components/embeds/feed/ZoneProgress.astro';

export const pageEmbeds = { ProjectEconomics, ZoneProgress, ProjectsComparison, Milestones };
/** In feeds, charts become images with text alternatives: feed readers have no stylesheet. */
export const feedEmbeds = { ProjectEconomics: FeedProjectEconomics, ZoneProgress: FeedZoneProgress, ProjectsComparison: FeedProjectsComparison, Milestones: FeedMilestones };
