// Quotation and reported-speech constructions of the sweep (invented sentences).
import type { Case } from './case.ts';
export const CASES6: Case[] = [
  { id: 'v-while-Y-said', fam: 'coord', paras: ['Ivo Brask said the bridge was safe, while Hana Petrel said it could collapse.'], exp: [['bridge was safe', 'Ivo Brask'], ['could collapse', 'Hana Petrel']] },
  { id: 'v-told-CNN', fam: 'after', paras: ['“The bridge is safe,” Ivo Brask told CNN.'], exp: [['The bridge is safe', 'Ivo Brask']] },
  { id: 'v-radio-interview', fam: 'reported', paras: ['Ivo Brask said in a radio interview that the bridge was safe.'], exp: [['bridge was safe', 'Ivo Brask']] },
  { id: 'v-remarks-to', fam: 'reported', paras: ['In remarks to reporters, Ivo Brask said the bridge was safe.'], exp: [['bridge was safe', 'Ivo Brask']] },
  { id: 'v-statement-by', fam: 'statement', paras: ['A statement by Norvik Energy said the plant was safe.'], exp: [['plant was safe', 'Norvik Energy']] },
  { id: 'v-X-statement-said', fam: 'statement', paras: ['Norvik Energy’s statement said the plant was safe.'], exp: [['plant was safe', 'Norvik Energy']] },
  { id: 'v-office-statement', fam: 'spokes', paras: ['Anton Velik’s office said in a statement that he would travel to Port Sella.'], exp: [['would travel', 'Anton Velik']] },
  { id: 'v-source-in-office', fam: 'precision', paras: ['A source in Anton Velik’s office said he would travel to Port Sella.'], exp: [['would travel', 'source']], not: [['would travel', 'Anton Velik']] },
  { id: 'v-aide-to', fam: 'precision', paras: ['An aide to Anton Velik said he would travel to Port Sella.'], exp: [['would travel', 'aide']], not: [['would travel', 'Anton Velik']] },
  { id: 'v-person-close', fam: 'precision', paras: ['A person close to Anton Velik said he would travel to Port Sella.'], exp: [['would travel', 'person close']], not: [['would travel', 'Anton Velik']] },
  { id: 'v-both-said', fam: 'coord', paras: ['Ivo Brask and Hana Petrel both said the bridge was safe.'], exp: [['bridge was safe', 'Ivo Brask'], ['bridge was safe', 'Hana Petrel']] },
  { id: 'v-X-and-Y-told', fam: 'coord', paras: ['Ivo Brask and Hana Petrel told reporters the bridge was safe.'], exp: [['bridge was safe', 'Ivo Brask'], ['bridge was safe', 'Hana Petrel']] },
  { id: 'v-quote-said-X-who', fam: 'after', paras: ['“The bridge is safe,” said Ivo Brask, who inspected it on Monday with Hana Petrel.'], exp: [['The bridge is safe', 'Ivo Brask']], not: [['The bridge is safe', 'Hana Petrel']] },
  { id: 'v-headline-colon', fam: 'before', paras: ['Ivo Brask: “The bridge is safe.”'], exp: [['The bridge is safe', 'Ivo Brask']] },
  { id: 'v-quoting-X', fam: 'reported', paras: ['The Sella Courier, quoting Ivo Brask, said the bridge was safe.'], exp: [['bridge was safe', 'Ivo Brask']] },
  { id: 'v-citing-officials', fam: 'reported', paras: ['State television, citing officials, said the bridge was safe.'], exp: [['bridge was safe', 'officials']] },
  { id: 'v-insisted-on', fam: 'reported', paras: ['Ivo Brask insisted on Monday that the bridge was safe.'], exp: [['bridge was safe', 'Ivo Brask']] },
  { id: 'v-dismissed-claims', fam: 'reported', paras: ['Ivo Brask dismissed claims that the bridge was unsafe.'], exp: [['bridge was unsafe', 'Ivo Brask']] },
  { id: 'v-denied-reports', fam: 'reported', paras: ['Ivo Brask denied reports that the bridge had cracked.'], exp: [['bridge had cracked', 'Ivo Brask']] },
  { id: 'v-he-told-reporters', fam: 'pronoun', paras: ['Ivo Brask inspected the bridge. He told reporters it was safe.'], exp: [['it was safe', 'Ivo Brask']] },
];
