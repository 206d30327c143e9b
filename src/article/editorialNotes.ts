// The viewer's own notes, shown beside the passages and clearly marked as not part of the article.
import type { PassageId } from './passages';

export interface EditorialNote {
  passageId: PassageId;
  /** The words the note is about (verbatim in the passage), or null for the whole passage. */
  phrase: string | null;
  text: string;
}

export const EDITORIAL_NOTES: EditorialNote[] = [
  {
    passageId: 'title',
    phrase: null,
    text: 'The title is cut off in the supplied text ("…deployment of Serbian" troops).',
  },
  {
    passageId: 'subtitle',
    phrase: 'Kosovo Liberation',
    text: 'Not a garble: the article comes from Libération, the French daily, and the translation fused the end of the subtitle ("…on the border with Kosovo") with the web page title\'s ending, "– Libération".',
  },
  {
    passageId: 'kirby-deployment',
    phrase: 'Climbing in the Balkans.',
    text: 'The translation of the French "Escalade dans les Balkans": escalation in the Balkans.',
  },
  {
    passageId: 'blinken-call',
    phrase: 'a return to the to highlight dialogue',
    text: 'Garbled by the translation; the sense is "a return to dialogue".',
  },
  {
    passageId: 'banjska-attack',
    phrase: 'on Sunday September 24th',
    text: 'The attack took place near the village of Banjska (Banjskë) in Zvečan municipality; the armed group then barricaded itself in the Banjska monastery nearby.',
  },
  {
    passageId: 'banjska-attack',
    phrase: 'Kosovo assures that several in Serbia are being treated',
    text: 'Garbled: the sense is that, according to Kosovo, several members of the commando are being treated in a hospital in southern Serbia.',
  },
  {
    passageId: 'background-conflict',
    phrase: 'mostly in Serbia live in northern Kosovo',
    text: "Garbled by the translation; it seems to say that most of Kosovo's Serbs live in northern Kosovo. That is the article's claim: see the estimates in the details of Northern Kosovo.",
  },
  {
    passageId: 'spring-crisis',
    phrase: 'four municipalities with a Serb majority',
    text: 'North Mitrovica, Zvečan, Zubin Potok and Leposavić. The Albanian mayors, elected in April 2023 with a turnout under 4 % after a Serb boycott, took office in May 2023.',
  },
  {
    passageId: 'spring-crisis',
    phrase: 'more than 30 peacekeepers injured',
    text: 'In Zvečan, on 29 May 2023.',
  },
  {
    passageId: 'spring-crisis',
    phrase: 'NATO.',
    text: 'A stray word at the end of the supplied text, probably a caption or credit.',
  },
];
