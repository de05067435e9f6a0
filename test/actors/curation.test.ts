// Curation: the analyst's file is validated with line numbers and applied after resolution.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyCuration, loadCuration, parseCuration } from '../../scripts/assemble/curation.ts';
import { loadDir, resolveLoaded, ROOT } from './corpus.ts';

const FIX = path.join(ROOT, 'test/fixtures/curation');
const loaded = loadDir(path.join(ROOT, 'sources'));
const resolved = resolveLoaded(loaded, { '001_eb2d348de878cb8c': 'afp', '004_21f7ebbefd25b24b': 'afp' });

describe('loadCuration', () => {
  it('treats a missing file as an empty curation without errors', () => {
    const r = loadCuration(path.join(FIX, 'does-not-exist.yml'));
    expect(r.errors).toEqual([]);
    expect(r.curation!.actors.size).toBe(0);
    expect(r.curation!.merge).toEqual([]);
  });

  it('reports every invalid entry with its line and keeps the valid ones', () => {
    const r = loadCuration(path.join(FIX, 'invalid.yml'));
    expect(r.errors).toEqual([
      'invalid.yml:3: actor "mustafa-al-kadhimi": unknown key "nmae" (expected one of name, type, hide, description, portrait, aliases, member_of, backed_by, leads)',
      'invalid.yml:5: actor "afp": "hide" must be true or false',
      'invalid.yml:7: actor "iran": type must be person, organization or place (got "country")',
      'invalid.yml:11: merge: "from" (actor ids) is required',
      'invalid.yml:13: split: "name" (the new actor\'s name) is required',
      'invalid.yml:15: unknown section "colours" (expected actors, merge, split)',
    ]);
    expect([...r.curation!.actors.keys()]).toEqual(['iraq']);
  });

  it('gives null and a line for a file that is not YAML', () => {
    const r = loadCuration(path.join(FIX, 'broken.yml'));
    expect(r.curation).toBeNull();
    expect(r.errors.length).toBeGreaterThan(0);
    expect(r.errors[0]).toMatch(/^broken\.yml:\d+: /);
  });

  it('names the line of a YAML syntax error, not line 1', () => {
    const text = ['actors:', '  harbour-board:', '    name: Harbour Board', '  port-authority:', '    type: organization', '    description: "The port\'s owner', '    hide: [true', ''].join('\n');
    const r = parseCuration(text, 'curation.yml');
    expect(r.curation).toBeNull();
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) expect(e).toMatch(/^curation\.yml:(?:[6-9]|\d\d+): /);
    const flow = parseCuration('actors:\n  a:\n    name: A\n\n\nmerge:\n  - { into: a, from: [b }\n', 'curation.yml');
    expect(flow.errors[0]).toMatch(/^curation\.yml:7: /);
  });

  it('loads the shipped curation without errors, and every id it names exists', () => {
    const r = loadCuration(path.join(ROOT, '_data/curation.yml'));
    expect(r.errors).toEqual([]);
    const out = applyCuration(resolved.actors, resolved.actorOf, r.curation!);
    expect(out.warnings).toEqual([]);
    // The shipped copy holds descriptions and affiliations only.
    for (const c of r.curation!.actors.values()) {
      expect(c.name).toBeUndefined();
      expect(c.type).toBeUndefined();
      expect(c.aliases).toBeUndefined();
      expect(c.hide).toBeUndefined();
      expect(c.description).toBeTruthy();
    }
    expect(r.curation!.merge).toEqual([]);
    expect(r.curation!.split).toEqual([]);
    const aah = out.actors.find((a) => a.id === 'asaib-ahl-al-haq')!;
    expect(aah.affiliations).toContainEqual({ relation: 'member_of', actor: 'popular-mobilization-forces' });
  });
});

describe('applyCuration', () => {
  const { curation, errors } = loadCuration(path.join(FIX, 'valid.yml'));
  const before = JSON.stringify(resolved.actors);
  const out = applyCuration(resolved.actors, resolved.actorOf, curation!);
  const get = (id: string) => out.actors.find((a) => a.id === id);

  it('parses the fixture cleanly and leaves its inputs untouched', () => {
    expect(errors).toEqual([]);
    expect(out.warnings).toEqual([]);
    expect(JSON.stringify(resolved.actors)).toBe(before);
  });

  it('renames, keeping the id and the old name as an alias', () => {
    const pm = get('mustafa-al-kadhimi')!;
    expect(pm.name).toBe('Mustafa Al-Kadhimi');
    expect(pm.aliases).toContain('Mustafa al-Kadhimi');
    expect(pm.description).toBe('Prime minister.');
    expect(pm.portrait).toBe('/img/pm.jpg');
    expect(pm.affiliations).toEqual([{ relation: 'member_of', actor: 'iraq-advisory-council' }]);
    expect(pm.evidence.at(-1)!.rule).toBe('curation-rename');
  });

  it('retypes and adds aliases', () => {
    expect(get('rudaw-english')!.type).toBe('place');
    expect(get('white-house')!.type).toBe('organization');
    expect(get('white-house')!.aliases).toContain('the White House');
  });

  it('merges two actors: aliases, counts and local entities move to the target', () => {
    expect(get('islamic-state')).toBeUndefined();
    const isis = get('isis')!;
    expect(isis.aliases).toEqual(['ISIS', 'Islamic State']);
    const orig = resolved.actors.filter((a) => a.id === 'isis' || a.id === 'islamic-state');
    const total = (ms: { count: number }[]) => ms.reduce((n, m) => n + m.count, 0);
    expect(total(isis.mentions)).toBe(orig.reduce((n, a) => n + total(a.mentions), 0));
    expect([...out.actorOf.values()]).not.toContain('islamic-state');
    expect(isis.evidence.some((e) => e.rule === 'curation-merge')).toBe(true);
  });

  it('splits the chosen sources off into a new actor', () => {
    const orig = resolved.actors.find((a) => a.id === 'abu-mahdi-al-muhandis')!;
    const rest = get('abu-mahdi-al-muhandis')!;
    const split = get('muhandis-asharq-copy')!;
    expect(split.type).toBe('person');
    expect(split.mentions.map((m) => m.source)).toEqual(['000_795c74c86d169670']);
    expect(rest.mentions.map((m) => m.source)).not.toContain('000_795c74c86d169670');
    expect(rest.mentions.length).toBe(orig.mentions.length - 1);
    const moved = [...out.actorOf.entries()].filter(([, v]) => v === 'muhandis-asharq-copy').map(([k]) => k.split('\u0000')[0]);
    expect(new Set(moved)).toEqual(new Set(['000_795c74c86d169670']));
  });

  it('hides without deleting, and records affiliations given as a single id or a list', () => {
    expect(out.hidden).toEqual(new Set(['afp']));
    expect(get('afp')).toBeDefined();
    expect(get('kataib-hezbollah')!.affiliations).toEqual([
      { relation: 'backed_by', actor: 'iran' },
      { relation: 'member_of', actor: 'popular-mobilization-forces' },
    ]);
  });

  it('accepts the slug of any spelling of one actor, so the file survives a change of canonical name', () => {
    // Without report ids the canonical spelling differs ("Mustafa al-Kadhemi"), the file still applies.
    const plain = resolveLoaded(loaded);
    expect(plain.actors.some((a) => a.id === 'mustafa-al-kadhimi')).toBe(false);
    const shipped = loadCuration(path.join(ROOT, '_data/curation.yml')).curation!;
    const o = applyCuration(plain.actors, plain.actorOf, shipped);
    expect(o.warnings).toEqual([]);
    const pm = o.actors.find((a) => a.aliases.includes('Kadhimi'))!;
    expect(pm.description).toMatch(/Prime minister/);
    const askari = o.actors.find((a) => a.aliases.includes('Abou Ali al-Askari'))!;
    expect(askari.affiliations).toEqual([{ relation: 'member_of', actor: o.actors.find((a) => a.aliases.includes('Kataib Hezbollah'))!.id }]);
  });

  it('warns with the line for ids that do not exist', () => {
    const r = loadCuration(path.join(FIX, 'unknown-ids.yml'));
    const o = applyCuration(resolved.actors, resolved.actorOf, r.curation!);
    expect(o.warnings).toEqual([
      'unknown-ids.yml:7: merge: unknown actor "ghost"',
      'unknown-ids.yml:2: unknown actor "no-such-actor"',
      'unknown-ids.yml:4: actor "iran": leads refers to unknown actor "nobody-either"',
    ]);
  });
});
