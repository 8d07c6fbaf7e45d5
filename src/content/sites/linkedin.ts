import type { SiteAdapter } from './types';

/** LinkedIn: Quill share box, Quill or ProseMirror comments, contenteditable messaging, forms for the rest. */
export const linkedin: SiteAdapter = {
  site: 'linkedin',
  hosts: ['www.linkedin.com'],
  surfaces: [
    {
      surface: 'recommendation',
      label: 'LinkedIn recommendation',
      editor: 'textarea, [contenteditable], [role="textbox"]',
      path: /\/recommendations\/(edit\/)?write/,
      scope: 'form, [role="dialog"], main',
      submitText: /^(send|submit|post)$/i,
    },
    {
      surface: 'profile',
      label: 'LinkedIn profile',
      editor: 'textarea, input[type="text"], [contenteditable], [role="textbox"]',
      path: /\/in\/[^/]+\/(edit|details\/[^/]+\/edit)\//,
      scope: 'form, [role="dialog"], main',
      submitText: /^save$/i,
    },
    {
      surface: 'message',
      label: 'LinkedIn message',
      editor: '.msg-form__contenteditable',
      scope: '.msg-form, form',
      // Enter sends only if the member turned that on in LinkedIn; the Send button always does.
      submit: 'button.msg-form__send-button',
    },
    {
      surface: 'comment',
      label: 'LinkedIn comment',
      editor:
        '[data-view-name="comment-box"] [contenteditable], .comments-comment-box [contenteditable], .comments-comment-texteditor [contenteditable]',
      scope: '[data-view-name="comment-box"], .comments-comment-box, form',
      submit: 'button[data-view-name="comment-post"], button.comments-comment-box__submit-button',
    },
    {
      surface: 'post',
      label: 'LinkedIn post',
      editor:
        '.share-box .ql-editor, .share-creation-state .ql-editor, [role="dialog"] .ql-editor, [aria-label="Text editor for creating content" i]',
      scope: '[role="dialog"], .share-box, .share-creation-state',
      submit: 'button.share-actions__primary-action',
    },
  ],
};
