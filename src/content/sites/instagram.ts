import type { SiteAdapter } from './types';

/** Instagram: a Lexical caption in the create dialog ("Share"), textarea comments and Lexical DMs. */
export const instagram: SiteAdapter = {
  site: 'instagram',
  hosts: ['www.instagram.com'],
  surfaces: [
    {
      surface: 'comment',
      label: 'Instagram comment',
      editor: 'textarea[aria-label^="Add a comment" i], [aria-label^="Add a comment" i]',
      scope: 'form, section, [role="dialog"]',
      submitText: /^post$/i,
      keys: 'enter',
    },
    { surface: 'message', label: 'Instagram message', editor: '[aria-label="Message" i]', keys: 'enter' },
    {
      surface: 'profile',
      label: 'Instagram bio',
      editor: 'textarea#pepBio, textarea[aria-label="Bio" i]',
      submitText: /^submit$/i,
    },
    {
      surface: 'post',
      label: 'Instagram caption',
      editor: '[aria-label^="Write a caption" i]',
      scope: '[role="dialog"]',
      submitText: /^share$/i,
    },
  ],
};
