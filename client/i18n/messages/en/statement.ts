import type { Shape } from '../../../../shared/message-shape.ts';
import type { statement as fi } from '../fi/statement.ts';

export const statement: Shape<typeof fi> = {
  footer: {
    statement: 'Accessibility statement',
    feedback: 'Accessibility feedback:',
  },
  title: 'Accessibility statement',
  service: {
    heading: 'What this statement covers',
    text: 'This accessibility statement covers digisalkku, the situational picture of initiatives in digitalisation, the data economy and data policy. Digisalkku belongs to the Digital Office (Digitoimisto), the cooperation group of the Ministry of Transport and Communications, the Ministry of Finance and the Ministry of Economic Affairs and Employment.',
    law: 'The service is subject to the Act on the Provision of Digital Services (306/2019), which requires public digital services to be accessible.',
  },
  compliance: {
    heading: 'Compliance status',
    text: 'Digisalkku fully meets the level A and AA success criteria of WCAG 2.1. This is how we have checked it:',
    axe: 'every page is scanned in its different states with the automated axe accessibility test, in Finnish, Swedish and English',
    keyboard: 'the features of the service are tested using the keyboard alone',
    reflow:
      'every page is tested at a width of 320 pixels: the content fits the screen without scrolling sideways.',
    limitations: 'The known limitations, and the alternatives to them, are described below.',
  },
  limitations: {
    heading: 'Non-accessible content and known limitations',
    exports:
      'The files you can download are not accessible documents. The PDF file is not tagged, so a screen reader cannot recognise its headings, tables or reading order. It does contain real text that can be selected and searched, and it declares its language and title; the figures of its charts are also given as tables. The charts in the PowerPoint presentation (PPTX) have alternative text, but the slide titles are ordinary text boxes that assistive technologies do not recognise as titles. The accessibility of the Excel workbooks (XLSX) has not been checked.',
    exportsAlternative:
      'The same information is available in accessible form on the pages of the service: the list of initiatives, the overview, the prioritisation board and the saved snapshots.',
    board:
      'Cards on the prioritisation board can be moved by dragging, but dragging is never the only way. Every move can also be made with the keyboard (the card’s handle, Space, the arrow keys and Space again) or without dragging, in the window that the card’s {{move}} button opens.',
    timelines:
      'The roadmap and the EU radar show information in two dimensions, so on a narrow screen they scroll sideways within their own frame. The rest of the page does not scroll sideways, and the same information can also be shown as a list (“{{roadmapList}}”, “{{radarList}}”).',
  },
  method: {
    heading: 'Preparation of this statement',
    text: 'This statement was prepared on {{prepared}} and last updated on {{updated}}.',
    assessment:
      'It is based on a self-assessment: the developers of the service assessed its accessibility themselves with the tests described above.',
  },
  feedback: {
    heading: 'Feedback on accessibility',
    text: 'Did you notice an accessibility problem, or could you not get some information in an accessible form? Let us know, and we will do our best to fix it.',
    email: 'E-mail:',
    reply: 'We will reply within 14 days.',
  },
  enforcement: {
    heading: 'Enforcement procedure',
    text: 'If you notice accessibility problems in the service, please give feedback to us first. If you are not satisfied with our reply, or you get no reply within 14 days, you can make a complaint to the supervisory authority.',
    authority:
      'Since 1 January 2026 the supervisory authority has been the Finnish Supervisory Agency. Its website explains how to make a complaint and how it is handled.',
    name: 'Finnish Supervisory Agency',
    web: 'Website:',
  },
};
