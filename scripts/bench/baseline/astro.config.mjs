// The plain Astro site npm run bench compares Jindu's build with: the same article files, rendered with MDX,
// and nothing else (no charts, dataset, search, feeds, cards or second edition).
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  integrations: [mdx()],
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
