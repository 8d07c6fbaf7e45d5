import type { SiteAdapter } from './types';

/** X: Draft.js composers (`tweetTextarea_N`); Ctrl/Cmd+Enter posts; DMs post on Enter. */
export const x: SiteAdapter = {
  site: 'x',
  hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
  surfaces: [
    {
      surface: 'message',
      label: 'X message',
      editor: '[data-testid="dmComposerTextInput"], [data-testid="dm-composer-textarea"]',
      scope: '[data-testid="DmActivityViewport"], [data-testid="DMDrawer"], form, aside, main',
      submit: '[data-testid="dmComposerSendButton"], [data-testid="dm-composer-send-button"]',
      keys: 'enter',
    },
    {
      surface: 'comment',
      label: 'X reply',
      editor: '[data-testid^="tweetTextarea_"]',
      path: /\/status\/\d+/,
      scope: '[role="dialog"], [data-testid="inline_reply_offscreen"], [data-testid="cellInnerDiv"], main',
      submit: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]',
      keys: 'mod-enter',
    },
    {
      surface: 'post',
      label: 'X post',
      editor: '[data-testid^="tweetTextarea_"]',
      scope: '[role="dialog"], [data-testid="primaryColumn"], main',
      submit: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]',
      keys: 'mod-enter',
    },
  ],
};
