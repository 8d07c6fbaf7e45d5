/**
 * Answering the media about the school (§9: "if you are contacted for comments about the School for
 * publication anywhere, including in any social media outlet, you must direct the inquiry to the Headteacher
 * and must not respond without advanced written approval").
 */

/** A request for comment, or the answer to one: media business by itself. */
export const REQUESTS: readonly string[] = [
  'asked|asking|approached|contacted me|us for a|my? comment|quote|statement|interview|view|views',
  'asked|asking me|us to comment|speak|talk',
  'request|requests for comment',
  'press|media|journalist enquiry|enquiries|inquiry|inquiries|request|requests',
  'on|off the record',
  'speak|speaking|talk|talking|spoke|spoken to the press|media|papers|journalists|reporters|a+journalist|a+reporter',
  'give|giving|gave a quote|statement|interview to',
  'for publication',
];

/** Words for the media. */
export const OUTLETS: readonly string[] = [
  'journalist|journalists|reporter|reporters|journo|journos|the+press|newspaper|newspapers|news+desk|newsroom|editor',
  'bbc|itv|sky+news|channel+4|channel+5|radio|tv+crew|podcast|the+paper|the+papers|local+paper|news',
];

/** Parts of a handle or page name that mark a news outlet: "@WiganToday", "@MENnewsdesk". */
export const OUTLET_HANDLE_PARTS: readonly string[] = [
  'news',
  'today',
  'echo',
  'post',
  'times',
  'herald',
  'gazette',
  'observer',
  'mail',
  'express',
  'telegraph',
  'guardian',
  'mirror',
  'chronicle',
  'journal',
  'press',
  'radio',
  'tv',
  'live',
  'reporter',
  'journo',
  'bbc',
  'itv',
];

/** Answering someone's request for information. */
export const RESPONSES: readonly string[] = [
  'happy|glad|willing to talk|speak|chat to? you|with+you',
  'dm|message|email|call|contact me',
  'get|getting in touch',
  'drop me a line|message',
  'here goes',
  'i can tell you|confirm',
  'what|whats really happening|going on',
  'the real story|truth',
];
