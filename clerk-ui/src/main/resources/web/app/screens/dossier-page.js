import { html } from 'lit';
import { LightElement } from '../light-element.js';
import { get, post, openPdf, call } from '../api.js';
import { date, dateTime, isoDate, registry, risk, status } from '../format.js';
import '../parts/problem-box.js';
import '../parts/unit-name.js';

/** The processing steps' forms: what each asks for and which API it calls (the API says which are allowed). */
const ACTIONS = {
  ACCEPT: { label: 'Nhận xử lý', confirm: 'Nhận hồ sơ này để xử lý?' },
  TRANSFER: { label: 'Chuyển đơn vị khác', confirm: 'Chuyển hồ sơ sang đơn vị đã chọn?' },
  REQUEST_SUPPLEMENTATION: { label: 'Yêu cầu bổ sung (Mẫu 02)', confirm: 'Gửi yêu cầu bổ sung? Chỉ được yêu cầu một lần; thời hạn dừng tính.' },
  DECIDE: { label: 'Giải quyết / Từ chối', confirm: 'Ghi nhận quyết định này?' },
  EXTEND: { label: 'Xin lỗi và hẹn lại (Mẫu 04)', confirm: 'Gửi phiếu xin lỗi và hẹn lại ngày trả? Chỉ được hẹn lại một lần.' },
  RETURN_RESULT: { label: 'Trả kết quả', confirm: 'Xác nhận đã trả kết quả cho người nộp?' },
  SUPPLEMENT: { label: 'Nhận giấy tờ bổ sung', confirm: 'Ghi nhận giấy tờ người nộp bổ sung?' },
  WITHDRAW: { label: 'Rút hồ sơ (Mẫu 05)', confirm: 'Dừng giải quyết hồ sơ theo đề nghị của người nộp?' },
};
const lines = (text) => (text || '').split('\n').map((l) => l.trim()).filter(Boolean);

/**
 * A dossier's page: its state, timeline (records), the control sheet (Mẫu 06), documents, notifications sent, and the
 * steps the APIs allow this user now, each a form with a confirmation; a refusal shows the API's problem.
 */
class DossierPage extends LightElement {
  static properties = {
    dossierId: {}, parts: { state: true }, open: { state: true }, confirming: { state: true }, busy: { state: true },
    actionError: { state: true }, message: { state: true },
  };

  constructor() {
    super();
    this.parts = {};
  }

  willUpdate(changed) {
    if (changed.has('dossierId')) {
      this.parts = {};
      this.open = null;
      this.load();
    }
  }

  /** Each part from its service, independently: one service down leaves the others readable. */
  load() {
    const id = encodeURIComponent(this.dossierId);
    const part = (name, promise) => promise
      .then((value) => (this.parts = { ...this.parts, [name]: { value } }))
      .catch((error) => (this.parts = { ...this.parts, [name]: { error } }));
    part('assignment', get('routing', `/api/v1/dossiers/${id}/assignment`));
    part('record', get('records', `/api/v1/dossiers/${id}`));
    part('timeline', get('records', `/api/v1/dossiers/${id}/timeline`));
    part('sheet', get('routing', `/api/v1/dossiers/${id}/control-sheet`));
    part('notifications', get('notification', '/api/v1/notifications', { dossierId: this.dossierId, size: 50 }));
    part('intake', get('intake', `/api/v1/dossiers/${id}`));
  }

  /** After a step the other services learn of it from events: read them again a moment later. */
  reloadSoon() {
    this.load();
    [1500, 4000].forEach((ms) => setTimeout(() => this.isConnected && this.load(), ms));
  }

  /** The steps this user may take now, as routing and intake answered them. */
  actions() {
    const a = this.parts.assignment && this.parts.assignment.value;
    const d = this.parts.intake && this.parts.intake.value;
    return [...(a ? a.actions : []), ...(d ? d.actions : [])];
  }

  async run(e) {
    e.preventDefault();
    const form = new FormData(e.target.closest('form'));
    const id = encodeURIComponent(this.dossierId);
    this.busy = true;
    this.actionError = null;
    try {
      switch (this.open) {
        case 'ACCEPT': await post('routing', `/api/v1/dossiers/${id}/accept`); break;
        case 'TRANSFER': await post('routing', `/api/v1/dossiers/${id}/transfer`, { toUnitCode: form.get('toUnitCode'), reason: form.get('reason') }); break;
        case 'REQUEST_SUPPLEMENTATION': await post('routing', `/api/v1/dossiers/${id}/supplementation-request`, { reasons: lines(form.get('reasons')) }); break;
        case 'DECIDE': {
          const approved = form.get('outcome') === 'APPROVED';
          await post('routing', `/api/v1/dossiers/${id}/decision`, approved
            ? { outcome: 'APPROVED', resultReference: form.get('resultReference') }
            : { outcome: 'REFUSED', reasons: lines(form.get('refusalReasons')) });
          break;
        }
        case 'EXTEND': await post('routing', `/api/v1/dossiers/${id}/extension`, { newDueDate: isoDate(form.get('newDueDate')), reason: form.get('reason') }); break;
        case 'RETURN_RESULT': await post('routing', `/api/v1/dossiers/${id}/result-return`); break;
        case 'SUPPLEMENT': await post('intake', `/api/v1/dossiers/${id}/supplements`, { documents: lines(form.get('papers')).map((name) => ({ name })), note: form.get('note') || null }); break;
        case 'WITHDRAW': await post('intake', `/api/v1/dossiers/${id}/withdrawal`, { reason: form.get('reason') }); break;
        default: return;
      }
      this.message = `Đã thực hiện: ${ACTIONS[this.open].label}.`;
      this.open = null;
      this.confirming = false;
      this.reloadSoon();
    } catch (err) {
      this.actionError = err;
      this.confirming = false;
    } finally {
      this.busy = false;
    }
  }

  render() {
    const a = this.parts.assignment;
    const r = this.parts.record;
    // routing knows who may see a dossier (its receiving and processing units): its answer counts. Another unit's
    // dossier is "not found" everywhere; the archive learns of an assignment a moment later, so its answer alone may be
    // passing, unless routing knows nothing of it either.
    const failed = (p) => p && p.error && p.error.status;
    const denied = failed(a) === 403 ? a : failed(a) === 404 && failed(r) === 403 ? r : null;
    const unknown = failed(a) === 404 && failed(r) === 404;
    // nothing of the dossier is shown before that answer: the parts that come first would flash their own refusals
    if (!a || (failed(a) === 404 && !r)) return html`<h1>Hồ sơ</h1><p aria-live="polite">Đang tải…</p>`;
    if (denied || unknown) {
      // (a dossier just transferred away is no longer this unit's: the step's confirmation stays on screen)
      return html`<h1>Hồ sơ</h1>
        ${this.message ? html`<p class="notice" role="status">${this.message}</p>` : ''}
        <problem-box .error=${(denied || a).error} .retry=${unknown ? () => this.load() : null}></problem-box>
        <p><a href="#/">Về trang chính</a></p>`;
    }
    const av = a && a.value;
    const rv = r && r.value;
    const code = (av && av.dossierCode) || (rv && rv.code) || '…';
    return html`
      <h1>Hồ sơ <span data-testid="dossier-code">${code}</span></h1>
      ${this.message ? html`<p class="notice" role="status">${this.message}</p>` : ''}
      <div class="grid-2">
        ${this.renderSummary(av, rv)}
        ${this.renderActions(av)}
      </div>
      ${this.renderTimeline()}
      ${this.renderSheet()}
      ${this.renderPapers(rv)}
      ${this.renderNotifications()}`;
  }

  renderSummary(av, rv) {
    const d = this.parts.intake && this.parts.intake.value;
    return html`
      <section class="card" aria-labelledby="summary-h">
        <h2 id="summary-h">Tình trạng</h2>
        ${this.parts.assignment && this.parts.assignment.error ? html`<problem-box .error=${this.parts.assignment.error}></problem-box>` : ''}
        <dl class="facts">
          <dt>Thủ tục</dt><dd>${(rv && rv.procedureName) || (av && (av.procedureName || av.procedureCode)) || '—'}</dd>
          ${rv ? html`<dt>Người nộp</dt><dd>${rv.applicantFullName || '—'}</dd>` : ''}
          <dt>Trạng thái</dt><dd data-testid="status">${status((av && av.status) || (rv && rv.status))}</dd>
          ${av ? html`
            <dt>Ngày hẹn trả</dt><dd>${dateTime(av.dueAt)}${av.previousDueAt ? html` <span class="muted">(hẹn lại; trước: ${date(av.previousDueAt)})</span>` : ''}</dd>
            <dt>Mức độ</dt><dd><span class="badge ${risk(av.risk).cls}">${risk(av.risk).text}</span></dd>
            <dt>Tiếp nhận tại</dt><dd><unit-name code=${av.receivingUnitCode}></unit-name> · ${dateTime(av.submittedAt)}</dd>
            <dt>Đơn vị giải quyết</dt><dd><unit-name code=${av.processingUnitCode}></unit-name><div class="muted">${av.reasonText || ''}</div></dd>
            ${av.acceptedBy ? html`<dt>Cán bộ xử lý</dt><dd>${av.acceptedBy}</dd>` : ''}
            ${av.outcome ? html`<dt>Kết quả</dt><dd>${av.outcome === 'APPROVED' ? `Giải quyết: ${av.resultReference}` : 'Từ chối giải quyết'}</dd>` : ''}` : ''}
        </dl>
        <div class="actions">
          <button type="button" @click=${() => openPdf('routing', `/api/v1/dossiers/${this.dossierId}/control-sheet`).catch((e) => (this.actionError = e))}>In phiếu kiểm soát (Mẫu 06)</button>
          ${d ? html`<button type="button" @click=${() => openPdf('intake', `/api/v1/dossiers/${this.dossierId}/receipt`).catch((e) => (this.actionError = e))}>In giấy tiếp nhận (Mẫu 01)</button>` : ''}
          ${d && d.apology ? html`<button type="button" @click=${() => openPdf('intake', `/api/v1/dossiers/${this.dossierId}/apology-letter`).catch((e) => (this.actionError = e))}>In phiếu xin lỗi (Mẫu 04)</button>` : ''}
        </div>
      </section>`;
  }

  renderActions(av) {
    const actions = this.actions();
    return html`
      <section class="card" aria-labelledby="actions-h">
        <h2 id="actions-h">Xử lý</h2>
        ${actions.length ? html`<div class="action-list" role="group" aria-label="Các bước có thể thực hiện">
          ${actions.map((k) => html`<button type="button" class=${this.open === k ? 'primary' : ''} aria-expanded=${this.open === k ? 'true' : 'false'}
            @click=${() => { this.open = this.open === k ? null : k; this.confirming = false; this.actionError = null; this.message = null; }}>${ACTIONS[k].label}</button>`)}
        </div>` : html`<p class="muted">Không có bước nào bạn có thể thực hiện với hồ sơ ở trạng thái này.</p>`}
        ${this.open ? this.renderForm(this.open, av) : ''}
        <problem-box .error=${this.actionError}></problem-box>
      </section>`;
  }

  renderForm(kind, av) {
    const fields = {
      ACCEPT: html``,
      RETURN_RESULT: html``,
      TRANSFER: html`
        <label for="to-unit">Đơn vị nhận (các đơn vị có thẩm quyền)</label>
        <select id="to-unit" name="toUnitCode" required>
          ${(av ? av.candidates : []).filter((c) => c.unitCode !== av.processingUnitCode).map((c) => html`<option value=${c.unitCode}>${c.unitCode}${c.expectedCompletionDays !== null ? ` — dự kiến ${c.expectedCompletionDays.toFixed(1)} ngày` : ''}</option>`)}
        </select>
        <label for="transfer-reason">Lý do chuyển</label>
        <textarea id="transfer-reason" name="reason" required maxlength="1000"></textarea>`,
      REQUEST_SUPPLEMENTATION: html`
        <label for="supp-reasons">Nội dung cần bổ sung, hoàn thiện (mỗi dòng một nội dung)</label>
        <textarea id="supp-reasons" name="reasons" required rows="4"></textarea>`,
      DECIDE: html`
        <fieldset class="plain"><legend>Quyết định</legend>
          <label class="inline"><input type="radio" name="outcome" value="APPROVED" checked> Giải quyết</label>
          <label class="inline"><input type="radio" name="outcome" value="REFUSED"> Từ chối (Mẫu 03)</label>
        </fieldset>
        <label for="result-ref">Số, ký hiệu kết quả (khi giải quyết)</label>
        <input id="result-ref" name="resultReference" maxlength="200" placeholder="ví dụ: Giấy khai sinh số 125/2026">
        <label for="refusal">Lý do từ chối (mỗi dòng một lý do)</label>
        <textarea id="refusal" name="refusalReasons" rows="3"></textarea>`,
      EXTEND: html`
        <label for="new-due">Ngày hẹn mới (ngày/tháng/năm)</label>
        <input id="new-due" name="newDueDate" inputmode="numeric" placeholder="dd/mm/yyyy" pattern="\\d{1,2}/\\d{1,2}/\\d{4}" required>
        <label for="extend-reason">Lý do chậm (người nộp đọc trên phiếu xin lỗi)</label>
        <textarea id="extend-reason" name="reason" required maxlength="1000"></textarea>`,
      SUPPLEMENT: html`
        <label for="supp-papers">Giấy tờ người nộp bổ sung (mỗi dòng một giấy tờ)</label>
        <textarea id="supp-papers" name="papers" required rows="3"></textarea>
        <label for="supp-note">Ghi chú</label>
        <input id="supp-note" name="note" maxlength="2000">`,
      WITHDRAW: html`
        <label for="withdraw-reason">Lý do người nộp xin dừng giải quyết</label>
        <textarea id="withdraw-reason" name="reason" required maxlength="2000"></textarea>`,
    };
    return html`
      <form class="action-form" data-testid="action-form" @submit=${(e) => { e.preventDefault(); if (e.target.reportValidity()) this.confirming = true; }}>
        ${fields[kind]}
        ${this.confirming ? html`
          <div class="confirm" role="alertdialog" aria-labelledby="confirm-q">
            <p id="confirm-q">${ACTIONS[kind].confirm}</p>
            <button class="primary" type="button" ?disabled=${this.busy} @click=${this.run}>Xác nhận</button>
            <button type="button" @click=${() => (this.confirming = false)}>Huỷ</button>
          </div>` : html`<button class="primary" type="submit">${ACTIONS[kind].label}</button>`}
      </form>`;
  }

  renderTimeline() {
    const t = this.parts.timeline;
    return html`
      <section class="card" aria-labelledby="timeline-h">
        <h2 id="timeline-h">Diễn biến</h2>
        ${t && t.error ? html`<problem-box .error=${t.error} .retry=${() => this.load()}></problem-box>` : ''}
        ${t && t.value ? html`<ol class="timeline" data-testid="timeline">
          ${(t.value.items || t.value).map((e) => html`<li><time datetime=${e.at}>${dateTime(e.at)}</time> ${e.title}</li>`)}
        </ol>` : html`<p class="muted">Đang tải…</p>`}
      </section>`;
  }

  renderSheet() {
    const s = this.parts.sheet;
    if (!s || s.error) return html``;
    return html`
      <section class="card" aria-labelledby="sheet-h">
        <h2 id="sheet-h">Phiếu kiểm soát quá trình giải quyết (Mẫu 06)</h2>
        <div class="table-wrap"><table>
          <thead><tr><th scope="col">Bước</th><th scope="col">Đơn vị</th><th scope="col">Người thực hiện</th><th scope="col">Thời gian</th><th scope="col">Ghi chú</th></tr></thead>
          <tbody>${s.value.rows.map((row) => html`<tr><td>${row.stepText}</td><td>${row.unitName || row.unitCode || '—'}</td>
            <td>${row.actor || '—'}</td><td>${dateTime(row.at)}</td><td>${row.note || ''}${row.onTime === false ? html` <span class="badge late">Trễ hạn</span>` : ''}</td></tr>`)}</tbody>
        </table></div>
      </section>`;
  }

  renderPapers(rv) {
    const r = this.parts.record;
    if (r && r.error) {
      return html`<section class="card" aria-labelledby="papers-h"><h2 id="papers-h">Thành phần hồ sơ và tài liệu</h2>
        <problem-box .error=${r.error} .retry=${() => this.load()}></problem-box></section>`;
    }
    if (!rv) return html``;
    return html`
      <section class="card" aria-labelledby="papers-h">
        <h2 id="papers-h">Thành phần hồ sơ và tài liệu</h2>
        <ul class="papers">${(rv.papers || []).map((p) => html`<li>${p.name}
          ${p.source === 'DATABASE' ? html`<span class="badge ok">Lấy từ CSDL</span> <span class="muted">${registry(p.registry)} ${p.registryReference ? `· số ${p.registryReference}` : ''} ${p.at ? `· ${dateTime(p.at)}` : ''}</span>`
            : html`<span class="muted">Người nộp nộp${p.pageCount ? ` · ${p.pageCount} trang` : ''}</span>`}</li>`)}</ul>
        ${(rv.documents || []).length ? html`<h3>Tài liệu số hóa</h3><ul class="files">${rv.documents.map((d) => html`<li>
          <button type="button" class="link" @click=${() => this.openDocument(d)}>${d.fileName}</button>
          <span class="muted">${d.detectedFormat}${d.pageCount ? `, ${d.pageCount} trang` : ''}</span></li>`)}</ul>` : html`<p class="muted">Chưa có tài liệu số hóa.</p>`}
      </section>`;
  }

  async openDocument(d) {
    try {
      const blob = await call('records', `/api/v1/documents/${d.id}/content`, { accept: '*/*' });
      const href = URL.createObjectURL(blob);
      const link = Object.assign(document.createElement('a'), { href, download: d.fileName, target: '_blank' });
      link.click();
      setTimeout(() => URL.revokeObjectURL(href), 60000);
    } catch (e) {
      this.actionError = e;
    }
  }

  renderNotifications() {
    const n = this.parts.notifications;
    if (!n || n.error) return html``;
    const items = n.value.items || [];
    return html`
      <section class="card" aria-labelledby="notif-h">
        <h2 id="notif-h">Thông báo đã gửi</h2>
        ${items.length ? html`<div class="table-wrap"><table>
          <thead><tr><th scope="col">Thời gian</th><th scope="col">Kênh</th><th scope="col">Người nhận</th><th scope="col">Nội dung</th><th scope="col">Tình trạng</th></tr></thead>
          <tbody>${items.map((x) => html`<tr><td>${dateTime(x.createdAt)}</td><td>${x.channel}</td><td>${x.address || x.recipientName || ''}</td>
            <td>${x.subject || x.message}</td><td>${{ SENT: 'Đã gửi', QUEUED: 'Đang chờ gửi', FAILED: 'Không gửi được', SKIPPED: 'Bỏ qua' }[x.status] || x.status}</td></tr>`)}</tbody>
        </table></div>` : html`<p class="muted">Chưa có thông báo.</p>`}
      </section>`;
  }
}
customElements.define('dossier-page', DossierPage);
