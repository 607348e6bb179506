import { attentionReasonsFi } from '../../../../shared/messages/attention-reason-messages.ts';
/** The needs-attention list (/attention) and its top five on the overview. */
export const attention = {
  nav: 'Huomiota vaativat',
  title: 'Huomiota vaativat hankkeet',
  intro: 'Vakavimmat ensin. Kukin syy on linkki kohtaan, jossa asia korjataan.',
  count: { one: '{{count}} huomiota vaativa hanke', other: '{{count}} huomiota vaativaa hanketta' },
  shown: 'Näytetään {{shown}} ensimmäistä.',
  showMore: { one: 'Näytä {{count}} lisää', other: 'Näytä {{count}} lisää' },
  empty: 'Ei huomiota vaativia hankkeita näillä rajauksilla',
  reasonsOf: 'Syyt: {{title}}',
  lead: 'Vastuuministeriö: {{ministry}}',
  topFive: 'Huomiota vaativat',
  all: 'Kaikki huomiota vaativat ({{count}})',
  reason: attentionReasonsFi,
} as const;
