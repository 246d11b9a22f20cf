import { html } from 'lit';
import { LightElement } from '../light-element.js';
import { get, post, upload, openPdf, newKey, ApiError } from '../api.js';
import { session } from '../session.js';
import { units } from '../units.js';
import { drafts } from '../draft-store.js';
import { date, dateTime, isoDate, registry } from '../format.js';
import '../parts/problem-box.js';
import '../parts/unit-name.js';

function emptyForm(unit) {
  return {
    key: newKey(),
    procedureCode: '',
    receivingUnitCode: unit || '',
    residenceUnitCode: '',
    applicant: { fullName: '', citizenId: '', dateOfBirth: '', email: '', phone: '' },
    landCertificate: '',
    businessTaxCode: '',
    papers: {},
    legalTime: { amount: '', unit: 'WORKING_DAYS' },
    legalTimeBasis: '',
  };
}

/**
 * Desk intake (Tiếp nhận hồ sơ): find the procedure without accents, see which papers the national databases supply,
 * enter the applicant, attach scans, submit once, print the receipt (Mẫu 01).
 */
class DeskIntake extends LightElement {
  static properties = {
    form: { state: true }, query: { state: true }, found: { state: true }, procedure: { state: true }, allUnits: { state: true },
    files: { state: true }, error: { state: true }, busy: { state: true }, done: { state: true }, searching: { state: true },
  };

  constructor() {
    super();
    this.user = session.user();
    this.draftKey = `motcua.draft.intake.${this.user.name}`;
    this.form = drafts.load(this.draftKey) || emptyForm(this.user.unit);
    this.query = '';
    this.found = [];
    this.files = [];
    this.allUnits = [];
  }

  connectedCallback() {
    super.connectedCallback();
    units().then((all) => (this.allUnits = Object.values(all).sort((a, b) => a.name.localeCompare(b.name, 'vi')))).catch(() => {});
    drafts.loadFiles(this.draftKey).then((files) => (this.files = files.map((f) => ({ ...f, state: 'waiting' }))));
    if (this.form.procedureCode) this.choose(this.form.procedureCode);
  }

  save() {
    drafts.save(this.draftKey, this.form);
  }

  set(path, value) {
    const form = structuredClone(this.form);
    const keys = path.split('.');
    let target = form;
    keys.slice(0, -1).forEach((k) => (target = target[k]));
    target[keys[keys.length - 1]] = value;
    this.form = form;
    this.save();
  }

  async search(text) {
    this.query = text;
    clearTimeout(this.timer);
    if (text.trim().length < 2) {
      this.found = [];
      return;
    }
    this.timer = setTimeout(async () => {
      this.searching = true;
      try {
        const page = await get('intake', '/api/v1/procedures', { q: text, size: 10 });
        if (this.query === text) this.found = page.items;
        this.error = null;
      } catch (e) {
        this.error = e;
      } finally {
        this.searching = false;
      }
    }, 250);
  }

  async choose(code) {
    try {
      this.procedure = await get('intake', `/api/v1/procedures/${encodeURIComponent(code)}`);
      if (this.form.procedureCode !== code) {
        const papers = {};
        for (const d of this.procedure.requiredDocuments || []) {
          if (d.applicantProvides) papers[d.name] = { received: !d.conditional, pages: 1 };
        }
        this.form = { ...this.form, procedureCode: code, papers };
        this.save();
      }
      this.found = [];
      this.query = '';
      this.error = null;
    } catch (e) {
      this.error = e;
    }
  }

  /** A scan is listed once it is kept in the draft: a reload from then on finds it. */
  async addFiles(list) {
    const files = [...this.files, ...[...list].map((f) => ({ name: f.name, type: f.type, blob: f, state: 'waiting' }))];
    await drafts.saveFiles(this.draftKey, files.map(({ name, type, blob }) => ({ name, type, blob })));
    this.files = files;
  }

  async removeFile(i) {
    const files = this.files.filter((_, j) => j !== i);
    await drafts.saveFiles(this.draftKey, files.map(({ name, type, blob }) => ({ name, type, blob })));
    this.files = files;
  }

  request() {
    const f = this.form;
    const a = f.applicant;
    const body = {
      procedureCode: f.procedureCode,
      receivingUnitCode: f.receivingUnitCode,
      channel: 'COUNTER',
      applicant: { fullName: a.fullName, citizenId: a.citizenId || null, dateOfBirth: isoDate(a.dateOfBirth), email: a.email || null, phone: a.phone || null },
      residenceUnitCode: f.residenceUnitCode || null,
      documents: Object.entries(f.papers).filter(([, p]) => p.received).map(([name, p]) => ({ name, pageCount: Number(p.pages) || null })),
    };
    if (f.landCertificate) body.land = { certificateNumber: f.landCertificate };
    if (f.businessTaxCode) body.business = { taxCode: f.businessTaxCode };
    if (this.procedure && !this.procedure.legalTime && f.legalTime.amount !== '') {
      body.legalTime = { amount: Number(f.legalTime.amount), unit: f.legalTime.unit };
      body.legalTimeBasis = f.legalTimeBasis;
    }
    return body;
  }

  async submit(e) {
    e.preventDefault();
    if (this.busy) return; // a double click sends nothing more; a retry sends the same idempotency key
    this.busy = true;
    this.error = null;
    try {
      const dossier = await post('intake', '/api/v1/dossiers', this.request(), { headers: { 'Idempotency-Key': this.form.key } });
      this.done = { dossier, assignment: null, files: this.files };
      await drafts.clear(this.draftKey);
      this.form = emptyForm(this.user.unit);
      this.procedure = null;
      this.files = [];
      this.followUp(dossier);
    } catch (err) {
      this.error = err;
      this.updateComplete.then(() => {
        const bad = this.querySelector('[aria-invalid="true"]');
        (bad || this.querySelector('problem-box')).focus?.();
      });
    } finally {
      this.busy = false;
    }
  }

  /** After the 201: where routing placed the dossier, and the scans stored in the archive. */
  async followUp(dossier) {
    for (let i = 0; i < 20 && this.done && this.done.dossier === dossier; i++) {
      try {
        this.done = { ...this.done, assignment: await get('routing', `/api/v1/dossiers/${dossier.id}/assignment`) };
        break;
      } catch (e) {
        if (!(e instanceof ApiError) || (e.status !== 404 && !e.unreachable)) break;
        await new Promise((r) => setTimeout(r, Math.min(500 * (i + 1), 3000)));
      }
    }
    for (const file of this.done.files) await this.send(dossier, file);
  }

  async send(dossier, file) {
    const form = new FormData();
    form.append('file', file.blob, file.name);
    form.append('dossierId', dossier.id);
    form.append('metadata', new Blob([JSON.stringify({ TypeName: 'Bản quét giấy tờ', Subject: file.name })], { type: 'application/json' }));
    const update = (patch) => {
      Object.assign(file, patch);
      this.done = { ...this.done };
    };
    for (let i = 0; i < 20; i++) {
      update({ state: 'sending', progress: 0, error: null });
      try {
        const kept = await upload('records', '/api/v1/documents', form, (p) => update({ progress: p }));
        update({ state: 'kept', progress: 1, kept });
        return;
      } catch (e) {
        // the archive learns of a new dossier from its event a moment after the 201: wait for it, then send again
        if (e.status === 404 || e.unreachable) {
          update({ state: 'waiting' });
          await new Promise((r) => setTimeout(r, Math.min(500 * (i + 1), 3000)));
          continue;
        }
        update({ state: 'refused', error: e });
        return;
      }
    }
    update({ state: 'refused', error: { title: 'Kho lưu trữ chưa nhận hồ sơ', detail: 'Hãy tải lại tệp sau.' } });
  }

  fieldError(name) {
    return this.error instanceof ApiError ? this.error.fieldMessage(name) : '';
  }

  input(id, label, path, { type = 'text', required = false, autocomplete, inputmode, hint } = {}) {
    const value = path.split('.').reduce((o, k) => o[k], this.form);
    const message = this.fieldError(path.split('.').pop());
    return html`
      <div class="field">
        <label for=${id}>${label}${required ? html` <span aria-hidden="true" class="req">*</span>` : ''}</label>
        <input id=${id} type=${type} .value=${value || ''} ?required=${required} autocomplete=${autocomplete || 'off'}
          inputmode=${inputmode || 'text'} aria-invalid=${message ? 'true' : 'false'}
          aria-describedby=${message ? `${id}-error` : hint ? `${id}-hint` : ''}
          @input=${(e) => this.set(path, e.target.value)}>
        ${hint && !message ? html`<small id="${id}-hint" class="muted">${hint}</small>` : ''}
        ${message ? html`<small id="${id}-error" class="error">${message}</small>` : ''}
      </div>`;
  }

  render() {
    return html`
      <h1>Tiếp nhận hồ sơ</h1>
      ${this.done ? this.renderDone() : ''}
      <form class="intake" @submit=${this.submit} novalidate>
        ${this.renderProcedure()}
        ${this.procedure ? this.renderPapers() : ''}
        ${this.procedure ? this.renderApplicant() : ''}
        ${this.procedure ? this.renderScans() : ''}
        <problem-box .error=${this.error} tabindex="-1"></problem-box>
        ${this.procedure ? html`
          <div class="actions">
            <button class="primary" type="submit" ?disabled=${this.busy}>${this.busy ? 'Đang gửi…' : 'Tiếp nhận hồ sơ'}</button>
            <button type="button" @click=${this.reset}>Nhập lại từ đầu</button>
          </div>` : ''}
      </form>`;
  }

  async reset() {
    await drafts.clear(this.draftKey);
    this.form = emptyForm(this.user.unit);
    this.procedure = null;
    this.files = [];
    this.error = null;
  }

  renderProcedure() {
    const p = this.procedure;
    return html`
      <fieldset class="card">
        <legend>1. Thủ tục hành chính</legend>
        <label for="procedure-search">Tìm thủ tục (gõ không dấu được, hoặc mã thủ tục)</label>
        <input id="procedure-search" type="search" .value=${this.query} placeholder="ví dụ: dang ky khai sinh"
          autocomplete="off" aria-controls="procedure-results" @input=${(e) => this.search(e.target.value)}>
        <div id="procedure-results" aria-live="polite">
          ${this.searching ? html`<p class="muted">Đang tìm…</p>` : ''}
          ${this.found.length ? html`<ul class="choices">${this.found.map((x) => html`
            <li><button type="button" class="choice" @click=${() => this.choose(x.code)}>
              <strong>${x.name}</strong><span class="muted">${x.code} · ${x.field || ''}${x.receivable ? '' : ' · chưa tiếp nhận được'}</span>
            </button></li>`)}</ul>` : this.query.length >= 2 && !this.searching ? html`<p class="muted">Không tìm thấy thủ tục.</p>` : ''}
        </div>
        ${p ? html`
          <div class="chosen" data-testid="procedure">
            <p><strong>${p.name}</strong> <span class="muted">(${p.code}, ${p.field || 'chưa rõ lĩnh vực'})</span></p>
            <p>Thời hạn giải quyết: ${p.legalTimeText || (p.legalTime ? `${p.legalTime.amount} ${p.legalTime.unit === 'WORKING_DAYS' ? 'ngày làm việc' : p.legalTime.unit === 'WORKING_HOURS' ? 'giờ làm việc' : p.legalTime.unit === 'CALENDAR_DAYS' ? 'ngày' : ''}` : 'Chưa công bố thời hạn')}
              ${p.fee ? html` · Phí, lệ phí: ${p.fee}` : ''}</p>
            ${p.verificationNote ? html`<p class="muted">${p.verificationNote}</p>` : ''}
            ${!p.legalTime ? html`
              <div class="row">
                ${this.input('legal-amount', 'Thời hạn theo văn bản công bố', 'legalTime.amount', { type: 'number', inputmode: 'numeric' })}
                <div class="field"><label for="legal-unit">Đơn vị thời hạn</label>
                  <select id="legal-unit" @change=${(e) => this.set('legalTime.unit', e.target.value)}>
                    ${[['WORKING_DAYS', 'ngày làm việc'], ['WORKING_HOURS', 'giờ làm việc'], ['CALENDAR_DAYS', 'ngày'], ['SAME_DAY', 'trong ngày']].map(([v, t]) => html`<option value=${v} ?selected=${this.form.legalTime.unit === v}>${t}</option>`)}
                  </select></div>
                ${this.input('legal-basis', 'Văn bản công bố', 'legalTimeBasis')}
              </div>` : ''}
          </div>` : ''}
      </fieldset>`;
  }

  renderPapers() {
    const docs = this.procedure.requiredDocuments || [];
    return html`
      <fieldset class="card">
        <legend>2. Thành phần hồ sơ</legend>
        ${docs.length ? '' : html`<p class="muted">Danh mục chưa liệt kê thành phần hồ sơ của thủ tục này.</p>`}
        <ul class="papers">
          ${docs.map((d, i) => d.applicantProvides ? html`
            <li>
              <input type="checkbox" id="paper-${i}" .checked=${!!(this.form.papers[d.name] && this.form.papers[d.name].received)}
                @change=${(e) => this.set('papers', { ...this.form.papers, [d.name]: { ...(this.form.papers[d.name] || { pages: 1 }), received: e.target.checked } })}>
              <label for="paper-${i}">${d.name}${d.conditional ? html` <em>(nếu có)</em>` : ''}</label>
              <label class="pages"><span class="sr-only">Số trang của ${d.name}</span>
                <input type="number" min="1" inputmode="numeric" .value=${String((this.form.papers[d.name] || {}).pages || 1)}
                  @input=${(e) => this.set('papers', { ...this.form.papers, [d.name]: { ...(this.form.papers[d.name] || {}), pages: e.target.value } })}> trang</label>
            </li>` : html`
            <li class="fetched" data-testid="fetched-paper">
              <span class="badge ok">Lấy từ CSDL</span> ${d.name}
              <span class="muted">— ${d.replacedBy.map(registry).join(', ')}; không yêu cầu người dân nộp</span>
            </li>`)}
        </ul>
      </fieldset>`;
  }

  renderApplicant() {
    const mine = this.user.units;
    return html`
      <fieldset class="card">
        <legend>3. Người nộp hồ sơ</legend>
        <div class="row">
          ${this.input('fullName', 'Họ và tên', 'applicant.fullName', { required: true, autocomplete: 'name' })}
          ${this.input('citizenId', 'Số định danh cá nhân', 'applicant.citizenId', { inputmode: 'numeric', hint: '12 chữ số trên căn cước' })}
          ${this.input('dateOfBirth', 'Ngày sinh', 'applicant.dateOfBirth', { inputmode: 'numeric', hint: 'ngày/tháng/năm, ví dụ 12/05/1990' })}
        </div>
        <div class="row">
          ${this.input('email', 'Thư điện tử', 'applicant.email', { type: 'email', autocomplete: 'email' })}
          ${this.input('phone', 'Số điện thoại', 'applicant.phone', { type: 'tel', autocomplete: 'tel', inputmode: 'tel' })}
        </div>
        <div class="row">
          <div class="field">
            <label for="receiving">Bộ phận một cửa tiếp nhận</label>
            <select id="receiving" @change=${(e) => this.set('receivingUnitCode', e.target.value)}>
              ${mine.map((u) => html`<option value=${u} ?selected=${u === this.form.receivingUnitCode}>${(this.allUnits.find((x) => x.code === u) || { name: u }).name}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="residence">Nơi cư trú của người nộp (mọi xã, phường trong tỉnh)</label>
            <select id="residence" aria-describedby="residence-hint" @change=${(e) => this.set('residenceUnitCode', e.target.value)}>
              <option value="">Theo CSDL quốc gia về dân cư</option>
              ${this.allUnits.map((u) => html`<option value=${u.code} ?selected=${u.code === this.form.residenceUnitCode}>${u.name}</option>`)}
            </select>
            <small id="residence-hint" class="muted">Hồ sơ được tiếp nhận không phụ thuộc địa giới hành chính.</small>
          </div>
        </div>
        ${this.procedure.competenceRule === 'LAND_COMMUNE' ? html`<div class="row">${this.input('land', 'Số Giấy chứng nhận quyền sử dụng đất', 'landCertificate')}</div>` : ''}
        ${this.procedure.field && /doanh nghiệp|kinh doanh/i.test(this.procedure.field) ? html`<div class="row">${this.input('taxCode', 'Mã số doanh nghiệp', 'businessTaxCode', { inputmode: 'numeric' })}</div>` : ''}
      </fieldset>`;
  }

  renderScans() {
    return html`
      <fieldset class="card">
        <legend>4. Bản quét giấy tờ</legend>
        <div class="drop" @dragover=${(e) => { e.preventDefault(); e.currentTarget.classList.add('over'); }}
          @dragleave=${(e) => e.currentTarget.classList.remove('over')}
          @drop=${(e) => { e.preventDefault(); e.currentTarget.classList.remove('over'); this.addFiles(e.dataTransfer.files); }}>
          <p>Kéo thả tệp vào đây, hoặc</p>
          <label class="button" for="scan-files">Chọn tệp</label>
          <input id="scan-files" class="sr-only" type="file" multiple accept="application/pdf,image/png,image/jpeg,image/tiff"
            @change=${(e) => { this.addFiles(e.target.files); e.target.value = ''; }}>
          <p class="muted">PDF, PNG, TIFF, JPEG; tối đa 50 MB mỗi tệp. Tệp được lưu vào kho lưu trữ sau khi tiếp nhận.</p>
        </div>
        ${this.files.length ? html`<ul class="files">${this.files.map((f, i) => html`
          <li>${f.name} <span class="muted">(${Math.round(f.blob.size / 1024)} kB)</span>
            <button type="button" class="link" @click=${() => this.removeFile(i)}>Bỏ<span class="sr-only"> tệp ${f.name}</span></button></li>`)}</ul>` : ''}
      </fieldset>`;
  }

  renderDone() {
    const { dossier, assignment, files } = this.done;
    return html`
      <section class="card done" aria-live="polite" data-testid="receipt">
        <h2>Đã tiếp nhận hồ sơ</h2>
        <dl class="facts">
          <dt>Mã số hồ sơ</dt><dd><strong data-testid="dossier-code">${dossier.code}</strong></dd>
          <dt>Ngày hẹn trả kết quả</dt><dd data-testid="due">${dossier.dueAt ? dateTime(dossier.dueAt) : 'Chưa xác định'}${dossier.dueAtProvisional ? ' (tạm tính)' : ''}</dd>
          ${dossier.deadlineNote ? html`<dt>Ghi chú</dt><dd>${dossier.deadlineNote}</dd>` : ''}
          <dt>Đơn vị giải quyết</dt><dd data-testid="processing-unit">${assignment ? html`<unit-name code=${assignment.processingUnitCode}></unit-name>${assignment.reasonText ? html` <span class="muted">— ${assignment.reasonText}</span>` : ''}` : html`<span class="muted">Đang phân công…</span>`}</dd>
          <dt>Giấy tờ lấy từ CSDL</dt><dd>${dossier.documents.filter((d) => d.source === 'DATABASE').map((d) => html`<div>${d.name}: ${d.status === 'FETCHED' ? 'đã lấy' : 'đang chờ CSDL trả lời'}</div>`)}
            ${dossier.documents.some((d) => d.source === 'DATABASE') ? '' : '—'}</dd>
        </dl>
        ${files.length ? html`<ul class="files">${files.map((f) => html`
          <li>${f.name}: ${f.state === 'kept' ? html`<span class="badge ok">Đã lưu</span> <span class="muted">${f.kept.detectedFormat || ''}${f.kept.pdfA ? ` (PDF/A-${f.kept.pdfA})` : ''}${f.kept.pageCount ? `, ${f.kept.pageCount} trang` : ''}</span>`
            : f.state === 'refused' ? html`<span class="badge late">Không nhận</span> ${f.error.title}${f.error.detail ? ` — ${f.error.detail}` : ''}`
            : f.state === 'sending' ? html`<progress max="1" .value=${f.progress || 0} aria-label="Tiến độ tải ${f.name}"></progress>`
            : html`<span class="muted">Đang chờ kho lưu trữ…</span>`}</li>`)}</ul>` : ''}
        <div class="actions">
          <button class="primary" type="button" @click=${() => openPdf('intake', `/api/v1/dossiers/${dossier.id}/receipt`).catch((e) => (this.error = e))}>In giấy tiếp nhận (Mẫu 01)</button>
          <a class="button" href="#/ho-so/${dossier.id}">Xem hồ sơ</a>
          <button type="button" @click=${() => (this.done = null)}>Tiếp nhận hồ sơ mới</button>
        </div>
        <p class="muted">Tiếp nhận lúc ${dateTime(dossier.submittedAt)} · hẹn trả ngày ${date(dossier.dueAt)}</p>
      </section>`;
  }
}
customElements.define('desk-intake', DeskIntake);
