import { html } from 'lit';
import { LightElement } from '../light-element.js';
import { post } from '../api.js';
import { dateTime, number } from '../format.js';
import '../parts/problem-box.js';

/** What each service holds, as the export shows it in a line. */
const SERVICES = [
  { name: 'intake', label: 'Tiếp nhận hồ sơ', summary: (h) => `${number(h.dossiers.length)} hồ sơ` },
  { name: 'routing', label: 'Điều phối, xử lý', summary: () => '' },
  { name: 'records', label: 'Lưu trữ và kho dữ liệu', summary: (h) => `${number(h.dossiers.length)} hồ sơ, ${number(h.results.length)} kết quả` },
  { name: 'notification', label: 'Thông báo', summary: (h) => `${number(h.messages.length)} thông báo` },
];

/**
 * Dữ liệu cá nhân (province admin): all the province holds about one person, by their citizen ID, from every
 * service, shown in a line per service and downloaded as one JSON file. The ID goes in the requests' bodies, never in
 * the address; each service puts the export on the audit log.
 */
class SubjectExport extends LightElement {
  static properties = { parts: { state: true }, error: { state: true }, busy: { state: true } };

  async submit(e) {
    e.preventDefault();
    const citizenId = new FormData(e.target).get('citizenId').trim();
    this.busy = true;
    this.error = null;
    this.parts = null;
    try {
      this.parts = await Promise.all(SERVICES.map((s) => post(s.name, '/api/v1/personal-data/subject-export', { citizenId })));
    } catch (err) {
      this.error = err;
    } finally {
      this.busy = false;
    }
  }

  download() {
    const masked = this.parts[0].citizenIdMasked;
    const file = { citizenIdMasked: masked, exportedAt: new Date().toISOString(), services: this.parts };
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
    link.download = `du-lieu-ca-nhan-${masked.slice(-3)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  }

  render() {
    return html`
      <h1>Trích xuất dữ liệu cá nhân</h1>
      <p class="muted">Mọi dữ liệu các dịch vụ của tỉnh lưu về một người, theo yêu cầu của chính người đó (Luật Bảo vệ dữ liệu cá nhân).
        Mỗi lần trích xuất được ghi vào nhật ký kiểm toán.</p>
      <form class="card filters" @submit=${this.submit}>
        <div class="field"><label for="s-id">Số định danh cá nhân</label>
          <input id="s-id" name="citizenId" required inputmode="numeric" autocomplete="off" pattern="[0-9]{12}"
            title="12 chữ số" maxlength="12"></div>
        <button class="primary" type="submit" ?disabled=${this.busy}>Trích xuất</button>
      </form>
      <problem-box .error=${this.error}></problem-box>
      ${this.parts ? html`
        <section class="card" aria-live="polite" data-testid="subject-export">
          <h2>Số định danh ${this.parts[0].citizenIdMasked}</h2>
          <div class="table-wrap"><table>
            <thead><tr><th scope="col">Dịch vụ</th><th scope="col">Dữ liệu lưu về người này</th><th scope="col">Trích xuất lúc</th></tr></thead>
            <tbody>${this.parts.map((part, i) => html`<tr>
              <th scope="row">${SERVICES[i].label}</th>
              <td>${part.holdings ? SERVICES[i].summary(part.holdings) : html`<span class="muted">${part.note}</span>`}</td>
              <td>${dateTime(part.exportedAt)}</td></tr>`)}</tbody>
          </table></div>
          <button class="primary" @click=${this.download}>Tải xuống tệp JSON</button>
        </section>` : ''}
    `;
  }
}
customElements.define('subject-export', SubjectExport);
