import { SITE_HOSTS } from './hosts';
import type { SiteAdapter } from './types';

/**
 * Facebook, Messenger and Meta Business Suite: Lexical editors everywhere. Comments and replies (feed, a post's
 * viewer dialog, "Comment as" a Page) sit in a `form[role=presentation]` with their Comment/Reply control in
 * `#focused-state-composer-submit`, and Enter posts; a post is an editor in a dialog whose Post control is a
 * `div[role=button]` that turns on once there is text.
 */
export const facebook: SiteAdapter = {
  site: 'facebook',
  hosts: SITE_HOSTS.facebook,
  surfaces: [
    { surface: 'message', label: 'surface_facebook_message', hosts: ['www.messenger.com'], keys: 'enter' },
    { surface: 'message', label: 'surface_facebook_message', route: /^\/messages\//, keys: 'enter' },
    {
      surface: 'comment',
      label: 'surface_facebook_comment',
      editor: 'form[role="presentation"]',
      scope: ['form[role="presentation"]'],
      submit: { selector: '#focused-state-composer-submit [role="button"]', words: ['comment', 'reply'] },
      keys: 'enter',
    },
    {
      surface: 'post',
      label: 'surface_facebook_post',
      hosts: ['business.facebook.com'],
      route: /^\/latest\/(composer|posts)/,
      scope: ['[role="dialog"], dialog', 'form', '[role="main"], main'],
      submit: { words: ['publish', 'post', 'share now'] },
    },
    {
      surface: 'post',
      label: 'surface_facebook_post',
      editor: '[role="dialog"]',
      scope: ['[role="dialog"]'],
      submit: { words: ['post', 'share now', 'publish', 'next'] },
    },
    // The sites' own words, when the structure says nothing (chat heads, older comment boxes).
    {
      surface: 'message',
      label: 'surface_facebook_message',
      words: /^(message|write a message)/i,
      keys: 'enter',
    },
    {
      surface: 'comment',
      label: 'surface_facebook_comment',
      words: /^(write a (public )?comment|comment as|reply to|write a reply)/i,
      keys: 'enter',
    },
  ],
  account: [{ labels: true }],
};
