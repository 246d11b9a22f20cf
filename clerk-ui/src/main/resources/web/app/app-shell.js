import { html } from 'lit';
import { LightElement } from './light-element.js';
import { session, oidc, ROLE_NAMES } from './session.js';
import './screens/sign-in.js';
import './screens/desk-intake.js';
import './screens/work-queue.js';
import './screens/dossier-page.js';
import './screens/public-lookup.js';
import './screens/archive-search.js';
import './screens/congestion-dashboard.js';
import './screens/subject-export.js';

/** The screens, their addresses and who may open them (the APIs decide what each may do; this only builds the menu). */
const SCREENS = [
  { path: 'tiep-nhan', label: 'Tiếp nhận hồ sơ', roles: ['clerk'], render: () => html`<desk-intake></desk-intake>` },
  { path: 'hang-doi', label: 'Hồ sơ của đơn vị', roles: ['officer', 'leader'], render: () => html`<work-queue></work-queue>` },
  { path: 'dieu-phoi', label: 'Điều phối, chống ùn tắc', roles: ['leader', 'province-admin', 'auditor'], render: () => html`<congestion-dashboard></congestion-dashboard>` },
  { path: 'luu-tru', label: 'Tra cứu lưu trữ', roles: ['clerk', 'officer', 'leader', 'province-admin', 'auditor'], render: () => html`<archive-search></archive-search>` },
  { path: 'du-lieu-ca-nhan', label: 'Dữ liệu cá nhân', roles: ['province-admin'], render: () => html`<subject-export></subject-export>` },
];

class MotcuaApp extends LightElement {
  static properties = { route: { state: true }, config: { state: true }, units: { state: true } };

  constructor() {
    super();
    this.route = this.parse();
    this.config = null;
    this.units = {};
    window.addEventListener('hashchange', () => {
      this.route = this.parse();
      window.scrollTo(0, 0);
    });
    session.onChange(() => this.requestUpdate());
  }

  async connectedCallback() {
    super.connectedCallback();
    try {
      this.config = await (await fetch('/ui-config.json')).json();
    } catch (e) {
      this.config = { signIn: 'oidc', issuer: null, error: 'Không đọc được cấu hình của giao diện; hãy tải lại trang.' };
      return;
    }
    if (this.config.signIn === 'oidc') {
      try {
        // back from the province's provider with a code: exchange it, then show the screen asked for
        if (await oidc.finish(this.config)) this.route = this.parse();
      } catch (e) {
        this.config = { ...this.config, error: e.message };
      }
    }
  }

  parse() {
    const [path, ...rest] = location.hash.replace(/^#\/?/, '').split('/');
    return { path, rest: rest.map(decodeURIComponent) };
  }

  updated() {
    const main = this.querySelector('main');
    const heading = main && main.querySelector('h1');
    if (heading && this.lastHeading !== heading) {
      this.lastHeading = heading;
      heading.setAttribute('tabindex', '-1');
      if (this.navigated) heading.focus({ preventScroll: true });
      this.navigated = true;
    }
  }

  render() {
    const user = session.user();
    const { path, rest } = this.route;
    let content;
    if (path === 'tra-cuu') {
      content = html`<public-lookup .code=${rest[0] || ''}></public-lookup>`;
    } else if (!user) {
      content = html`<sign-in .config=${this.config}></sign-in>`;
    } else if (path === 'ho-so' && rest[0]) {
      content = html`<dossier-page .dossierId=${rest[0]}></dossier-page>`;
    } else {
      const mine = SCREENS.filter((s) => s.roles.includes(user.role));
      const screen = mine.find((s) => s.path === path) || mine[0];
      content = screen ? screen.render() : html`<section class="card"><h1>Không có màn hình cho vai trò này</h1></section>`;
    }
    return html`
      <a class="skip" href="#noi-dung" @click=${this.skip}>Bỏ qua, đến nội dung chính</a>
      <header class="top">
        <a class="brand" href="#/"><span aria-hidden="true">★</span> Một cửa Quảng Ngãi</a>
        ${user ? this.nav(user, path) : html`<nav aria-label="Chính"><ul><li><a href="#/tra-cuu" aria-current=${path === 'tra-cuu' ? 'page' : 'false'}>Tra cứu hồ sơ</a></li></ul></nav>`}
      </header>
      <main id="noi-dung">${content}</main>
      <footer class="foot">Ủy ban nhân dân tỉnh Quảng Ngãi · Hệ thống giải quyết thủ tục hành chính một cửa</footer>
    `;
  }

  nav(user, path) {
    const mine = SCREENS.filter((s) => s.roles.includes(user.role));
    const current = mine.find((s) => s.path === path) || (path === 'ho-so' ? null : mine[0]);
    return html`
      <nav aria-label="Chính">
        <ul>
          ${mine.map((s) => html`<li><a href="#/${s.path}" aria-current=${current === s ? 'page' : 'false'}>${s.label}</a></li>`)}
          <li><a href="#/tra-cuu">Tra cứu công khai</a></li>
        </ul>
      </nav>
      <div class="who" data-testid="who">
        <span class="name">${user.name}</span>
        <span class="role">${ROLE_NAMES[user.role] || user.role}${user.unit ? html` · <unit-name code=${user.unit}></unit-name>` : ' · Toàn tỉnh'}</span>
        <button class="link" @click=${() => { session.signOut(); location.hash = '#/'; }}>Đăng xuất</button>
      </div>
    `;
  }

  skip(e) {
    e.preventDefault();
    const heading = this.querySelector('main h1');
    if (heading) heading.focus();
  }
}
customElements.define('motcua-app', MotcuaApp);
