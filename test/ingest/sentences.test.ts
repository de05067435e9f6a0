// Sentence splitting on abbreviations, initials, ellipses, quotes and decimals.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../scripts/ingest/sentences.ts';
import { cleanArticle } from '../../scripts/ingest/clean.ts';
import type { DecodedArticle } from '../../scripts/lib/types.ts';

describe('splitSentences', () => {
  it.each([
    ['titles', 'Brig. Gen. Lena Sorensen arrived on Monday. Dr. Amir Patel met Mr. Ode and Mrs. Ode later.', ['Brig. Gen. Lena Sorensen arrived on Monday.', 'Dr. Amir Patel met Mr. Ode and Mrs. Ode later.']],
    ['U.S. mid-sentence, then at a sentence end', 'The U.S. envoy left early. Talks resumed in the U.S. The mood was tense.', ['The U.S. envoy left early.', 'Talks resumed in the U.S.', 'The mood was tense.']],
    ['months and No.', 'The vote is on Jan. 12 in Room No. 4. It may slip.', ['The vote is on Jan. 12 in Room No. 4.', 'It may slip.']],
    ['initials', 'The report by J. R. Hollis was published. Critics disagreed.', ['The report by J. R. Hollis was published.', 'Critics disagreed.']],
    ['decimals', 'Output rose 3.5 per cent. Prices fell 0.2 points.', ['Output rose 3.5 per cent.', 'Prices fell 0.2 points.']],
    ['quote closing after the stop', 'He said: "We will not leave." The crowd cheered.', ['He said: "We will not leave."', 'The crowd cheered.']],
    ['curly quotes', '“We are ready,” she said. “Are you?” No answer came.', ['“We are ready,” she said.', '“Are you?”', 'No answer came.']],
    ['ellipsis before lower case continues', 'They threatened to "cut off the ears... of the traitor". Then they left.', ['They threatened to "cut off the ears... of the traitor".', 'Then they left.']],
    ['ellipsis before a capital ends', 'He paused… Then he spoke.', ['He paused…', 'Then he spoke.']],
    ['question and exclamation', 'Why now? Nobody knows! Officials were silent.', ['Why now?', 'Nobody knows!', 'Officials were silent.']],
    ['stray closing quote stays with its sentence', 'They hide the leaders. ”', ['They hide the leaders. ”']],
    ['a space lost after a full stop', 'Shells fell on Misrata.The mission said so.', ['Shells fell on Misrata.', 'The mission said so.']],
    ['a space lost after a closing quote', 'He called it "a crime".Interior Minister Omar Nadir agreed.', ['He called it "a crime".', 'Interior Minister Omar Nadir agreed.']],
    ['web addresses and abbreviations keep their dots', 'See Example.com and the U.S.Army manual. Then stop.', ['See Example.com and the U.S.Army manual.', 'Then stop.']],
    ['a full stop glued to the next sentence by the scrape', 'Two died in Harbourtown.The mayor called it "a crime".Police said little. See Coast.Net or the U.S.Navy site.', ['Two died in Harbourtown.', 'The mayor called it "a crime".', 'Police said little.', 'See Coast.Net or the U.S.Navy site.']],
  ])('%s', (_name, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it('empty or blank input gives no sentences', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   ')).toEqual([]);
    expect(splitSentences(undefined as unknown as string)).toEqual([]);
  });

  it('property: sentences are trimmed substrings, in order, covering every letter', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Mr.', 'Dr.', 'U.S.', 'the', 'Talks', 'ended', '.', '!', '?', '…', '"', '“', '”', ' ', '  ', '3.5', 'Jan.', 'A.', 'x'), { maxLength: 60 }), (parts) => {
        const text = parts.join(' ');
        const out = splitSentences(text);
        let at = 0;
        for (const s of out) {
          expect(s).toBe(s.trim());
          const i = text.indexOf(s, at);
          expect(i).toBeGreaterThanOrEqual(0);
          expect(text.slice(at, i).trim()).toBe('');
          at = i + s.length;
        }
        expect(text.slice(at).trim()).toBe('');
      }),
      { numRuns: 300 },
    );
  });
});

describe('cleanArticle on invented scrapes', () => {
  const doc = (text: string): DecodedArticle => ({ file: 'f.txt', format: 'txt', text, encoding: 'utf-8', frontMatter: {}, warnings: [] });

  it('rejoins a sentence broken across blank lines (no final stop, next starts lower case)', () => {
    const c = cleanArticle(doc('Dam repairs begin\n\nEngineers said the old spillway had been\n\n\nbadly damaged by the spring floods. Work starts on Monday.\n'));
    expect(c.paragraphs).toEqual(['Engineers said the old spillway had been badly damaged by the spring floods. Work starts on Monday.']);
    expect(c.title).toBe('Dam repairs begin');
  });

  it('keeps the last paragraph of a page cut off mid-sentence, but not a Title Case headline or a caption there', () => {
    const cut = cleanArticle(doc('Ferry strike ends\n\nThe union said on Monday that the strike was over. Crews return on Tuesday.\n\n"We have reached a fair deal," the union leader said. "Talks with the port authority will resume next wee\n'));
    expect(cut.paragraphs).toHaveLength(2);
    expect(cut.paragraphs[1]).toMatch(/^"We have reached a fair deal,".*resume next wee$/);
    expect(cut.captions).toEqual([]);
    const headline = cleanArticle(doc('The union said on Monday that the strike was over. Crews return on Tuesday.\n\nUnion Leader Hails Deal With Port Authority After Long Strike\n'));
    expect(headline.paragraphs).toHaveLength(1);
    const caption = cleanArticle(doc('The union said on Monday that the strike was over. Crews return on Tuesday.\n\nCrews walk back to the ferry terminal on Monday (Photo: Ane Lind)\n'));
    expect(caption.paragraphs).toHaveLength(1);
  });

  it('takes a labelled page date glued to the first paragraph out of the body, as a date line', () => {
    const c = cleanArticle(doc(' date 2021-03-04 Authorities in the port town have acknowledged the strike for the first time.\n\nCrews return on Tuesday, the union said.\n'));
    expect(c.paragraphs[0]).toBe('Authorities in the port town have acknowledged the strike for the first time.');
    expect(c.removed).toContainEqual({ kind: 'date', text: 'date 2021-03-04' });
  });

  it('hard-wrapped prose becomes one paragraph', () => {
    const c = cleanArticle(
      doc('The mayor said on Friday that the bridge over the river would\nclose for six months while engineers replace the deck, which\nwas badly corroded, and that a ferry would run in the meantime.\n'),
    );
    expect(c.paragraphs).toHaveLength(1);
    expect(c.sentences).toHaveLength(1);
  });

  it('wire dateline with agency, trailer block and share buttons', () => {
    const c = cleanArticle(
      doc(
        'Coastal Daily News | Local | World | Sport\n\nBy Jonas Berg\n\nUpdated: 14:05 GMT, 3 March 2022\n\nOSLO (Reuters) - The central bank raised its key rate by a quarter point on Thursday. Economists had expected the move.\n\nA trader watches screens in Oslo. REUTERS/Ane Lind\n\nThe krone rose after the decision.\n\nRelated\n\nBank chief warns on housing\n\nShare this article\n',
      ),
    );
    expect(c.paragraphs).toEqual(['The central bank raised its key rate by a quarter point on Thursday. Economists had expected the move.', 'The krone rose after the decision.']);
    expect(c.removed).toContainEqual({ kind: 'dateline', text: 'OSLO (Reuters) -' });
    expect(c.removed).toContainEqual({ kind: 'byline', text: 'By Jonas Berg' });
    expect(c.removed).toContainEqual({ kind: 'date', text: 'Updated: 14:05 GMT, 3 March 2022' });
    expect(c.removed.filter((r) => r.kind === 'trailer').map((r) => r.text)).toEqual(['Related', 'Bank chief warns on housing', 'Share this article']);
    expect(c.captions.map((x) => x.text)).toEqual(['A trader watches screens in Oslo. REUTERS/Ane Lind']);
  });

  it('nothing is dropped silently: every input line is in paragraphs, title, captions or removed', () => {
    const text = 'Harbour news\n\nWelcome to Harbour Online\n\nMonday, 1 March 2021\n\nHARBOURTON – Boats were moved. Crews worked overnight.\n\nWhat next\n\nThe port reopens on Friday.\n\nRead more: Other things\n\nTags: port, storm\n';
    const c = cleanArticle(doc(text));
    const kept = [c.title ?? '', ...c.paragraphs, ...c.captions.map((x) => x.text), ...c.removed.map((r) => r.text)].join(' ');
    for (const word of text.split(/\s+/).filter(Boolean)) expect(kept).toContain(word);
    expect(c.subheadings).toEqual([{ before: 1, text: 'What next' }]);
  });

  it('a contributor credit written as a full sentence is a byline, not body', () => {
    const c = cleanArticle(doc('Budget passes\n\nThe council approved the budget on Thursday. Critics walked out.\n\nStaff writer Ana Lopes in Porto contributed to this report.\n'));
    expect(c.paragraphs).toEqual(['The council approved the budget on Thursday. Critics walked out.']);
    expect(c.removed).toContainEqual({ kind: 'byline', text: 'Staff writer Ana Lopes in Porto contributed to this report.' });
  });

  it('a text cut off inside its last paragraph keeps that paragraph as body, not as a caption', () => {
    const c = cleanArticle(doc('Port reopens\n\nThe harbour master said the port would reopen on Monday.\n\nA fisherman mends nets on the quay. (Photo: Tor Vik)\n\nThe storm of last winter destroyed two piers and forced the council to borrow heavily, with the\n'));
    expect(c.paragraphs).toEqual(['The harbour master said the port would reopen on Monday.', 'The storm of last winter destroyed two piers and forced the council to borrow heavily, with the']);
    expect(c.captions.map((x) => x.text)).toEqual(['A fisherman mends nets on the quay. (Photo: Tor Vik)']);
  });

  it('a caption without a final stop in the middle of the text stays a caption', () => {
    const c = cleanArticle(doc('Port reopens\n\nThe harbour master said the port would reopen on Monday.\n\nFishing boats waiting at the quay before dawn on a cold morning\n\nCrews worked through the night.\n'));
    expect(c.captions.map((x) => x.text)).toEqual(['Fishing boats waiting at the quay before dawn on a cold morning']);
  });

  it('repeated share buttons are not a headline', () => {
    const c = cleanArticle(doc('Share on Facebook\n\nShare on Facebook\n\nFerry strike ends\n\nFerry crews returned to work on Tuesday after a two-day strike over pay.\n'));
    expect(c.title).toBe('Ferry strike ends');
    expect(c.removed.filter((r) => r.kind === 'trailer').map((r) => r.text)).toEqual(['Share on Facebook', 'Share on Facebook']);
  });

  it('a photo caption repeated under the picture is not the headline, whatever its credit form', () => {
    const c = cleanArticle(doc("Mayor warns 'We will rebuild' after storm floods the port\nUpdated 09:10\nThe mayor speaks at the quay. /Tor Vik/AFP\n\nThe mayor speaks at the quay. /Tor Vik/AFP\n\nThe mayor of Portmore said on Monday the town would rebuild the harbour wall within a year.\n"));
    expect(c.title).toBe("Mayor warns 'We will rebuild' after storm floods the port");
  });

  it("a page's first line may be a long tabloid headline, but not a line run together from several", () => {
    const head = 'Anger at the harbour board for sinking the ferry deal: the mayor warns the board and the union that they will have to explain the scheming that forced the town to accept a watered down plan at the last minute';
    const body = '\n\nThe mayor of Portmore said on Monday the town would fight the decision of the harbour board in court.\n';
    expect(cleanArticle(doc(head + body)).title).toBe(head);
    const runOn = 'Picking up the pieces after the storm in the port of Portmore Picking up the pieces. A view of the quay, 18 October 2019. Harbour Times Q&A and more reading on the port for you';
    expect(cleanArticle(doc(runOn + body)).title).not.toBe(runOn);
  });

  it('a question headline above the first paragraph is the title', () => {
    const c = cleanArticle(doc('Is the river truce over?\n\nFishing crews on both banks said on Monday that patrol boats had returned to the disputed channel for the first time in a year.\n'));
    expect(c.title).toBe('Is the river truce over?');
    expect(c.paragraphs).toHaveLength(1);
  });

  it.each([
    ['NEW YORK, March 3 (Reuters) - Shares fell.', 'NEW YORK, March 3 (Reuters) -'],
    ['GAZA CITY, Gaza Strip, Jan. 5 (Xinhua) -- Talks resumed.', 'GAZA CITY, Gaza Strip, Jan. 5 (Xinhua) --'],
    ['SAN JOSE, Calif. – A fire broke out.', 'SAN JOSE, Calif. –'],
  ])('dateline %s', (para, dl) => {
    const c = cleanArticle(doc(`Headline words here\n\n${para} It spread quickly.\n`));
    expect(c.removed).toContainEqual({ kind: 'dateline', text: dl });
    expect(c.paragraphs[0]).not.toContain(dl);
  });

  it('the last paragraph of a text cut off mid-sentence is body text; a caption mid-text is not', () => {
    const text = 'Ferry strike ends\n\nFerry crews returned to work on Tuesday after a two-day strike over pay.\n\nA ferry captain waves to the crowd at the harbour in the morning sun\n\nThe union said its members would hold a vote on the offer at the end of the';
    const c = cleanArticle(doc(text));
    expect(c.paragraphs).toHaveLength(2);
    expect(c.paragraphs[1]).toMatch(/^The union said/);
    expect(c.captions.map((x) => x.text)).toEqual(['A ferry captain waves to the crowd at the harbour in the morning sun']);
  });

  it('a last paragraph that opens a quotation cut off after its first sentence is body text, not a caption', () => {
    const text = 'Ferry strike ends\n\nFerry crews returned to work on Tuesday after a two-day strike over pay.\n\nA ferry captain waves to the crowd at the harbour in the morning sun\n\n‘We have halted all ferries across Norland. Our crews';
    const c = cleanArticle(doc(text));
    expect(c.paragraphs[1]).toMatch(/^‘We have halted all ferries/);
    expect(c.captions.map((x) => x.text)).toEqual(['A ferry captain waves to the crowd at the harbour in the morning sun']);
  });

  it('an all-caps word before a dash and lower case is not a dateline', () => {
    const c = cleanArticle(doc('Alliance meets\n\nNATO – the alliance of 32 states – met on Monday. Ministers agreed.\n'));
    expect(c.removed.some((r) => r.kind === 'dateline')).toBe(false);
    expect(c.paragraphs[0]).toMatch(/^NATO – the alliance/);
  });

  it('never throws on malformed documents', () => {
    expect(cleanArticle({} as DecodedArticle).paragraphs).toEqual([]);
    expect(cleanArticle(null as unknown as DecodedArticle).paragraphs).toEqual([]);
  });
});

describe('key points as a bulleted list', () => {
  const doc = (text: string): DecodedArticle => ({ file: 'f.txt', format: 'txt', text, encoding: 'utf-8', frontMatter: {}, warnings: [] });
  it('keeps each point of running prose as a paragraph, and drops a menu of short bullets', () => {
    const text = 'Ferry strike ends\n\n  • Crews returned to work on Tuesday after a two-day strike\n  • The union said its members had won a pay rise\n\nFerry crews returned to work on Tuesday after a two-day strike over pay.\n\n• Home • News • Sport\n';
    const c = cleanArticle(doc(text));
    expect(c.paragraphs.slice(0, 2)).toEqual(['Crews returned to work on Tuesday after a two-day strike', 'The union said its members had won a pay rise']);
    expect(c.paragraphs.join(' ')).not.toMatch(/Home|Sport/);
    expect(c.captions).toEqual([]);
  });
});
