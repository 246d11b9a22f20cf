import { html } from 'lit';
import { LightElement } from '../light-element.js';
import { get } from '../api.js';
import { dateTime } from '../format.js';
import '../parts/problem-box.js';

/**
 * Public lookup (Tra cứu hồ sơ), no sign-in: a citizen types the dossier code or scans the receipt's QR code (its
 * text begins with the code) and sees the status and the appointment — no personal data.
 */
class PublicLookup extends LightElement {
  static properties = { code: {}, result: { state: true }, error: { state: true }, busy: { state: true }, scanning: { state: true } };

  willUpdate(changed) {
    if (changed.has('code') && this.code) this.lookup(this.code);
  }

  submit(e) {
    e.preventDefault();
    const text = new FormData(e.target).get('code');
    location.hash = `#/tra-cuu/${encodeURIComponent(text.split('|')[0].trim())}`;
  }

  async lookup(text) {
    const code = text.split('|')[0].trim();
    this.busy = true;
    try {
      this.result = await get('intake', `/api/v1/public/dossiers/${encodeURIComponent(code)}`);
      this.error = null;
    } catch (e) {
      this.result = null;
      this.error = e;
    } finally {
      this.busy = false;
    }
  }

  /** The phone's camera reads the QR code where the browser can (BarcodeDetector). */
  async scan() {
    this.scanning = true;
    await this.updateComplete;
    const video = this.querySelector('video');
    try {
      const media = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
      video.srcObject = media;
      await video.play();
      const detector = new window.BarcodeDetector({ formats: ['qr_code'] });
      while (this.scanning) {
        const codes = await detector.detect(video);
        if (codes.length) {
          location.hash = `#/tra-cuu/${encodeURIComponent(codes[0].rawValue.split('|')[0].trim())}`;
          break;
        }
        await new Promise((r) => setTimeout(r, 300));
      }
      media.getTracks().forEach((t) => t.stop());
    } catch (e) {
      this.error = { title: 'Không mở được máy ảnh', detail: 'Hãy nhập mã số hồ sơ in trên giấy tiếp nhận.' };
    }
    this.scanning = false;
  }

  render() {
    const r = this.result;
    return html`
      <section class="card narrow">
        <h1>Tra cứu hồ sơ</h1>
        <form @submit=${this.submit}>
          <label for="lookup-code">Mã số hồ sơ (in trên giấy tiếp nhận)</label>
          <input id="lookup-code" name="code" .value=${this.code || ''} required autocomplete="off" inputmode="text"
            placeholder="ví dụ: 21025-261207-0001">
          <div class="actions">
            <button class="primary" type="submit" ?disabled=${this.busy}>Tra cứu</button>
            ${'BarcodeDetector' in window ? html`<button type="button" @click=${this.scan}>Quét mã QR</button>` : ''}
          </div>
        </form>
        ${this.scanning ? html`<video muted playsinline aria-label="Hình ảnh máy ảnh để quét mã QR"></video>
          <button type="button" @click=${() => (this.scanning = false)}>Dừng quét</button>` : ''}
        <problem-box .error=${this.error}></problem-box>
        ${r ? html`
          <dl class="facts" data-testid="public-status" aria-live="polite">
            <dt>Mã số hồ sơ</dt><dd>${r.code}</dd>
            <dt>Thủ tục</dt><dd>${r.procedureName}</dd>
            <dt>Tình trạng</dt><dd><strong>${r.statusText}</strong></dd>
            <dt>Nơi tiếp nhận</dt><dd>${r.receivingUnit}</dd>
            <dt>Ngày tiếp nhận</dt><dd>${dateTime(r.receivedAt)}</dd>
            <dt>Ngày hẹn trả kết quả</dt><dd>${r.dueAt ? dateTime(r.dueAt) : 'Chưa xác định'}${r.dueAtProvisional ? ' (tạm tính)' : ''}</dd>
          </dl>` : ''}
      </section>`;
  }
}
customElements.define('public-lookup', PublicLookup);
