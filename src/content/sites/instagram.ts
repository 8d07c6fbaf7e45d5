import { SITE_HOSTS } from './hosts';
import type { SiteAdapter } from './types';

/**
 * Instagram: the caption in the create dialog (its Share, sometimes a link, sits right after the dialog's
 * heading), comments in a form with a textarea (Enter or Post), DMs under `/direct/` (Enter), the bio.
 */
export const instagram: SiteAdapter = {
  site: 'instagram',
  hosts: SITE_HOSTS.instagram,
  surfaces: [
    {
      surface: 'profile',
      label: 'surface_instagram_bio',
      route: /^\/accounts\/edit\//,
      scope: ['form', 'main'],
      submit: { words: ['submit', 'save'] },
    },
    { surface: 'message', label: 'surface_instagram_message', route: /^\/direct\//, keys: 'enter' },
    {
      surface: 'comment',
      label: 'surface_instagram_comment',
      editor: 'form textarea',
      scope: ['form'],
      submit: { words: ['post'] },
      keys: 'enter',
    },
    {
      surface: 'post',
      label: 'surface_instagram_caption',
      editor: '[role="dialog"]',
      scope: ['[role="dialog"]'],
      submit: { afterHeading: true, words: ['share'] },
    },
    {
      surface: 'post',
      label: 'surface_instagram_caption',
      route: /^\/create\//,
      submit: { afterHeading: true, words: ['share'] },
    },
    { surface: 'message', label: 'surface_instagram_message', words: /^message/i, keys: 'enter' },
    { surface: 'comment', label: 'surface_instagram_comment', words: /^add a comment/i, keys: 'enter' },
  ],
  account: [
    // The signed-in account's own link in the navigation: the one showing its avatar, at /<username>/.
    {
      link: 'nav a[href]:has(img), [role="navigation"] a[href]:has(img)',
      pattern: /^\/([\w.]{1,30})\/$/,
      prefix: '@',
    },
    { labels: true },
  ],
};
