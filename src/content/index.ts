/**
 * The content script on Facebook, X, Instagram and LinkedIn. It finds compose boxes as the member of staff
 * focuses them (capture-phase `focusin`, through shadow roots), has what they type checked by our service
 * worker (the engine and the pupil roster never enter the page's process), draws the findings and pauses a post
 * that still breaches the policy. Idle pages cost nothing: no polling, no timers; a MutationObserver runs only
 * while a compose box is being watched, to notice when it goes away.
 */
import { answerMessages, TabMode } from './answers';
import { runtime } from './browser';
import { Client } from './client';
import { Pause } from './pause';
import { watchPictures } from './pictures';
import { Composers } from './registry';
import { ShadowEars } from './shadow';
import { Highlighter } from './ui/highlights';
import { Overlay } from './ui/overlay';

function start(): void {
  if (!runtime) return;
  // Aborted when the extension was updated or removed while this page was open: we leave the page as we found it.
  const controller = new AbortController();
  const signal = controller.signal;
  const client = new Client(runtime, () => controller.abort());
  const overlay = new Overlay(signal);
  const mode = new TabMode();
  const composers: Composers = new Composers(
    {
      overlay,
      highlighter: new Highlighter(),
      check: (draft) => client.check(draft),
      verify: (draft, accountName, code) => client.verify(draft, accountName, code),
      mode: () => mode.value,
      changed: () => composers.changed(),
    },
    signal,
    (breaches, total) => client.badge(breaches, total),
  );

  document.addEventListener('focusin', (event) => composers.watch(event.composedPath()[0]), {
    capture: true,
    signal,
  });
  const ears = new ShadowEars(signal);
  watchPictures(ears, (target) => composers.around(target), client.checkPicture);
  // A box already focused when we load (the site autofocused its composer).
  const focused = deepActiveElement();
  composers.watch(focused);
  new Pause(
    overlay,
    () => composers.values(),
    signal,
    ears,
    (composer) => client.requestApproval(composer.draft(), composer.accountName, composer.shown),
  );
  // Its form's submit is heard only on the shadow roots it is in, and no focus or click has shown us them yet.
  if (focused) ears.reach(shadowRootsAround(focused));
  answerMessages(runtime, composers, client, mode, signal);
}

/** The focused element, inside however many shadow roots it is. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The shadow roots a node is inside, innermost first. */
function shadowRootsAround(node: Node): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode())
    roots.push(root);
  return roots;
}

start();
