import { html } from 'lit';
import { LightElement } from '../light-element.js';
import { get, stream } from '../api.js';
import { session } from '../session.js';
import { date, dateTime, risk, status, workingTimeLeft } from '../format.js';
import '../parts/problem-box.js';
import '../parts/unit-name.js';

const PAGE = 20;
const ALERT_NAMES = { AT_RISK: 'Có nguy cơ trễ hạn', OVERDUE: 'Quá hạn', CONGESTION: 'Ùn tắc', CALENDAR_NOTICE: 'Lịch nghỉ' };

/**
 * The unit's queue (Hồ sơ của đơn vị): earliest deadline first, with working time left and the risk colour, filters
 * and pages; the unit's live alerts (server-sent events read with fetch) refresh it without a reload.
 */
class WorkQueue extends LightElement {
  static properties = {
    unit: { state: true }, page: { state: true }, data: { state: true }, procedure: { state: true }, status: { state: true },
    error: { state: true }, alerts: { state: true }, live: { state: true }, loading: { state: true },
  };

  constructor() {
    super();
    const user = session.user();
    this.units = user.units;
    this.unit = user.unit;
    this.page = 0;
    this.procedure = '';
    this.status = '';
    this.alerts = [];
    this.live = 'connecting';
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
    this.follow = new AbortController();
    stream('notification', '/api/v1/alerts/stream', (event) => this.alert(event), this.follow.signal, (s) => (this.live = s));
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.follow.abort();
  }

  alert(event) {
    try {
      const alert = JSON.parse(event.data);
      this.alerts = [alert, ...this.alerts].slice(0, 5);
      this.load();
    } catch (e) {
      /* a keep-alive or an unreadable event */
    }
  }

  async load() {
    this.loading = true;
    try {
      this.data = await get('routing', `/api/v1/units/${this.unit}/queue`, {
        page: this.page, size: PAGE, procedure: this.procedure.trim(), status: this.status,
      });
      this.error = null;
    } catch (e) {
      this.error = e;
    } finally {
      this.loading = false;
    }
  }

  filter(e) {
    e.preventDefault();
    const form = new FormData(e.target);
    this.procedure = form.get('procedure') || '';
    this.status = form.get('status') || '';
    this.unit = form.get('unit') || this.unit;
    this.page = 0;
    this.load();
  }

  go(page) {
    this.page = page;
    this.load();
  }

  render() {
    const d = this.data;
    const pages = d ? Math.max(1, Math.ceil(d.total / PAGE)) : 1;
    return html`
      <h1>Hồ sơ của đơn vị</h1>
      <p class="muted">Hạn sớm nhất trước. <span class="live ${this.live}" role="status">${this.live === 'open' ? 'Đang nhận cảnh báo trực tiếp' : 'Đang kết nối luồng cảnh báo…'}</span></p>
      <section aria-label="Cảnh báo" aria-live="polite" class="alerts" data-testid="alerts">
        ${this.alerts.map((a) => html`<div class="alert ${a.kind === 'OVERDUE' ? 'late' : 'warn'}">
          <strong>${ALERT_NAMES[a.kind] || a.kind}</strong> · ${dateTime(a.createdAt)} · ${a.message}
          ${a.dossierId ? html` <a href="#/ho-so/${a.dossierId}">${a.dossierCode}</a>` : ''}</div>`)}
      </section>
      <form class="filters card" @submit=${this.filter}>
        ${this.units.length > 1 ? html`<div class="field"><label for="q-unit">Đơn vị</label>
          <select id="q-unit" name="unit">${this.units.map((u) => html`<option value=${u} ?selected=${u === this.unit}>${u}</option>`)}</select></div>` : ''}
        <div class="field"><label for="q-procedure">Mã thủ tục</label>
          <input id="q-procedure" name="procedure" .value=${this.procedure} placeholder="ví dụ: 1.001193"></div>
        <div class="field"><label for="q-status">Trạng thái</label>
          <select id="q-status" name="status">
            <option value="" ?selected=${!this.status}>Tất cả</option>
            <option value="QUEUED" ?selected=${this.status === 'QUEUED'}>Chờ nhận xử lý</option>
            <option value="IN_PROGRESS" ?selected=${this.status === 'IN_PROGRESS'}>Đang xử lý</option>
          </select></div>
        <button type="submit">Lọc</button>
      </form>
      <problem-box .error=${this.error} .retry=${() => this.load()}></problem-box>
      ${d ? html`
        <p aria-live="polite">${d.total} hồ sơ${this.loading ? ' · đang cập nhật…' : ''} · <unit-name code=${this.unit}></unit-name></p>
        <div class="table-wrap">
        <table class="queue" data-testid="queue">
          <caption class="sr-only">Hàng đợi hồ sơ, hạn sớm nhất trước</caption>
          <thead><tr><th scope="col">Mã hồ sơ</th><th scope="col">Thủ tục</th><th scope="col">Trạng thái</th>
            <th scope="col">Hẹn trả</th><th scope="col">Thời gian còn lại</th><th scope="col">Mức độ</th></tr></thead>
          <tbody>
            ${d.items.map((i) => html`<tr>
              <th scope="row"><a href="#/ho-so/${i.dossierId}">${i.dossierCode}</a></th>
              <td>${i.procedureName || i.procedureCode}<div class="muted">${i.procedureName ? `${i.procedureCode} · ` : ''}${i.field || ''}</div></td>
              <td>${status(i.status)}</td>
              <td>${date(i.dueAt)}</td>
              <td>${workingTimeLeft(i.workingHoursLeft)}</td>
              <td><span class="badge ${risk(i.risk).cls}">${risk(i.risk).text}</span></td>
            </tr>`)}
            ${d.items.length ? '' : html`<tr><td colspan="6" class="muted">Không có hồ sơ nào.</td></tr>`}
          </tbody>
        </table></div>
        <nav class="pager" aria-label="Trang">
          <button ?disabled=${this.page === 0} @click=${() => this.go(this.page - 1)}>Trang trước</button>
          <span>Trang ${this.page + 1} / ${pages}</span>
          <button ?disabled=${this.page + 1 >= pages} @click=${() => this.go(this.page + 1)}>Trang sau</button>
        </nav>` : html`<p aria-live="polite">${this.loading ? 'Đang tải…' : ''}</p>`}
    `;
  }
}
customElements.define('work-queue', WorkQueue);
