// The plain Astro site npm run bench compares Jindu's build with: the same article files, rendered by Astro's own
// Markdown processor (and MDX for .mdx), and nothing else (no charts, dataset, search, feeds, cards or second
// edition). A ::chart line becomes a stub figure, so the Markdown work is the same as the real site's.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineMdastPlugin } from 'satteri';

const chartStubs = defineMdastPlugin({
  name: 'chart-stubs',
  leafDirective(node) {
    return { type: 'html', value: `<figure class="chart-stub">图表 ${Object.values(node.attributes ?? {}).join(' ')}</figure>` };
  },
});

export default defineConfig({
  markdown: { processor: satteri({ features: { directive: true }, mdastPlugins: [chartStubs] }) },
  integrations: [mdx({ processor: satteri() })],
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
