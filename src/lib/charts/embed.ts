// How an article embeds a chart: the props of its .mdx component, which are also the attributes of its ::chart
// line, as a Zod schema; what the content check requires of them; and which chart they show. Each chart declares
// this once, in src/lib/charts/<chart>/embed.ts: the check (src/lib/validate/chartEmbeds.ts), the component's
// props type and the renderers all read it from there.
import { z } from 'astro/zod';
import type { ChartRef } from './chartRefs.ts';
import type { ChartContext } from './model.ts';
import type { ChartModel } from './registry.ts';

/** One project id: project="huali-bio", or project=huali-bio in a directive. */
export const projectIdProp = z.string();
/** Several: projects={["a", "b"]}, or projects="a b" in a directive. */
export const projectIdsProp = z.array(z.string());

export type PropKind = 'projectId' | 'projectIds';

export interface EmbedSpec<Props extends z.ZodObject = z.ZodObject> {
  /** The component an .mdx article writes, with no import: the chart's name, capitalised. */
  component: string;
  /** Earlier names of the component, still accepted so articles written with them keep working. */
  formerly?: string[];
  props: Props;
  /** Props of which exactly one must be given (none when the list is empty). */
  oneOf: string[];
  /** The chart needs investment or return figures. */
  needsFigures?: boolean;
  /** The chart as an editor writes it, in an .mdx article and in an .md one, for messages. */
  example: { component: string; directive: string };
  /**
   * What the props show: a chart with an address (its embed page and downloads; a feed shows its PNG), or a chart
   * drawn for the article alone (a feed gives its title and takeaway).
   */
  shows: (props: z.infer<Props>, context: ChartContext) => { ref: ChartRef } | { model: ChartModel };
}

/** Each prop a chart takes, and whether it is one project id or a list. */
export function propKinds(props: z.ZodObject): Record<string, PropKind> {
  return Object.fromEntries(
    Object.entries(props.shape).map(([name, schema]) => {
      const inner = schema instanceof z.ZodOptional ? schema.unwrap() : schema;
      return [name, inner instanceof z.ZodArray ? 'projectIds' : 'projectId'];
    }),
  );
}
