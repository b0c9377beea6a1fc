import { html, Html } from './html';

describe('the page template', () => {
  it('escapes every interpolated value, and only leaves Html as it is', () => {
    const name = `<script>alert("x")</script> & 'Co.'`;
    expect(html`<p title="${name}">${name}</p>`.text).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co.&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co.&#39;</p>',
    );
    expect(html`<div>${new Html('<b>kept</b>')}</div>`.text).toBe('<div><b>kept</b></div>');
  });

  it('joins arrays and leaves out null, undefined and false', () => {
    const items = ['<a>', 'b'].map((x) => html`<li>${x}</li>`);
    const out = html`<ul>
      ${items}${null}${undefined}${false}
    </ul>`.text;
    // Prettier formats html`` templates, so only the markup is compared, not the layout.
    expect(out.replace(/\s+/g, '')).toBe('<ul><li>&lt;a&gt;</li><li>b</li></ul>');
  });
});
