import { SITE_HOSTS } from './hosts';
import type { SiteAdapter } from './types';

/**
 * LinkedIn: the Quill share box (in the open shadow root of `#interop-outlet` since 2026, or a native `<dialog>`
 * at `/sharing/compose`), comments and replies in `[data-view-name=comment-box]` with the Comment control beside
 * the box, messaging forms, and the profile forms by route.
 */
export const linkedin: SiteAdapter = {
  site: 'linkedin',
  hosts: SITE_HOSTS.linkedin,
  surfaces: [
    {
      surface: 'recommendation',
      label: 'surface_linkedin_recommendation',
      route: /\/recommendations\/(edit\/)?write/,
      scope: ['form, [role="dialog"], dialog', 'main'],
      submit: { words: ['send', 'submit', 'post'] },
    },
    {
      surface: 'profile',
      label: 'surface_linkedin_profile',
      route: /\/in\/[^/]+\/(edit|details\/[^/]+\/edit)\//,
      scope: ['form, [role="dialog"], dialog', 'main'],
      submit: { words: ['save'] },
    },
    {
      surface: 'message',
      label: 'surface_linkedin_message',
      editor: '.msg-form, .msg-form__contenteditable',
      scope: ['.msg-form', 'form'],
      // Enter sends only if the member turned that on in LinkedIn (then the form submits); Send always does.
      submit: { selector: '.msg-form__send-button, .msg-form__send-btn' },
    },
    {
      surface: 'comment',
      label: 'surface_linkedin_comment',
      editor: '[data-view-name="comment-box"], .comments-comment-box, .comments-comment-texteditor',
      // The Comment (or Reply) control sits beside the comment box, not inside it.
      scope: [':has(> [data-view-name="comment-box"])', '.comments-comment-box', 'form'],
      submit: {
        selector:
          '[data-view-name="comment-post"], [data-view-name="comment-reply-post"], .comments-comment-box__submit-button',
      },
    },
    {
      surface: 'post',
      label: 'surface_linkedin_post',
      route: /^\/sharing\/compose/,
      scope: ['dialog, [role="dialog"]', 'main'],
      submit: { words: ['post'] },
    },
    {
      surface: 'post',
      label: 'surface_linkedin_post',
      editor: '.share-box, .share-creation-state, [role="dialog"], dialog',
      scope: ['[role="dialog"], dialog', '.share-box, .share-creation-state'],
      submit: { selector: '.share-actions__primary-action', words: ['post'] },
    },
    { surface: 'comment', label: 'surface_linkedin_comment', words: /comment|reply/i },
    { surface: 'message', label: 'surface_linkedin_message', words: /message/i },
  ],
  // A company page's admin view (`/company/<page>/admin/`): posts go out as the page.
  account: [{ route: /^\/company\/([^/]+)\/admin\b/ }, { labels: true }],
};
