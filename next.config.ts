import { existsSync, readFileSync } from 'node:fs';
import type { NextConfig } from 'next';
import { readEnv } from './lib/env';
import { MANIFEST_FILE } from './lib/content/paths';
import type { ContentManifest, Redirect } from './lib/content/types';
import { buildSecurityHeaders } from './lib/security/headers';

// A bad environment fails `next build` and `next start` here, with every wrong variable named.
const env = readEnv();

/** Old article paths from front matter `redirectFrom`, from the manifest `npm run content:build` writes. */
function readContentRedirects(): Redirect[] {
  if (!existsSync(MANIFEST_FILE)) return [];
  return (JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as ContentManifest).redirects;
}

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    const headers = buildSecurityHeaders({ siteUrl: env.SITE_URL, development: process.env.NODE_ENV === 'development' });
    // Build output (scripts, styles) is never a document: a policy on it does nothing, and the
    // ~600 bytes of headers on each of an article's dozen files would outweigh our own script.
    // It keeps nosniff, which browsers do apply to scripts and styles. The search worker lives
    // under /search and keeps the policy it runs under.
    const nosniff = headers.filter(({ key }) => key === 'X-Content-Type-Options');
    return [
      { source: '/_next/static/:path*', headers: nosniff },
      { source: '/:path((?!_next/static/).*)', headers },
    ];
  },
  async redirects() {
    return readContentRedirects().map(({ from, to }) => ({ source: from, destination: to, permanent: true }));
  },
};

export default nextConfig;
