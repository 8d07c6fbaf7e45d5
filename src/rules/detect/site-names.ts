import type { Site } from '../../core/types';

const NAMES: Record<Site, string> = {
  facebook: 'Facebook',
  x: 'X',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  other: 'this site',
};

/** A site as staff write it, for messages. */
export function siteName(site: Site): string {
  return NAMES[site];
}
