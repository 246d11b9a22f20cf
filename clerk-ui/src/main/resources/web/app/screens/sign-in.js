import { html } from 'lit';
import { LightElement } from '../light-element.js';
import { session, oidc, ROLE_NAMES } from '../session.js';
import '../parts/problem-box.js';

const UNIT_ROLES = ['clerk', 'officer', 'leader'];

/** Sign-in: locally a demo user (a real unit and role) from the gateway; in production the province's OIDC provider. */
class SignIn extends LightElement {
  static properties = { config: { attribute: false }, demo: { state: true }, role: { state: true }, unit: { state: true }, error: { state: true }, busy: { state: true } };

  constructor() {
    super();
    this.role = 'clerk';
    this.unit = '21025';
  }

  willUpdate(changed) {
    if (changed.has('config') && this.config && this.config.signIn === 'demo' && !this.demo) this.loadDemo();
  }

  async loadDemo() {
    try {
      const response = await fetch('/auth/demo-users');
      if (!response.ok) throw new Error();
      this.demo = await response.json();
      this.error = null;
    } catch (e) {
      this.error = { title: 'Không đọc được danh sách người dùng thử', detail: 'Cổng cục bộ chưa sẵn sàng; hãy thử lại.' };
    }
  }

  render() {
    if (!this.config) return html`<section class="card narrow"><h1>Đăng nhập</h1><p aria-live="polite">Đang tải…</p></section>`;
    if (this.config.signIn === 'oidc') {
      return html`
        <section class="card narrow">
          <h1>Đăng nhập</h1>
          <p>Đăng nhập bằng tài khoản do tỉnh cấp.</p>
          <button class="primary" ?disabled=${this.busy || !this.config.issuer} @click=${this.signInOidc}>Đăng nhập bằng tài khoản của tỉnh</button>
          <problem-box .error=${this.config.error ? { title: 'Không đăng nhập được', detail: this.config.error }
            : this.config.issuer ? this.error
            : { title: 'Chưa cấu hình máy chủ đăng nhập', detail: 'Quản trị hệ thống cần đặt MOTCUA_OIDC_ISSUER cho giao diện.' }}></problem-box>
          <p><a href="#/tra-cuu">Người dân tra cứu hồ sơ (không cần đăng nhập)</a></p>
        </section>`;
    }
    const needsUnit = UNIT_ROLES.includes(this.role);
    return html`
      <section class="card narrow">
        <h1>Đăng nhập</h1>
        <p class="muted">Môi trường thử nghiệm: chọn một người dùng mẫu (vai trò và đơn vị thật).</p>
        <form @submit=${this.signInDemo}>
          <label for="role">Vai trò</label>
          <select id="role" .value=${this.role} @change=${(e) => (this.role = e.target.value)}>
            ${Object.entries(ROLE_NAMES).filter(([r]) => r !== 'integration').map(([r, name]) => html`<option value=${r} ?selected=${r === this.role}>${name}</option>`)}
          </select>
          ${needsUnit ? html`
            <label for="unit">Đơn vị</label>
            <select id="unit" @change=${(e) => (this.unit = e.target.value)}>
              ${(this.demo ? this.demo.units : [{ code: this.unit, name: this.unit }]).map((u) => html`<option value=${u.code} ?selected=${u.code === this.unit}>${u.name} (${u.code})</option>`)}
            </select>` : html`<p class="muted">Vai trò cấp tỉnh: không gắn với đơn vị.</p>`}
          <button class="primary" type="submit" ?disabled=${this.busy || !this.demo}>Đăng nhập</button>
        </form>
        <problem-box .error=${this.error} .retry=${this.demo ? null : () => this.loadDemo()}></problem-box>
        <p><a href="#/tra-cuu">Người dân tra cứu hồ sơ (không cần đăng nhập)</a></p>
      </section>`;
  }

  async signInDemo(e) {
    e.preventDefault();
    this.busy = true;
    try {
      const response = await fetch('/auth/demo-token', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ role: this.role, unit: UNIT_ROLES.includes(this.role) ? this.unit : null }),
      });
      const body = await response.json();
      if (!response.ok) throw body;
      session.signIn(body.token);
    } catch (problem) {
      this.error = problem.title ? problem : { title: 'Không đăng nhập được', detail: 'Cổng cục bộ không phản hồi.' };
    } finally {
      this.busy = false;
    }
  }

  async signInOidc() {
    this.busy = true;
    try {
      await oidc.start(this.config);
    } catch (e) {
      this.error = { title: 'Không kết nối được máy chủ đăng nhập', detail: e.message };
      this.busy = false;
    }
  }
}
customElements.define('sign-in', SignIn);
