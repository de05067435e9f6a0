// One construction of the sweep: an invented article's paragraphs, the claims it must give (a words
// fragment of the claim and a fragment of its speaker's name or label), the readings it must not give
// (a fragment and a named speaker it must not be given to), and, when the extractor does not read it
// yet, why (the case is then listed, not run).
export interface Case {
  id: string;
  fam: string;
  paras: string[];
  exp: [string, string][];
  not?: [string, string][];
  left?: string;
}
