/**
 * The XSS corpus: texts that would run script, open a dialog or plant an element if anything
 * rendered, parsed or exported them as markup instead of text. e2e/xss.spec.ts stores them in
 * every text field of the app and looks at every page; server/export/xss-exports.test.ts
 * exports them. Every executable payload reports itself by calling `__xssHit('<id>')` (the
 * browser test exposes that function), or opens a dialog; every payload that would plant an
 * element marks it with `data-xss` (or an id starting `xss-`), so an injected element is found
 * even where the script in it could not run.
 */

/** The function an executed payload calls. */
export const XSS_HIT = '__xssHit';

export type XssKind =
  | 'tag'
  | 'attribute'
  | 'url'
  | 'template'
  | 'css'
  | 'mxss'
  | 'encoded'
  | 'script-string'
  | 'formula'
  | 'text';

export interface XssPayload {
  id: string;
  kind: XssKind;
  /** Stored as is: no leading or trailing white space (the schemas trim). */
  text: string;
}

const p = (id: string, kind: XssKind, text: string): XssPayload => ({ id, kind, text });

// `<script>parent.__xssHit('da1')</script>`, for the data: URL payloads.
const DATA_HTML = Buffer.from(`<script>parent.${XSS_HIT}('da1')</script>`).toString('base64');

export const XSS_PAYLOADS: readonly XssPayload[] = [
  // Tags that run script when parsed as HTML.
  p('s1', 'tag', `<script>${XSS_HIT}('s1')</script>`),
  p('s2', 'tag', `<ScRiPt data-xss>${XSS_HIT}('s2')</sCrIpT>`),
  p('i1', 'tag', `<img src=x data-xss onerror="${XSS_HIT}('i1')">`),
  p('i2', 'tag', `<img src="x" data-xss onerror=${XSS_HIT}('i2')//`),
  p('d1', 'tag', `<img src=x data-xss onerror=alert('d1')>`),
  p('v1', 'tag', `<svg data-xss onload=${XSS_HIT}('v1')>`),
  p('v2', 'tag', `<svg><script>${XSS_HIT}('v2')</script></svg>`),
  p('v3', 'tag', `<svg><animate data-xss onbegin=${XSS_HIT}('v3') attributeName=x dur=1s>`),
  p('f1', 'tag', `<iframe data-xss srcdoc="<script>parent.${XSS_HIT}('f1')</script>"></iframe>`),
  p('f2', 'tag', `<iframe data-xss src="javascript:parent.${XSS_HIT}('f2')"></iframe>`),
  p('t3', 'tag', `<details open data-xss ontoggle=${XSS_HIT}('t3')>`),
  p('a1', 'tag', `<input autofocus data-xss onfocus=${XSS_HIT}('a1')>`),
  p('b1', 'tag', `<body onload=${XSS_HIT}('b1')>`),
  p('l1', 'tag', `<a data-xss href="javascript:${XSS_HIT}('l1')">klikkaa</a>`),
  p('l2', 'tag', `<a data-xss href=" &#14;  javascript:${XSS_HIT}('l2')">klikkaa</a>`),
  p('o1', 'tag', `<object data-xss data="javascript:${XSS_HIT}('o1')"></object>`),
  p('o2', 'tag', `<embed data-xss src="data:text/html;base64,${DATA_HTML}">`),
  p('fa', 'tag', `<form><button data-xss formaction="javascript:${XSS_HIT}('fa')">x</button></form>`),
  p('bs', 'tag', `<base href="javascript:${XSS_HIT}('bs')//">`),
  p('mt', 'tag', `<meta http-equiv="refresh" content="0;url=javascript:${XSS_HIT}('mt')">`),
  p('cx', 'tag', `<xss-probe data-xss onpointerover=${XSS_HIT}('cx')>`),
  // Closing the element the text may sit in, or a comment around it.
  p('t1', 'tag', `</textarea><script>${XSS_HIT}('t1')</script>`),
  p('t2', 'tag', `</title></option></select><script>${XSS_HIT}('t2')</script>`),
  p('c1', 'tag', `<!--<img src="--><img src=x data-xss onerror=${XSS_HIT}('c1')//">`),
  p('c2', 'tag', `--><script>${XSS_HIT}('c2')</script><!--`),
  p('n1', 'tag', `<<script>script>${XSS_HIT}('n1')<</script>/script>`),
  p('n2', 'tag', `<scr<script>ipt>${XSS_HIT}('n2')</scr</script>ipt>`),
  // Breaking out of an attribute the text is written into.
  p('q1', 'attribute', `"><script>${XSS_HIT}('q1')</script>`),
  p('q2', 'attribute', `'><img src=x data-xss onerror=${XSS_HIT}('q2')>`),
  p('q3', 'attribute', `" autofocus onfocus="${XSS_HIT}('q3')" data-xss="`),
  p('q4', 'attribute', `' onmouseover='${XSS_HIT}(\`q4\`)' data-xss='`),
  // URLs that run script if they reach an href or a src.
  p('j1', 'url', `javascript:${XSS_HIT}('j1')`),
  p('j2', 'url', `JaVaScRiPt:${XSS_HIT}('j2')`),
  p('j3', 'url', `java\tscript:${XSS_HIT}('j3')`),
  p('j4', 'url', `&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${XSS_HIT}('j4')`),
  p('j5', 'url', `jav&#x09;ascript:alert('j5')`),
  p('da', 'url', `data:text/html;base64,${DATA_HTML}`),
  p('vb', 'url', `vbscript:msgbox("vb")`),
  p('m1', 'url', `[klikkaa](javascript:${XSS_HIT}('m1'))`),
  p('m2', 'url', `![kuva](x" data-xss onerror="${XSS_HIT}('m2'))`),
  // Template and framework tricks.
  p('tp1', 'template', `{{constructor.constructor('${XSS_HIT}("tp1")')()}}`),
  p('tp2', 'template', `\${${XSS_HIT}('tp2')}`),
  p('tp3', 'template', `{${XSS_HIT}('tp3')}`),
  p('tp4', 'template', `{"__html":"<img src=x data-xss onerror=${XSS_HIT}('tp4')>"}`),
  p('pr', 'text', '__proto__'),
  p('ctor', 'text', 'constructor'),
  // CSS.
  p('css1', 'css', `<div data-xss style="background:url(javascript:${XSS_HIT}('css1'))">x</div>`),
  p('css2', 'css', `<div data-xss style="width:expression(${XSS_HIT}('css2'))">x</div>`),
  p('css3', 'css', `</style><style>*{background:url("javascript:${XSS_HIT}('css3')")}</style>`),
  // Mutation XSS: markup that changes meaning when serialised and parsed again.
  p('mx1', 'mxss', `<math><mtext><table><mglyph><style><img src=x data-xss onerror=${XSS_HIT}('mx1')>`),
  p('mx2', 'mxss', `<noscript><p title="</noscript><img src=x data-xss onerror=${XSS_HIT}('mx2')>">`),
  p('mx3', 'mxss', `<svg></p><style><a id="</style><img src=1 data-xss onerror=${XSS_HIT}('mx3')>">`),
  // Encoded forms, which must stay as typed (never decoded twice).
  p('u1', 'encoded', `\\u003cscript\\u003e${XSS_HIT}('u1')\\u003c/script\\u003e`),
  p('u2', 'encoded', `＜script＞${XSS_HIT}('u2')＜/script＞`),
  p('u3', 'encoded', `%3Cscript%3E${XSS_HIT}('u3')%3C%2Fscript%3E`),
  p('e1', 'encoded', `&lt;img src=x data-xss onerror=${XSS_HIT}('e1')&gt;`),
  // Breaking out of a script string, were a text ever written into one.
  p('js1', 'script-string', `';${XSS_HIT}('js1');//`),
  p('js2', 'script-string', `";${XSS_HIT}('js2');//`),
  // U+2028 and U+2029 end a line in a script string (before ES2019) though not in JSON.
  p('js3', 'script-string', `'\u2028;${XSS_HIT}('js3');//\u2029x`),
  // Formula injection, for the spreadsheets.
  p('x1', 'formula', `=HYPERLINK("javascript:${XSS_HIT}('x1')","Klikkaa")`),
  p('x2', 'formula', `+cmd|' /C calc'!A0`),
  p('x3', 'formula', `-2+3+cmd|' /C calc'!A0`),
  p('x4', 'formula', `@SUM(1+1)*cmd|' /C calc'!A0`),
  // A formula behind a separator: a reader that splits on commas or tabs starts a cell there.
  p('x5', 'formula', `Budjetti,=1+cmd|' /C calc'!A0`),
  p('x6', 'formula', `Budjetti\t-1+cmd|' /C calc'!A0`),
];

/** Link URLs the validation must refuse (only http and https, without credentials, are links). */
export const REFUSED_LINK_URLS: readonly string[] = [
  `javascript:${XSS_HIT}('r1')`,
  `JaVaScRiPt:${XSS_HIT}('r2')`,
  ` \tjavascript:${XSS_HIT}('r3')`,
  `java\tscript:${XSS_HIT}('r4')`,
  `&#106;avascript:${XSS_HIT}('r5')`,
  `javascript&colon;${XSS_HIT}('r6')`,
  `data:text/html;base64,${DATA_HTML}`,
  `DATA:text/html,<script>${XSS_HIT}('r7')</script>`,
  'vbscript:msgbox("r8")',
  '//evil.example/x',
  `https:javascript:${XSS_HIT}('r9')`,
  'https://digisalkku.fi@evil.example/',
  'file:///etc/passwd',
  'mailto:x@example.org',
  `\u0000javascript:${XSS_HIT}('r10')`,
];

/** Link URLs that are http(s), and so stored, yet carry markup and quotes. */
export const ALLOWED_LINK_URLS: readonly string[] = [
  `https://example.org/haku?q="><script>${XSS_HIT}('h1')</script>`,
  `https://example.org/#' onmouseover='${XSS_HIT}(1)' data-xss='`,
  `HTTPS://EXAMPLE.ORG/?javascript:${XSS_HIT}('h3')`,
  `http://example.org/<img src=x data-xss onerror=${XSS_HIT}('h4')>`,
];

/**
 * The text stored in a field that holds at most `max` characters: the payload, cut to fit,
 * then `suffix` (which makes names that must be unique unique). Trimmed as the schemas do.
 */
export function fitText(text: string, max: number, suffix = ''): string {
  const room = max - suffix.length;
  const cut = Array.from(text).slice(0, room).join('');
  return `${cut.length < text.length ? cut : text}${suffix}`.trim();
}

/** The payloads that start like a spreadsheet formula (after the schemas' trim). */
export const FORMULA_START = /^[=+\-@\t\r]/;
