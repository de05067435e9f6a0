// Does a predicted actor name carry a title? The evaluation's own lexicon of titles, ranks, offices and
// honorifics (several languages), kept apart from the extractor's so the measure does not share its
// blind spots. A name carries a title when
//   (a) it ends with a name the annotation gives for the article, and the words before that name
//       include a title word, or are only office words ("Secretary of State Jane Roe", "State Jane Roe",
//       "SDF commander Jane Roe"), and do not end in "of"/"the" (a body of another, "Office of the
//       Prosecutor of the Court", is not a title on the court), or
//   (b) it is predicted as a person and opens with a title word before a capitalised rest
//       ("Sheikh Ali Rahman" when the annotation has no such name at all).
// A name the annotation itself lists as a surface never counts ("General Motors", "King Khalid Air Base").

const TITLES = `
president presidents vice prime premier chancellor minister ministers secretary secretary-general undersecretary
under-secretary governor lieutenant-governor mayor senator sen sen. rep rep. representative congressman
congresswoman lawmaker legislator mp speaker ambassador envoy consul spokesman spokeswoman spokesperson
commander commander-in-chief chief general gen gen. lieutenant lt lt. colonel col col. major maj maj. brigadier
brig brig. captain capt capt. admiral vice-admiral rear-admiral marshal field-marshal sergeant sgt sgt. corporal
cpl commodore wing squadron officer constable inspector superintendent detective commissioner director
director-general chairman chairwoman chairperson chair president-elect head leader boss founder co-founder ceo
cfo coo executive judge justice magistrate prosecutor prosecutor-general attorney attorney-general counsel
king queen prince princess crown emir amir sultan sheikh shaikh sheik sayyed sayyid sayed seyed imam ayatollah
grand hojatoleslam hojjatoleslam mullah mufti pope cardinal archbishop bishop patriarch rabbi reverend rev rev.
father pastor dr dr. doctor prof prof. professor mr mr. mrs mrs. ms ms. miss mx sir dame lord lady baroness baron
u daw ko sayadaw haji hajji hajj al-hajj alhaji alhaja hajiya mallam malam ustaz ustadh sheikha eng eng. engineer monsieur madame mme mme. mlle herr frau señor senor señora senora don
doña dona dom signor signora sr sr. sra sra. shri sri smt shrimati pandit mian comrade tovarishch deputy former
ex ex- acting interim outgoing incoming retired late veteran analyst researcher expert official officials adviser
advisor aide correspondent reporter editor member judges commanders generals agent charge
`.split(/\s+/).filter(Boolean);

/** Office and portfolio words: a title's tail ("of State", "Interior") left on a name is a title too. */
const OFFICES = `
state interior defence defense foreign affairs home justice finance treasury economy trade commerce
health education labour labor energy oil petroleum agriculture transport information culture tourism
environment intelligence security police army navy air force forces military armed staff joint cabinet
council parliament house senate assembly national public prosecution federal state's foreign-affairs
`.split(/\s+/).filter(Boolean);

const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'de', 'del', 'du', 'des', 'al', 'el', '&']);
const TITLE_SET = new Set(TITLES);
const OFFICE_SET = new Set(OFFICES);

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const key = (w: string) => w.toLowerCase().replace(/[’']s$/, '').replace(/[.,:;]+$/, '');
const isTitle = (w: string) => TITLE_SET.has(key(w)) || TITLE_SET.has(key(w) + '.');

/** The title words a name opens with ("Major General"), or null. */
export function leadingTitle(name: string): string | null {
  const ws = words(name);
  let i = 0;
  while (i < ws.length - 1 && (isTitle(ws[i]) || (i > 0 && (OFFICE_SET.has(key(ws[i])) || CONNECTORS.has(key(ws[i])))))) i++;
  if (i === 0 || !isTitle(ws[0])) return null;
  return /^\p{Lu}/u.test(ws[i]) ? ws.slice(0, i).join(' ') : null;
}

/**
 * Why `name` carries a title, or null. `surfaces`: the annotation's surfaces of the article, already in
 * comparison form (`norm`); `norm` is the comparison key the caller scores with.
 */
export function titleCarried(name: string, type: string, surfaces: Set<string>, norm: (s: string) => string): string | null {
  const n = norm(name);
  if (!n || surfaces.has(n)) return null;
  const ws = words(name);
  for (let i = 1; i < ws.length && i <= 6; i++) {
    const rest = norm(ws.slice(i).join(' '));
    if (!surfaces.has(rest)) continue;
    const prefix = ws.slice(0, i);
    if (CONNECTORS.has(key(prefix[prefix.length - 1]))) continue;
    const titled = prefix.some(isTitle) || prefix.every((w) => OFFICE_SET.has(key(w)) || CONNECTORS.has(key(w)));
    if (titled) return `"${prefix.join(' ')}" before "${ws.slice(i).join(' ')}"`;
  }
  if (type === 'person') {
    const t = leadingTitle(name);
    if (t) return `opens with "${t}"`;
  }
  return null;
}
