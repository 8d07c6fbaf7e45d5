import type { Translate } from '../core/messages';
import type { Account, PictureFacts, Site, Surface } from '../core/types';
import type { CompiledProfile } from '../profile/compile';
import type { CompiledRoster } from '../roster/compile';

/** Everything a rule may know besides the text: where it is typed, for whom, and when. */
export interface CheckContext {
  site: Site;
  surface: Surface;
  account: Account;
  profile: CompiledProfile;
  roster: CompiledRoster;
  now: Date;
  /** The pictures attached to the post, in order (the content script counts the people in each). */
  pictures: readonly PictureFacts[];
  /**
   * Words in the staff member's language, for the findings and for text a fix inserts (the disclaimer): the
   * extension passes the browser's, the checker and the tests the English catalogue.
   */
  translate: Translate;
}
