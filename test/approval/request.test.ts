/** The approval request email: composed for people, read back by the approver page even after a mail client. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ApprovalDraft, draftDigest } from '../../src/approval/draft';
import {
  type ApprovalRequestInput,
  composeApprovalRequest,
  MAX_TEXT,
  parseApprovalRequest,
} from '../../src/approval/request';

const DRAFT: ApprovalDraft = {
  site: 'instagram',
  account: '@cansfieldhigh',
  text: 'Our Year 11 art exhibition opens on Thursday 💜\r\nEveryone is welcome — café in the hall.\n\n#TeamCansfield',
  pictures: ['n4bQgYhMfWWaL-qgxVrQFaO_TxsrC4Is0V1sFbDwCgg', 'ab'.repeat(32)],
};

async function input(draft: ApprovalDraft = DRAFT): Promise<ApprovalRequestInput> {
  return {
    draft,
    digest: await draftDigest(draft),
    findings: [
      {
        rule: 'school-branding',
        clause: '§11',
        severity: 'warning',
        message: 'The school logo appears in a picture.',
        excerpt: 'poster.jpg',
      },
      { rule: 'working-time', clause: '§6(c)', severity: 'advice', message: 'Posted in working hours.' },
    ],
    reporter: 'Sam Teacher',
    time: new Date('2026-11-24T10:15:00Z'),
    profileName: 'Cansfield High School',
    pictureNames: ['poster.jpg', 'hall.png'],
    replyTo: 'sam.teacher@cansfield.wigan.sch.uk',
  };
}

/**
 * What a mail client does to a forwarded plain-text email: quote every line and re-wrap at `width`, at a space
 * where there is one, else (a long base64url line) anywhere.
 */
function quoteAndRewrap(text: string, width: number, depth = 1): string {
  const out: string[] = [];
  const prefix = '> '.repeat(depth);
  const room = width - prefix.length;
  for (const line of text.split(/\r?\n/)) {
    let rest = line;
    do {
      const space = rest.length > room ? rest.lastIndexOf(' ', room) : -1;
      const cut = rest.length <= room ? rest.length : space > 0 ? space + 1 : room;
      out.push(prefix + rest.slice(0, cut));
      rest = rest.slice(cut);
    } while (rest.length > 0);
  }
  return out.join('\r\n');
}

describe('composeApprovalRequest', () => {
  it('writes a letter with the post quoted, pictures to attach, findings and what to do', async () => {
    const { subject, body } = composeApprovalRequest(await input());
    expect(subject).toBe('Approval request: Instagram post as @cansfieldhigh');
    expect(body).toContain("Cansfield High School's Instagram account @cansfieldhigh");
    expect(body).toContain('> Our Year 11 art exhibition opens on Thursday 💜\n> Everyone is welcome');
    expect(body).toContain('attach them to this email');
    expect(body).toContain('1. poster.jpg, fingerprint n4bQgYhMfWWaL-qgxVrQFaO_TxsrC4Is0V1sFbDwCgg');
    expect(body).toContain('Warning (§11): The school logo appears in a picture. ("poster.jpg")');
    expect(body).toMatch(/Requested by Sam Teacher on Tuesday,? 24 November 2026/);
    expect(body).toContain('"Approve a post" page and paste this whole email');
    const lines = body.split('\n');
    const begin = lines.indexOf('-----BEGIN POST GUARD APPROVAL REQUEST-----');
    const end = lines.indexOf('-----END POST GUARD APPROVAL REQUEST-----');
    expect(begin).toBeGreaterThan(0);
    expect(end).toBe(lines.length - 1);
    for (const line of lines.slice(begin + 1, end)) expect(line).toMatch(/^[A-Za-z0-9_-]{1,76}$/);
  });

  it('says so when there are no pictures or findings', async () => {
    const { body } = composeApprovalRequest({ ...(await input({ ...DRAFT, pictures: [] })), findings: [] });
    expect(body).toContain('No pictures.');
    expect(body).toContain('Post Guard found nothing to flag');
  });
});

describe('parseApprovalRequest', () => {
  it('reads back exactly what was composed', async () => {
    const request = await input();
    const parsed = await parseApprovalRequest(composeApprovalRequest(request).body);
    expect(parsed).toEqual({
      ok: true,
      draft: DRAFT,
      digest: request.digest,
      digestMatches: true,
      findings: request.findings,
      reporter: 'Sam Teacher',
      time: request.time,
      school: 'Cansfield High School',
      pictureNames: ['poster.jpg', 'hall.png'],
      replyTo: 'sam.teacher@cansfield.wigan.sch.uk',
    });
  });

  it('finds the block after quoting and re-wrapping, twice over, with CRLF and text around it', async () => {
    const request = await input();
    const { body } = composeApprovalRequest(request);
    for (const mangled of [
      quoteAndRewrap(body, 72),
      quoteAndRewrap(quoteAndRewrap(body, 72), 60, 2),
      `From: Sam\r\nSubject: fwd\r\n\r\n${quoteAndRewrap(body, 40, 3)}\r\n\r\n-- \r\nSent from my phone`,
      // Re-flowed: the block joined into one long line
      body.replace(/\n(?=[A-Za-z0-9_-])/g, ' '),
    ]) {
      const parsed = await parseApprovalRequest(mangled);
      expect(parsed, mangled.slice(-300)).toMatchObject({ ok: true, draft: DRAFT, digest: request.digest });
    }
  });

  it('recomputes the digest rather than trusting the block', async () => {
    const request = await input();
    const parsed = await parseApprovalRequest(
      composeApprovalRequest({ ...request, digest: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }).body,
    );
    expect(parsed).toMatchObject({ ok: true, digest: request.digest, digestMatches: false });
  });

  it('explains what is wrong with what was pasted', async () => {
    const { body } = composeApprovalRequest(await input());
    const lines = body.split('\n');
    const cases: Array<[string, RegExp]> = [
      ['', /Nothing was pasted/],
      ['Hello, please approve my post', /No approval request found/],
      [lines.slice(0, -1).join('\n'), /No approval request found/],
      [body.replace(/(BEGIN POST GUARD APPROVAL REQUEST-----\n)[A-Za-z0-9_-]{10}/, '$1'), /damaged/],
      [
        `${body}\n\n${composeApprovalRequest(await input({ ...DRAFT, text: 'Other' })).body}`,
        /more than one/,
      ],
    ];
    for (const [pasted, error] of cases) {
      const parsed = await parseApprovalRequest(pasted);
      expect(parsed.ok, pasted.slice(0, 80)).toBe(false);
      if (!parsed.ok) expect(parsed.error).toMatch(error);
    }
    // The same request twice (a thread that quotes it) is still one request.
    expect(await parseApprovalRequest(`${body}\n\n${quoteAndRewrap(body, 70)}`)).toMatchObject({ ok: true });
  });

  it('refuses blocks that are valid base64url but not a request', async () => {
    const wrap = (json: unknown) =>
      `-----BEGIN POST GUARD APPROVAL REQUEST-----\n${Buffer.from(JSON.stringify(json)).toString('base64url')}\n-----END POST GUARD APPROVAL REQUEST-----`;
    const good = JSON.parse(
      Buffer.from(
        /REQUEST-----\n([\s\S]*)\n-----END/
          .exec(composeApprovalRequest(await input()).body)![1]!
          .replace(/\n/g, ''),
        'base64url',
      ).toString(),
    ) as Record<string, unknown>;
    for (const bad of [
      { ...good, v: 2 },
      { ...good, site: 'other' },
      { ...good, site: 'tiktok' },
      { ...good, account: '' },
      { ...good, pictures: ['not a fingerprint!'] },
      { ...good, time: 'yesterday' },
      { ...good, extra: true },
      [good],
      'text',
    ]) {
      expect(await parseApprovalRequest(wrap(bad))).toMatchObject({ ok: false });
    }
    expect(await parseApprovalRequest(wrap(good))).toMatchObject({ ok: true });
  });

  it('refuses an oversized request', async () => {
    const long = { ...DRAFT, text: 'a'.repeat(MAX_TEXT + 1) };
    const parsed = await parseApprovalRequest(composeApprovalRequest(await input(long)).body);
    expect(parsed).toMatchObject({
      ok: false,
      problem: 'too-large',
      error: expect.stringMatching(/too large/),
    });
    const fits = { ...DRAFT, text: 'é'.repeat(MAX_TEXT) };
    expect(await parseApprovalRequest(composeApprovalRequest(await input(fits)).body)).toMatchObject({
      ok: true,
    });
    const many = { ...DRAFT, pictures: Array.from({ length: 51 }, () => DRAFT.pictures[0]!) };
    expect(await parseApprovalRequest(composeApprovalRequest(await input(many)).body)).toMatchObject({
      ok: false,
    });
    expect(await parseApprovalRequest('x'.repeat(2_000_001))).toMatchObject({ ok: false });
  });

  it('round-trips any text, and never throws on junk', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), async (text) => {
        const draft = { ...DRAFT, text };
        const parsed = await parseApprovalRequest(
          quoteAndRewrap(composeApprovalRequest(await input(draft)).body, 72),
        );
        expect(parsed).toMatchObject({ ok: true, draft: { text }, digest: await draftDigest(draft) });
      }),
      { numRuns: 100 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400 }), async (junk) => {
        const parsed = await parseApprovalRequest(
          `-----BEGIN POST GUARD APPROVAL REQUEST-----\n${junk}\n-----END POST GUARD APPROVAL REQUEST-----`,
        );
        expect(typeof parsed.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});
