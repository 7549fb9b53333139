import { keyedPaths } from '../../../lib/incremental/propsKey.ts';
import type { GetStaticPaths } from 'astro';
import { pngResponse, renderCard } from '../../../loaders/cards.ts';
import { dataset } from '../../../loaders/dataset.ts';
import { strings } from '../../../loaders/site.ts';
import { cardLabels, projectCard } from '../../../lib/cardContent.ts';
import type { Project } from '../../../lib/schema.ts';

export const getStaticPaths = (() => keyedPaths(dataset.projects.map((project) => ({ params: { id: project.id }, props: { project } })))) satisfies GetStaticPaths;

export async function GET({ props }: { props: { project: Project } }): Promise<Response> {
  return pngResponse(await renderCard(projectCard(props.project, cardLabels(strings, dataset))));
}
