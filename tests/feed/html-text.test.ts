import { expect } from '@open-wc/testing';
import { characterEntitiesHtml4 } from 'character-entities-html4';
import { decodeEntities, plainText, richText } from '../../src/feed/html-text.js';

describe('HTML to plain text', () => {
  describe('richText (descriptions)', () => {
    const cases: [string, string, string][] = [
      ['plain text unchanged', 'Tools and tea provided.', 'Tools and tea provided.'],
      ['paragraphs', '<p>Grow vegetables.</p><p>Tea provided.</p>', 'Grow vegetables.\n\nTea provided.'],
      ['line breaks', 'Mondays<br>Thursdays<br/>Fridays<BR />', 'Mondays\nThursdays\nFridays'],
      [
        'an editor’s nested divs, headings and styled spans',
        '<div class="field-item"><h1><span style="color:#333">Knit &amp; Natter</span></h1><div>All welcome.</div></div>',
        'Knit & Natter\n\nAll welcome.',
      ],
      ['a bulleted list', '<p>Bring:</p><ul><li>Needles</li><li>Wool</li></ul>', 'Bring:\n\n• Needles\n• Wool'],
      ['a numbered list', '<ol><li>Ring us</li><li>Come along</li></ol>', '1. Ring us\n2. Come along'],
      ['source line breaks in HTML are spaces', '<p>Tea\n  and\r\ncake</p>', 'Tea and cake'],
      ['named entities', 'Caf&eacute; &ndash; &pound;3 &copy; &hellip;', 'Café – £3 © …'],
      [
        'quotes',
        '&lsquo;It&rsquo;s&rsquo; &ldquo;fun&rdquo; &#39;really&#39; &quot;ok&quot; &apos;yes&apos;',
        "‘It’s’ “fun” 'really' \"ok\" 'yes'",
      ],
      ['numeric entities', '&#163;5 &#x20AC;6 &#X1F600; &#8217;', '£5 €6 😀 ’'],
      ['Windows-1252 numbers as browsers read them', 'It&#146;s &#150; fine', 'It’s – fine'],
      ['impossible numbers become the replacement character', '&#0; &#x110000; &#xD800;', '\ufffd \ufffd \ufffd'],
      ['non-breaking spaces are spaces', 'Tea&nbsp;&nbsp;and\u00a0cake', 'Tea and cake'],
      ['an unknown name stays as written', 'Fish &notanentity; chips', 'Fish &notanentity; chips'],
      ['a bare ampersand stays', 'Fish & chips', 'Fish & chips'],
      ['legacy references without a semicolon', 'Tea &amp cake &copy 2026', 'Tea & cake © 2026'],
      ['no decoding inside a word after a legacy name', 'a?x=1&ampy=2', 'a?x=1&ampy=2'],
      ['a less-than sign that is not a tag', 'Ages 5 < 11 and > 3', 'Ages 5 < 11 and > 3'],
      ['escaped markup stays text', '&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
      ['scripts and styles are not text', '<style>p{color:red}</style><p>Hi</p><script>alert(1)</script>', 'Hi'],
      ['comments are removed', 'Tea<!-- editor note --> and cake', 'Tea and cake'],
      ['attributes with > in quotes', '<a href="x" title="a > b">Link</a> text', 'Link text'],
      ['plain text keeps its own paragraphs', 'First line.\r\n\r\n\r\nSecond   line.\n', 'First line.\n\nSecond line.'],
      [
        'table cells are spaced',
        '<table><tr><td>Mon</td><td>10am</td></tr><tr><td>Tue</td><td>2pm</td></tr></table>',
        'Mon 10am\nTue 2pm',
      ],
      ['empty markup is empty', '<p>&nbsp;</p><p></p>', ''],
    ];
    for (const [what, input, expected] of cases) {
      it(what, () => expect(richText(input)).to.equal(expected));
    }
  });

  describe('plainText (titles and names)', () => {
    it('puts everything on one line', () => {
      expect(plainText('<p>Parent &amp;</p><p>Toddler</p>')).to.equal('Parent & Toddler');
      expect(plainText('Walking\nFootball')).to.equal('Walking Football');
    });

    it('leaves ordinary titles alone', () => {
      expect(plainText('Men’s Shed')).to.equal('Men’s Shed');
    });
  });

  describe('text that is already plain is passed through, anything else is tidied', () => {
    it('keeps plain titles and descriptions as they are', () => {
      expect(plainText('Knit and natter (sample), 10:30–12:00')).to.equal('Knit and natter (sample), 10:30–12:00');
      expect(richText('First line.\nSecond line.\n\nA new paragraph.')).to.equal(
        'First line.\nSecond line.\n\nA new paragraph.',
      );
    });

    it('tidies a title with any one mark of markup, entities or odd spacing', () => {
      const cases: [string, string][] = [
        ['<b>Tea</b> dance', 'Tea dance'],
        ['Tea &amp; cake', 'Tea & cake'],
        ['Tea\ndance', 'Tea dance'],
        ['Tea\rdance', 'Tea dance'],
        ['Tea\tdance', 'Tea dance'],
        ['Tea\u00a0dance', 'Tea dance'],
        ['Tea  dance', 'Tea dance'],
      ];
      for (const [input, expected] of cases) expect(plainText(input), JSON.stringify(input)).to.equal(expected);
    });

    it('tidies a description with any one of them, three line breaks, or space at either end', () => {
      const cases: [string, string][] = [
        ['<p>Tea</p><p>Cake</p>', 'Tea\n\nCake'],
        ['Tea &hearts; cake', 'Tea ♥ cake'],
        ['Tea\r\ncake', 'Tea\ncake'],
        ['Tea\tcake', 'Tea cake'],
        ['Tea\u00a0cake', 'Tea cake'],
        ['Tea  cake', 'Tea cake'],
        ['Tea\n\n\n\ncake', 'Tea\n\ncake'],
        [' Tea', 'Tea'],
        ['Tea\n', 'Tea'],
        ['\u00a0Tea', 'Tea'],
      ];
      for (const [input, expected] of cases) expect(richText(input), JSON.stringify(input)).to.equal(expected);
    });

    it('never lets markup through when the text has a tag anywhere', () => {
      expect(plainText('Walk <img src=x onerror=alert(1)> <script>alert(1)</script>club')).to.equal('Walk club');
      expect(richText('Plain start, then <iframe src="https://example.org"></iframe>end')).to.equal(
        'Plain start, then end',
      );
    });
  });

  describe('named references', () => {
    it('decodes every HTML 4 name and &apos; as the character-entities-html4 table has them', () => {
      const table = Object.entries({ ...characterEntitiesHtml4, apos: "'" });
      expect(table).to.have.length(253);
      for (const [name, character] of table) expect(decodeEntities(`(&${name};)`), name).to.equal(`(${character})`);
    });

    it('decodes rare names, from the last run of the table as well as the first', () => {
      expect(decodeEntities('&quot;&thetasym; &alefsym; &lang;x&rang; &diams;')).to.equal('"ϑ ℵ \u2329x\u232a ♦');
      expect(richText('<p>&Omega;&omega; &forall;x &isin; &real;</p>')).to.equal('Ωω ∀x ∈ ℜ');
    });

    it('leaves names that are not HTML 4’s as written, object properties included', () => {
      expect(decodeEntities('&Afr; &check; &constructor; &toString; &__proto__; &hasOwnProperty;')).to.equal(
        '&Afr; &check; &constructor; &toString; &__proto__; &hasOwnProperty;',
      );
      expect(plainText('Tea &constructor cake &valueOf; &amp')).to.equal('Tea &constructor cake &valueOf; &');
    });

    it('never turns a decoded reference into markup', () => {
      expect(richText('&lt;img src=x onerror=alert(1)&gt; &lt;p&gt;Hi&lt;/p&gt;')).to.equal(
        '<img src=x onerror=alert(1)> <p>Hi</p>',
      );
    });
  });

  it('decodes entities alone, leaving tags in text as text', () => {
    expect(decodeEntities('&lt;b&gt; &amp;amp;')).to.equal('<b> &amp;');
  });
});
