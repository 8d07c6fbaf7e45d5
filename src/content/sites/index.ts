/**
 * Site adapters: which surface a compose box is and where its submit control is. Editors no adapter knows
 * are still checked, as a post (or a comment, if their label says so), with a generic submit finder.
 */
import type { Site, Surface } from '../../core/types';
import { facebook } from './facebook';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import type { SiteAdapter, SurfaceRule } from './types';
import { x } from './x';

export const ADAPTERS: readonly SiteAdapter[] = [facebook, x, instagram, linkedin];

export function adapterFor(host: string): SiteAdapter | undefined {
  return ADAPTERS.find((a) => a.hosts.includes(host));
}

/** Sign-up forms look alike everywhere: an email field. */
const SIGNUP: SurfaceRule = {
  surface: 'signup',
  label: 'Sign-up email',
  editor: 'input[type="email"], input[autocomplete="email"], input[name*="email" i]',
  scope: 'form, [role="dialog"]',
  submitText: /^(sign up|next|continue|create account|join|agree & join)$/i,
};

function genericRule(editor: Element): SurfaceRule {
  const label = `${editor.getAttribute('aria-label') ?? ''} ${editor.getAttribute('placeholder') ?? ''}`;
  const surface: Surface = /comment|reply/i.test(label)
    ? 'comment'
    : /message/i.test(label)
      ? 'message'
      : 'post';
  return {
    surface,
    label: surface === 'post' ? 'Post' : surface === 'comment' ? 'Comment' : 'Message',
    editor: '*',
    scope: 'form, [role="dialog"]',
    submitText: /^(post|send|share|reply|tweet|publish|comment)$/i,
  };
}

export interface Surfacing {
  site: Site;
  rule: SurfaceRule;
}

export function surfaceOf(editor: Element, location: Location): Surfacing {
  const adapter = adapterFor(location.host);
  const site: Site = adapter?.site ?? 'other';
  if (editor.matches(SIGNUP.editor)) return { site, rule: SIGNUP };
  for (const rule of adapter?.surfaces ?? []) {
    if (rule.path && !rule.path.test(location.pathname)) continue;
    if (editor.matches(rule.editor) || editor.closest(rule.editor)) return { site, rule };
  }
  return { site, rule: genericRule(editor) };
}

const BUTTONS = 'button, [role="button"], input[type="submit"]';

/** The submit control of a compose box, looked up when needed: sites re-render their buttons freely. */
export function findSubmit(editor: Element, rule: SurfaceRule): Element | undefined {
  const scope = (rule.scope && editor.closest(rule.scope)) || editor.closest('form') || editor.parentElement;
  if (!scope) return undefined;
  if (rule.submit) {
    const bySelector = scope.querySelector(rule.submit);
    if (bySelector) return bySelector;
  }
  if (rule.submitText) {
    for (const button of scope.querySelectorAll(BUTTONS)) {
      const name = (button.getAttribute('aria-label') || button.textContent || '').trim();
      if (rule.submitText.test(name)) return button;
    }
  }
  return scope.querySelector('[type="submit"]') ?? undefined;
}
