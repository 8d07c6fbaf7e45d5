/** The draft digest: what must void an approval (any visible change) and what must not (editor whitespace). */
import { describe, expect, it } from 'vitest';
import {
  type ApprovalDraft,
  canonicalDraft,
  DIGEST_DOMAIN,
  draftDigest,
  normaliseText,
  pictureDigest,
} from '../../src/approval/draft';

const PICTURE = 'n4bQgYhMfWWaL-qgxVrQFaO_TxsrC4Is0V1sFbDwCgg';
const BASE: ApprovalDraft = {
  site: 'facebook',
  account: 'Cansfield High School',
  text: 'Well done to our Year 9 netball team!\nThey won the county cup.',
  pictures: [PICTURE],
};

const same: Array<[string, Partial<ApprovalDraft>]> = [
  ['CRLF line breaks', { text: 'Well done to our Year 9 netball team!\r\nThey won the county cup.' }],
  ['old Mac CR line breaks', { text: 'Well done to our Year 9 netball team!\rThey won the county cup.' }],
  [
    'trailing spaces on a line',
    { text: 'Well done to our Year 9 netball team!  \nThey won the county cup.' },
  ],
  ['trailing spaces and a newline at the end', { text: `${BASE.text} \n\n` }],
  ['a blank first line', { text: `\n${BASE.text}` }],
  ['a non-breaking space', { text: 'Well done to our Year\u00a09 netball team!\nThey won the county cup.' }],
  [
    'a narrow no-break space',
    { text: 'Well done to our Year\u202f9 netball team!\nThey won the county cup.' },
  ],
  ['a zero-width space', { text: 'Well done to our Year 9 net\u200bball team!\nThey won the county cup.' }],
  ['a byte-order mark', { text: `\ufeff${BASE.text}` }],
  [
    'a Unicode line separator',
    { text: 'Well done to our Year 9 netball team!\u2028They won the county cup.' },
  ],
  ['decomposed accents (NFD)', {}],
  ['the account in another case', { account: 'CANSFIELD high school ' }],
  ['a hex picture fingerprint in capitals', {}],
];

const different: Array<[string, Partial<ApprovalDraft>]> = [
  ['one changed character', { text: 'Well done to our Year 8 netball team!\nThey won the county cup.' }],
  ['an added word', { text: 'Well done to our Year 9 netball team!\nThey won the county cup again.' }],
  ['a line break moved', { text: 'Well done to our Year 9 netball team! They won the county cup.' }],
  [
    'a double space inside a line',
    { text: 'Well done to our  Year 9 netball team!\nThey won the county cup.' },
  ],
  ['a leading space', { text: ` ${BASE.text}` }],
  ['an added picture', { pictures: [PICTURE, PICTURE] }],
  ['no picture', { pictures: [] }],
  ['another picture', { pictures: ['x4bQgYhMfWWaL-qgxVrQFaO_TxsrC4Is0V1sFbDwCgg'] }],
  ['a different site', { site: 'linkedin' }],
  ['a different account', { account: 'Cansfield High PE' }],
];

describe('draftDigest', () => {
  it('is a 43-character base64url SHA-256, stable across calls', async () => {
    const digest = await draftDigest(BASE);
    expect(digest).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await draftDigest({ ...BASE, pictures: [...BASE.pictures] })).toBe(digest);
  });

  it('is pinned: a change of the canonical form must be a new version (v2), not a silent change', async () => {
    expect(canonicalDraft(BASE)).toBe(
      `${DIGEST_DOMAIN}["facebook","cansfield high school",["${PICTURE}"],"Well done to our Year 9 netball team!\\nThey won the county cup."]`,
    );
  });

  it.each(same)('does not change for %s', async (name, change) => {
    let draft: ApprovalDraft = { ...BASE, ...change };
    let base = BASE;
    if (name.startsWith('decomposed')) {
      base = { ...BASE, text: 'Café trip: Zoë and Chloë' };
      draft = { ...BASE, text: 'Café trip: Zoë and Chloë'.normalize('NFD') };
      expect(draft.text).not.toBe(base.text);
    }
    if (name.startsWith('a hex')) {
      const hex = 'ab'.repeat(32);
      base = { ...BASE, pictures: [hex] };
      draft = { ...BASE, pictures: [hex.toUpperCase()] };
    }
    expect(await draftDigest(draft)).toBe(await draftDigest(base));
  });

  it.each(different)('changes for %s', async (_, change) => {
    expect(await draftDigest({ ...BASE, ...change })).not.toBe(await draftDigest(BASE));
  });

  it('keeps the emoji joiner (family emoji stay one picture)', () => {
    expect(normaliseText('👩\u200d👧')).toBe('👩\u200d👧');
  });

  it('cannot be confused by text that looks like the separators', async () => {
    const a = await draftDigest({ ...BASE, account: 'a', text: '","b' });
    const b = await draftDigest({ ...BASE, account: 'a","', text: 'b' });
    expect(a).not.toBe(b);
  });
});

describe('pictureDigest', () => {
  it('hashes the bytes, from an ArrayBuffer or a Uint8Array alike', async () => {
    const bytes = new TextEncoder().encode('abc');
    // SHA-256("abc"), base64url
    expect(await pictureDigest(bytes)).toBe('ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0');
    expect(await pictureDigest(bytes.buffer)).toBe(await pictureDigest(bytes));
    expect(await pictureDigest(bytes.subarray(0, 2))).not.toBe(await pictureDigest(bytes));
  });
});
