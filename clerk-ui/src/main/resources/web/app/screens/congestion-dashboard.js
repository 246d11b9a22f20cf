import { html } from 'lit';
import { LightElement } from '../light-element.js';
import { get, post } from '../api.js';
import { session } from '../session.js';
import { isoDate, localDate, number, todayText } from '../format.js';
import '../parts/problem-box.js';
import '../parts/line-chart.js';
import '../parts/bar-chart.js';

/** Colour of a unit by the working days its queue needs to clear (the API's figure; the scale is the legend's). */
function level(u) {
  if (u.queued === 0) return { cls: 'l0', text: 'Không tồn hồ sơ' };
  if (u.days === null) return { cls: 'l4', text: 'Tồn hồ sơ, không có cán bộ' };
  if (u.days <= 1) return { cls: 'l1', text: 'Giải quyết hết trong 1 ngày' };
  if (u.days <= 3) return { cls: 'l2', text: '1–3 ngày' };
  if (u.days <= 5) return { cls: 'l3', text: '3–5 ngày' };
  return { cls: 'l4', text: 'Trên 5 ngày' };
}
const LEGEND = [
  { cls: 'l0', text: 'Không tồn' }, { cls: 'l1', text: '≤ 1 ngày' }, { cls: 'l2', text: '1–3 ngày' },
  { cls: 'l3', text: '3–5 ngày' }, { cls: 'l4', text: '> 5 ngày hoặc không có cán bộ' },
];

/**
 * Congestion dashboard (Điều phối, chống ùn tắc): the units coloured by the days their queues need, a unit's trend and
 * fields, reinforcement, the staffing advice and the province twin as a what-if form.
 */
class CongestionDashboard extends LightElement {
  static properties = {
    units: { state: true }, selected: { state: true }, history: { state: true }, error: { state: true },
    advice: { state: true }, twin: { state: true }, twinBusy: { state: true }, twinError: { state: true },
    reinforceError: { state: true }, reinforced: { state: true },
  };

  constructor() {
    super();
    this.user = session.user();
    this.province = !this.user.unit;
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
    if (this.province) get('routing', '/api/v1/staffing/recommendations', { size: 10 }).then((a) => (this.advice = a)).catch(() => {});
  }

  /** Every row of the congestion view (a unit and field each; idle units once), pages of 200, grouped by unit. */
  async load() {
    try {
      const rows = [];
      for (let page = 0; ; page++) {
        const p = await get('routing', '/api/v1/congestion', { unit: this.province ? null : this.user.unit, page, size: 200 });
        rows.push(...p.items);
        if ((page + 1) * 200 >= p.total) break;
      }
      const byUnit = new Map();
      for (const r of rows) {
        const u = byUnit.get(r.unitCode) || { code: r.unitCode, name: r.unitName, queued: 0, atRisk: 0, overdue: 0, days: 0, fields: [] };
        u.queued += r.queuedDossiers;
        u.atRisk += r.atRisk;
        u.overdue += r.overdue;
        if (r.field) u.fields.push(r);
        if (r.queuedDossiers > 0) u.days = r.daysToClear === null || u.days === null ? null : Math.max(u.days, r.daysToClear);
        byUnit.set(r.unitCode, u);
      }
      this.units = [...byUnit.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
      this.error = null;
      if (!this.province) this.select(this.units[0]);
    } catch (e) {
      this.error = e;
    }
  }

  async select(unit) {
    this.selected = unit;
    this.history = null;
    this.reinforced = null;
    try {
      this.history = await get('routing', `/api/v1/congestion/${unit.code}/history`, { days: 14 });
    } catch (e) {
      this.history = [];
    }
  }

  async simulate(e) {
    e.preventDefault();
    const f = new FormData(e.target);
    this.twinBusy = true;
    this.twinError = null;
    try {
      this.twin = await post('routing', '/api/v1/simulations', {
        annualDossiers: Number(f.get('annualDossiers')), workingDays: Number(f.get('workingDays')),
        staffing: f.get('staffing'), seed: Number(f.get('seed')),
      });
    } catch (err) {
      this.twinError = err;
    } finally {
      this.twinBusy = false;
    }
  }

  async reinforce(e) {
    e.preventDefault();
    const f = Object.fromEntries(new FormData(e.target));
    try {
      this.reinforced = await post('routing', '/api/v1/reinforcements', {
        ...f, unitCode: this.selected.code, hoursPerDay: Number(f.hoursPerDay), startsOn: isoDate(f.startsOn), endsOn: isoDate(f.endsOn),
      });
      this.reinforceError = null;
      e.target.reset();
      this.load();
    } catch (err) {
      this.reinforceError = err;
    }
  }

  render() {
    const all = this.units || [];
    // communes and wards have 5-digit codes; the province's agencies (T.…) process provincial procedures
    const units = all.filter((u) => /^\d{5}$/.test(u.code));
    const agencies = all.filter((u) => !/^\d{5}$/.test(u.code));
    const totals = all.reduce((t, u) => ({ queued: t.queued + u.queued, atRisk: t.atRisk + u.atRisk, overdue: t.overdue + u.overdue }), { queued: 0, atRisk: 0, overdue: 0 });
    return html`
      <h1>Điều phối, chống ùn tắc hồ sơ</h1>
      <problem-box .error=${this.error} .retry=${() => this.load()}></problem-box>
      ${this.units ? html`
        <p aria-live="polite"><span data-testid="unit-count">${units.length}</span> xã, phường, đặc khu · ${totals.queued} hồ sơ đang chờ hoặc đang xử lý ·
          <span class="badge warn">${totals.atRisk} có nguy cơ trễ hạn</span> <span class="badge late">${totals.overdue} quá hạn</span></p>
        <ul class="legend" aria-label="Chú giải màu: số ngày làm việc để giải quyết hết hồ sơ tồn">
          ${LEGEND.map((l) => html`<li><span class="cell-swatch ${l.cls}"></span>${l.text}</li>`)}</ul>
        <ul class="unit-grid" data-testid="unit-grid" aria-label="Xã, phường, đặc khu">
          ${units.map((u) => this.cell(u))}
        </ul>
        ${agencies.length ? html`<h2>Cơ quan chuyên môn cấp tỉnh</h2>
          <ul class="unit-grid" aria-label="Cơ quan chuyên môn cấp tỉnh">${agencies.map((u) => this.cell(u))}</ul>` : ''}` : html`<p aria-live="polite">Đang tải…</p>`}
      ${this.selected ? this.renderUnit(this.selected) : ''}
      ${this.province ? this.renderAdvice() : ''}
      ${this.province ? this.renderTwin() : ''}`;
  }

  cell(u) {
    return html`<li><button type="button" class="unit ${level(u).cls}" aria-pressed=${this.selected === u ? 'true' : 'false'}
            aria-label="${u.name}: ${u.queued} hồ sơ, ${level(u).text}, ${u.atRisk} có nguy cơ, ${u.overdue} quá hạn" @click=${() => this.select(u)}>
            <span class="unit-name">${u.name}</span>
            <span class="unit-figures">${u.queued} hs${u.queued ? ` · ${u.days === null ? '∞' : number(u.days)} ngày` : ''}${u.atRisk || u.overdue ? html` · <b>${u.atRisk}/${u.overdue}</b>` : ''}</span>
          </button></li>`;
  }

  renderUnit(u) {
    const h = this.history || [];
    const labels = h.map((d) => localDate(d.day).slice(0, 5));
    return html`
      <section class="card" aria-labelledby="unit-h" data-testid="unit-detail">
        <h2 id="unit-h">${u.name}</h2>
        <div class="grid-2">
          <div>
            <div class="table-wrap"><table>
              <thead><tr><th scope="col">Lĩnh vực</th><th scope="col">Hồ sơ</th><th scope="col">Giờ công tồn</th><th scope="col">Giờ công/ngày</th><th scope="col">Ngày để giải quyết hết</th><th scope="col">Nguy cơ / quá hạn</th></tr></thead>
              <tbody>${u.fields.map((r) => html`<tr><th scope="row">${r.field}</th><td>${r.queuedDossiers}</td><td>${number(r.queuedWorkHours)}</td>
                <td>${number(r.staffHoursPerDay)}</td><td>${r.daysToClear === null ? 'không có cán bộ' : number(r.daysToClear)}${r.trend === 'RISING' ? ' ↑' : r.trend === 'FALLING' ? ' ↓' : ''}</td><td>${r.atRisk} / ${r.overdue}</td></tr>`)}
                ${u.fields.length ? '' : html`<tr><td colspan="6" class="muted">Không tồn hồ sơ.</td></tr>`}</tbody>
            </table></div>
          </div>
          <line-chart caption="Hồ sơ tồn cuối mỗi ngày, 14 ngày gần nhất" .xLabels=${labels}
            .series=${[{ label: 'Hồ sơ tồn', color: '#1b5fa8', points: h.map((d, i) => ({ x: i, y: d.queuedDossiers })) },
              { label: 'Ngày để giải quyết hết', color: '#b3261e', dash: '5 3', points: h.filter((d) => d.daysToClear !== null).map((d) => ({ x: h.indexOf(d), y: d.daysToClear })) }]}></line-chart>
        </div>
        ${this.user.role === 'province-admin' ? html`
          <form class="reinforce" @submit=${this.reinforce}>
            <h3>Tăng cường cán bộ cấp tỉnh cho ${u.name}</h3>
            <div class="row">
              <div class="field"><label for="r-name">Họ tên cán bộ</label><input id="r-name" name="officerName" required maxlength="200"></div>
              <div class="field"><label for="r-agency">Cơ quan cử</label><input id="r-agency" name="homeAgency" required maxlength="200" placeholder="ví dụ: Sở Tư pháp"></div>
              <div class="field"><label for="r-field">Lĩnh vực (bỏ trống: mọi lĩnh vực)</label><input id="r-field" name="field" list="r-fields">
                <datalist id="r-fields">${u.fields.map((r) => html`<option value=${r.field}></option>`)}</datalist></div>
            </div>
            <div class="row">
              <div class="field"><label for="r-mode">Hình thức</label><select id="r-mode" name="mode"><option value="ON_SITE">Làm việc tại đơn vị</option><option value="REMOTE">Xử lý từ xa</option></select></div>
              <div class="field"><label for="r-hours">Giờ xử lý mỗi ngày</label><input id="r-hours" name="hoursPerDay" type="number" min="0.5" max="8" step="0.5" value="6" required></div>
              <div class="field"><label for="r-from">Từ ngày</label><input id="r-from" name="startsOn" inputmode="numeric" placeholder="dd/mm/yyyy" value=${todayText()} required></div>
              <div class="field"><label for="r-to">Đến ngày</label><input id="r-to" name="endsOn" inputmode="numeric" placeholder="dd/mm/yyyy" required></div>
            </div>
            <button class="primary" type="submit">Tăng cường</button>
            ${this.reinforced ? html`<p class="notice" role="status">Đã tăng cường ${this.reinforced.officerName} cho ${u.name} từ ${localDate(this.reinforced.startsOn)} đến ${localDate(this.reinforced.endsOn)}.</p>` : ''}
            <problem-box .error=${this.reinforceError}></problem-box>
          </form>` : ''}
      </section>`;
  }

  renderAdvice() {
    const a = this.advice;
    if (!a) return html``;
    return html`
      <section class="card" aria-labelledby="advice-h">
        <h2 id="advice-h">Khuyến nghị biên chế</h2>
        <p>Để không quá ${number(a.lateShare * 100)}% hồ sơ trễ hạn: tăng ${number(a.addedStaffDays)} ngày công trong năm; nhiều nhất ${a.peakAddedOfficers} cán bộ tăng thêm trong một tháng.</p>
        <div class="table-wrap"><table>
          <thead><tr><th scope="col">Đơn vị</th><th scope="col">Lĩnh vực</th><th scope="col">Cán bộ hiện có</th><th scope="col">Ngày công tăng thêm</th></tr></thead>
          <tbody>${a.units.items.map((x) => html`<tr><td>${(this.units || []).find((u) => u.code === x.unitCode)?.name || x.unitCode}</td><td>${x.field}</td><td>${number(x.officers)}</td><td>${number(x.staffDays)}</td></tr>`)}</tbody>
        </table></div>
      </section>`;
  }

  renderTwin() {
    const t = this.twin;
    const sq = t && t.routings[0];
    const policy = t && t.routings[1];
    return html`
      <section class="card" aria-labelledby="twin-h">
        <h2 id="twin-h">Mô phỏng cả tỉnh (nếu… thì…)</h2>
        <form class="row" @submit=${this.simulate}>
          <div class="field"><label for="t-demand">Số hồ sơ một năm</label><input id="t-demand" name="annualDossiers" type="number" min="0" max="5000000" value="540000" required></div>
          <div class="field"><label for="t-days">Số ngày làm việc mô phỏng</label><input id="t-days" name="workingDays" type="number" min="1" max="496" value="60" required></div>
          <div class="field"><label for="t-staffing">Biên chế</label><select id="t-staffing" name="staffing"><option value="CURRENT">Đang áp dụng</option><option value="DEFAULT">Mặc định của dữ liệu gốc</option></select></div>
          <div class="field"><label for="t-seed">Hạt giống ngẫu nhiên</label><input id="t-seed" name="seed" type="number" value="1" required></div>
          <button class="primary" type="submit" ?disabled=${this.twinBusy}>${this.twinBusy ? 'Đang mô phỏng…' : 'Mô phỏng'}</button>
        </form>
        <problem-box .error=${this.twinError}></problem-box>
        ${t ? html`
          <div data-testid="twin-result">
            <bar-chart caption="Thời gian chờ xử lý" unit="giờ"
              .series=${[{ label: 'Hiện trạng (xử lý tại nơi tiếp nhận)', color: '#8a8a8a' }, { label: 'Chính sách phân công', color: '#1b5fa8' }, { label: 'Cận dưới (Erlang C)', color: '#2e7d32' }]}
              .groups=${[{ label: 'Trung bình', values: [sq.meanWaitHours, policy.meanWaitHours, t.pooledBound.meanWaitHours] },
                { label: 'Phân vị 95', values: [sq.p95WaitHours, policy.p95WaitHours, t.pooledBound.p95WaitHours] }]}></bar-chart>
            <dl class="facts">
              <dt>Hồ sơ mô phỏng</dt><dd>${number(sq.dossiers)} trong ${t.workingDays} ngày làm việc; ${number(t.officers)} cán bộ</dd>
              <dt>Tỷ lệ trễ hạn</dt><dd>hiện trạng ${number(sq.overdueRate * 100)}% · chính sách ${number(policy.overdueRate * 100)}%</dd>
              <dt>Xử lý ngoài nơi tiếp nhận</dt><dd>${number(policy.processedElsewhereShare * 100)}% hồ sơ (chính sách)</dd>
            </dl>
          </div>` : ''}
      </section>`;
  }
}
customElements.define('congestion-dashboard', CongestionDashboard);
