import { html, svg } from 'lit';
import { LightElement } from '../light-element.js';

/**
 * A small line chart in SVG (no chart library in the first screen's bundle): series of {label, color, points:[{x, y}]}
 * over shared x labels, with a table of the same figures for screen readers.
 */
class LineChart extends LightElement {
  static properties = { series: { attribute: false }, xLabels: { attribute: false }, caption: {}, unit: {} };

  render() {
    const series = (this.series || []).filter((s) => s.points.length);
    const labels = this.xLabels || [];
    if (!series.length) return html`<p class="muted">Chưa có số liệu.</p>`;
    const W = 560, H = 220, L = 44, B = 28, T = 10, R = 10;
    const ys = series.flatMap((s) => s.points.map((p) => p.y)).filter((y) => Number.isFinite(y));
    const max = Math.max(1, ...ys) * 1.1;
    const n = Math.max(2, labels.length);
    const x = (i) => L + (i * (W - L - R)) / (n - 1);
    const y = (v) => T + (1 - v / max) * (H - T - B);
    const ticks = [0, max / 2, max].map((v) => Math.round(v * 10) / 10);
    const every = Math.ceil(labels.length / 6);
    return html`
      <figure class="chart">
        <svg viewBox="0 0 ${W} ${H}" role="img" aria-label=${this.caption}>
          ${ticks.map((t) => svg`<line x1=${L} x2=${W - R} y1=${y(t)} y2=${y(t)} class="grid"></line>
            <text x=${L - 6} y=${y(t) + 4} text-anchor="end" class="tick">${t}</text>`)}
          ${labels.map((l, i) => (i % every === 0 ? svg`<text x=${x(i)} y=${H - 8} text-anchor="middle" class="tick">${l}</text>` : ''))}
          ${series.map((s) => svg`<polyline fill="none" stroke=${s.color} stroke-width="2.5" stroke-dasharray=${s.dash || ''}
              points=${s.points.map((p) => `${x(p.x)},${y(p.y)}`).join(' ')}></polyline>`)}
        </svg>
        <figcaption>
          ${this.caption}${this.unit ? ` (${this.unit})` : ''}:
          ${series.map((s) => html`<span class="key"><span class="swatch" style="background:${s.color}"></span>${s.label}</span>`)}
        </figcaption>
        <details>
          <summary>Bảng số liệu</summary>
          <table>
            <thead><tr><th scope="col">Mốc</th>${series.map((s) => html`<th scope="col">${s.label}</th>`)}</tr></thead>
            <tbody>
              ${labels.map((l, i) => html`<tr><th scope="row">${l}</th>${series.map((s) => {
                const p = s.points.find((q) => q.x === i);
                return html`<td>${p ? Math.round(p.y * 10) / 10 : '—'}</td>`;
              })}</tr>`)}
            </tbody>
          </table>
        </details>
      </figure>
    `;
  }
}
customElements.define('line-chart', LineChart);
