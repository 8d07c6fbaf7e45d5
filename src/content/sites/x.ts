import { SITE_HOSTS } from './hosts';
import type { SiteAdapter } from './types';

const POST_BUTTON = { selector: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]' };

/**
 * X and X Pro: Draft.js composers (`tweetTextarea_N`) where Ctrl/Cmd+Enter posts. Replies and quotes open at
 * `/compose/post?in_reply_to=…` / `?url=…` or sit under a post (`/<user>/status/<id>`); XChat (`/i/chat`) and
 * the older DMs send on Enter.
 */
export const x: SiteAdapter = {
  site: 'x',
  hosts: SITE_HOSTS.x,
  surfaces: [
    {
      surface: 'message',
      label: 'surface_x_message',
      editor:
        '[data-testid="dmComposerTextInput"], [data-testid="dm-composer-textarea"], [data-testid="dm-container"], [data-testid="chat-drawer-root"], [data-testid="DMDrawer"]',
      scope: [
        '[data-testid="dm-container"], [data-testid="chat-drawer-root"], [data-testid="DmActivityViewport"], [data-testid="DMDrawer"]',
        'form, aside, main',
      ],
      submit: { selector: '[data-testid="dmComposerSendButton"], [data-testid="dm-composer-send-button"]' },
      keys: 'enter',
    },
    {
      surface: 'message',
      label: 'surface_x_message',
      route: /^\/(i\/chat|messages)(\/|$|\?)/,
      scope: ['form, aside, main'],
      submit: { selector: '[data-testid="dmComposerSendButton"], [data-testid="dm-composer-send-button"]' },
      keys: 'enter',
    },
    {
      surface: 'comment',
      label: 'surface_x_reply',
      editor: '[data-testid^="tweetTextarea_"]',
      route: /^\/(compose\/post\?(.*&)?(in_reply_to|url)=|[^/?]+\/status\/\d+)/,
      scope: [
        '[role="dialog"], [data-testid="inline_reply_offscreen"], [data-testid="cellInnerDiv"]',
        'main',
      ],
      submit: POST_BUTTON,
      keys: 'mod-enter',
    },
    {
      surface: 'comment',
      label: 'surface_x_reply',
      editor: '[data-testid="inline_reply_offscreen"] [data-testid^="tweetTextarea_"]',
      scope: ['[data-testid="inline_reply_offscreen"]'],
      submit: POST_BUTTON,
      keys: 'mod-enter',
    },
    {
      surface: 'post',
      label: 'surface_x_post',
      editor: '[data-testid^="tweetTextarea_"]',
      scope: ['[role="dialog"]', '[data-testid="primaryColumn"], section, main'],
      submit: POST_BUTTON,
      keys: 'mod-enter',
    },
  ],
  account: [
    { text: '[data-testid="SideNav_AccountSwitcher_Button"]', pattern: /@\w{1,15}/ },
    { labels: true },
  ],
};
