/** Screen readers hear each new breach once, in the overlay's live region. */
import { rank } from '../../core/severity';
import { t } from '../browser';
import type { Overlay } from '../ui/overlay';
import { keyOf, type Shown } from './shown';

export class Announcer {
  private announced = new Set<string>();

  constructor(private readonly overlay: Overlay) {}

  announce(shown: readonly Shown[], text: string): void {
    const now = new Set<string>();
    for (const s of shown) {
      if (rank(s.finding.severity) < rank('breach')) continue;
      const key = keyOf(s.finding, text);
      now.add(key);
      if (!this.announced.has(key))
        this.overlay.announce(t('announce_finding', s.finding.title, s.finding.message));
    }
    this.announced = now;
  }

  /** The post went out or was cleared: the next breach is news again. */
  reset(): void {
    this.announced.clear();
  }
}
