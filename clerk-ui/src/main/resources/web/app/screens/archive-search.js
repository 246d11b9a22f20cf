import { html } from 'lit';
import { LightElement } from '../light-element.js';
import { get } from '../api.js';
import { session } from '../session.js';
import { units } from '../units.js';
import { date, isoDate, status } from '../format.js';
import '../parts/problem-box.js';
import '../parts/unit-name.js';

const PAGE = 20;
/** The archive caps its count at 1,000 (a count beyond costs more than it tells). */
const COUNT_CAP = 1000;
const STATUSES = ['RECEIVED', 'ASSIGNED', 'SUPPLEMENTATION_REQUESTED', 'RESOLVED', 'REFUSED', 'RESULT_RETURNED', 'WITHDRAWN'];

/** Archive search (Tra cứu lưu trữ): without accents, with filters; a dossier's record opens on its page. */
class ArchiveSearch extends LightElement {
  static properties = { found: { state: true }, error: { state: true }, page: { state: true }, fields: { state: true }, allUnits: { state: true }, busy: { state: true } };

  constructor() {
    super();
    this.page = 0;
    this.criteria = {};
    this.fields = [];
    this.allUnits = [];
    this.user = session.user();
  }

  connectedCallback() {
    super.connectedCallback();
    get('intake', '/api/v1/procedures/fields').then((f) => (this.fields = f)).catch(() => {});
    units().then((all) => (this.allUnits = Object.values(all).sort((a, b) => a.name.localeCompare(b.name, 'vi')))).catch(() => {});
  }

  submit(e) {
    e.preventDefault();
    const criteria = Object.fromEntries(new FormData(e.target));
    this.criteria = { ...criteria, from: isoDate(criteria.from), to: isoDate(criteria.to) };
    this.page = 0;
    this.search();
  }

  async search() {
    this.busy = true;
    try {
      this.found = await get('records', '/api/v1/dossiers', { ...this.criteria, page: this.page, size: PAGE });
      this.error = null;
    } catch (e) {
      this.error = e;
    } finally {
      this.busy = false;
    }
  }

  go(page) {
    this.page = page;
    this.search();
  }

  render() {
    const f = this.found;
    const scoped = this.user.units.length ? this.allUnits.filter((u) => this.user.units.includes(u.code)) : this.allUnits;
    const capped = f && f.total >= COUNT_CAP;
    const pages = f ? Math.ceil(f.total / PAGE) : 0;
    return html`
      <h1>Tra cứu hồ sơ lưu trữ</h1>
      <form class="card filters" role="search" @submit=${this.submit}>
        <div class="field wide"><label for="a-q">Từ khóa (mã hồ sơ, tên người nộp, thủ tục… gõ không dấu được)</label>
          <input id="a-q" name="q" type="search" placeholder="ví dụ: nguyen thi hong"></div>
        <div class="field"><label for="a-status">Trạng thái</label>
          <select id="a-status" name="status"><option value="">Tất cả</option>${STATUSES.map((s) => html`<option value=${s}>${status(s)}</option>`)}</select></div>
        <div class="field"><label for="a-field">Lĩnh vực</label>
          <select id="a-field" name="field"><option value="">Tất cả</option>${this.fields.map((x) => html`<option>${x}</option>`)}</select></div>
        <div class="field"><label for="a-unit">Đơn vị</label>
          <select id="a-unit" name="unitCode"><option value="">${this.user.units.length ? 'Các đơn vị của tôi' : 'Toàn tỉnh'}</option>${scoped.map((u) => html`<option value=${u.code}>${u.name}</option>`)}</select></div>
        <div class="field"><label for="a-from">Nộp từ ngày</label><input id="a-from" name="from" inputmode="numeric" placeholder="dd/mm/yyyy"></div>
        <div class="field"><label for="a-to">Đến ngày</label><input id="a-to" name="to" inputmode="numeric" placeholder="dd/mm/yyyy"></div>
        <button class="primary" type="submit" ?disabled=${this.busy}>Tìm</button>
      </form>
      <problem-box .error=${this.error} .retry=${() => this.search()}></problem-box>
      ${f ? html`
        <p aria-live="polite" data-testid="found">${capped ? 'Hơn 1.000 kết quả' : `${f.total.toLocaleString('vi-VN')} kết quả`}${capped ? html` <span class="muted">— hãy thu hẹp điều kiện tìm</span>` : ''}</p>
        <div class="table-wrap"><table>
          <thead><tr><th scope="col">Mã hồ sơ</th><th scope="col">Người nộp</th><th scope="col">Thủ tục</th><th scope="col">Ngày nộp</th><th scope="col">Trạng thái</th><th scope="col">Nguồn</th></tr></thead>
          <tbody>${f.items.map((d) => html`<tr>
            <th scope="row"><a href="#/ho-so/${d.id}">${d.code}</a></th><td>${d.applicantFullName || '—'}</td>
            <td>${d.procedureName || d.procedureCode}</td><td>${date(d.submittedAt)}</td><td>${status(d.status)}</td>
            <td>${d.origin ? `${d.origin.systemName || d.origin.system} (mã cũ ${d.origin.originalCode})` : 'Nền tảng một cửa'}</td></tr>`)}
            ${f.items.length ? '' : html`<tr><td colspan="6" class="muted">Không có hồ sơ phù hợp.</td></tr>`}</tbody>
        </table></div>
        ${pages > 1 ? html`<nav class="pager" aria-label="Trang">
          <button ?disabled=${this.page === 0} @click=${() => this.go(this.page - 1)}>Trang trước</button>
          <span>Trang ${this.page + 1}${capped ? '' : ` / ${pages}`}</span>
          <button ?disabled=${this.page + 1 >= pages} @click=${() => this.go(this.page + 1)}>Trang sau</button></nav>` : ''}` : ''}
    `;
  }
}
customElements.define('archive-search', ArchiveSearch);
