import { html, svg } from 'lit';
import { LightElement } from '../light-element.js';

/** Grouped horizontal bars in SVG: groups [{label, values:[…]}] against series [{label, color}], with a data table. */
class BarChart extends LightElement {
  static properties = { groups: { attribute: false }, series: { attribute: false }, caption: {}, unit: {} };

  render() {
    const groups = this.groups || [];
    const series = this.series || [];
    const W = 560, L = 150, R = 70, bar = 16, gap = 14;
    const H = groups.length * (series.length * bar + gap) + 10;
    const max = Math.max(1e-9, ...groups.flatMap((g) => g.values.filter(Number.isFinite)));
    const fmt = (v) => (Number.isFinite(v) ? (Math.round(v * 10) / 10).toLocaleString('vi-VN') : '—');
    return html`
      <figure class="chart">
        <svg viewBox="0 0 ${W} ${H}" role="img" aria-label=${this.caption}>
          ${groups.map((g, gi) => {
            const top = gi * (series.length * bar + gap) + 5;
            return svg`<text x=${L - 8} y=${top + (series.length * bar) / 2 + 4} text-anchor="end" class="tick">${g.label}</text>
              ${series.map((s, si) => {
                const v = g.values[si];
                const w = Number.isFinite(v) ? ((W - L - R) * v) / max : 0;
                return svg`<rect x=${L} y=${top + si * bar} width=${Math.max(w, 1)} height=${bar - 3} fill=${s.color}></rect>
                  <text x=${L + w + 4} y=${top + si * bar + bar - 5} class="tick">${fmt(v)}</text>`;
              })}`;
          })}
        </svg>
        <figcaption>${this.caption}${this.unit ? ` (${this.unit})` : ''}:
          ${series.map((s) => html`<span class="key"><span class="swatch" style="background:${s.color}"></span>${s.label}</span>`)}</figcaption>
        <details><summary>Bảng số liệu</summary>
          <table><thead><tr><th scope="col">Chỉ số</th>${series.map((s) => html`<th scope="col">${s.label}</th>`)}</tr></thead>
            <tbody>${groups.map((g) => html`<tr><th scope="row">${g.label}</th>${g.values.map((v) => html`<td>${fmt(v)}</td>`)}</tr>`)}</tbody></table>
        </details>
      </figure>`;
  }
}
customElements.define('bar-chart', BarChart);
