// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// BASE_PATH builds for a sub-folder (/reports/daqing/); SITE_URL is the public address used in canonical links,
// feeds and the sitemap. The placeholder domain is reserved for documentation (RFC 2606): set SITE_URL to deploy.
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'https://jindu.example.org';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
