// The headline is the source's sentence 0: who acts against whom in it counts like any sentence, when it is
// written as a sentence (a title-case headline is read with its other words in lower case), and its
// relation links to the headline on the page.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../scripts/extract/extract.ts';

function relationsOf(text: string): string[] {
  const r = extractArticle({ path: '/fixtures/h.txt', file: 'h.txt', bytes: Buffer.from(text) }, 'h');
  if (!r.ok) throw new Error(r.reason);
  const name = new Map(r.extraction.entities.map((e) => [e.key, e.name]));
  return (r.extraction.relations ?? []).map((x) => `${x.sentence}: ${name.get(x.from)} ${x.kind} ${name.get(x.to)}`);
}

const BODY = '\n\nTwo soldiers of Chile died on Thursday near Velmora, the army of Chile said in a statement.\n\nGeneral Ada Brun denied any role in the strikes, which she called an invention by her enemies.\n';

describe('relations in the headline', () => {
  it('are read from a headline written as a sentence, as sentence 0', () => {
    expect(relationsOf(`Two Chilean soldiers killed by Ada Brun's airstrikes near Velmora${BODY}`)).toContain('0: Ada Brun attacks Chile');
  });

  it('are read from a headline in title case as the sentence it stands for, with the names the article gives', () => {
    expect(relationsOf(`Two Chilean Soldiers Killed By Ada Brun's Airstrikes Near Velmora${BODY}`)).toContain('0: Ada Brun attacks Chile');
    // a capitalised word of the headline is no name of its own
    expect(relationsOf(`Two Chilean Soldiers Killed By Rogue Airstrikes Near Velmora${BODY}`).filter((l) => l.startsWith('0:'))).toEqual([]);
  });
});

describe("a country's forces", () => {
  it("are the country's armed forces when the article names them as a body, else the country", () => {
    const body = "Chile's Armed Forces said on Monday that its units were ready.\n\nChilean forces shelled Velmora on Tuesday, the mayor of Velmora said.\n";
    expect(relationsOf(`Shelling near the border\n\n${body}`)).toContain("2: Chile's Armed Forces attacks Velmora");
    expect(relationsOf('Shelling near the border\n\nChilean forces shelled Peru on Tuesday, officials in Chile said.\n')).toContain('1: Chile attacks Peru');
  });
});
