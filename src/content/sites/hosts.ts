/**
 * The hosts Post Guard watches, written once: the manifest's content-script matches are made from this list
 * (manifest.config.ts), and each site adapter takes its hosts from it. No other site gets the content script.
 */
import type { Site } from '../../core/types';

export const SITE_HOSTS = {
  facebook: [
    'www.facebook.com',
    'web.facebook.com',
    'm.facebook.com',
    // Meta Business Suite: where schools post to their Page (/latest/composer).
    'business.facebook.com',
    'www.messenger.com',
  ],
  x: ['x.com', 'twitter.com', 'pro.x.com'],
  instagram: ['www.instagram.com'],
  linkedin: ['www.linkedin.com'],
} as const satisfies Record<Exclude<Site, 'other'>, readonly string[]>;

/** The manifest's match patterns: every host, over HTTPS, every path. */
export const SITE_MATCHES: string[] = Object.values(SITE_HOSTS).flatMap((hosts) =>
  hosts.map((host) => `https://${host}/*`),
);
