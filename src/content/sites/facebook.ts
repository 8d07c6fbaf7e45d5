import type { SiteAdapter } from './types';

/** Facebook: Lexical editors for posts, comments and Messenger; the Post control is a div[role=button]. */
export const facebook: SiteAdapter = {
  site: 'facebook',
  hosts: ['www.facebook.com', 'm.facebook.com'],
  surfaces: [
    {
      surface: 'comment',
      label: 'Facebook comment',
      editor:
        '[aria-label^="Write a comment" i], [aria-label^="Reply to" i], [aria-label^="Write a reply" i], [aria-label^="Write a public comment" i]',
      keys: 'enter',
    },
    {
      surface: 'message',
      label: 'Messenger message',
      editor: '[aria-label="Message" i], [aria-label^="Write a message" i]',
      keys: 'enter',
    },
    {
      surface: 'post',
      label: 'Facebook post',
      editor: '[role="dialog"] [role="textbox"], [role="dialog"] [contenteditable="true"]',
      scope: '[role="dialog"]',
      submit: '[role="button"][aria-label="Post"], [role="button"][aria-label="Next"]',
      submitText: /^(post|share now|publish)$/i,
    },
  ],
};
