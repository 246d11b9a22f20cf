import { html } from 'lit';
import { LightElement } from '../light-element.js';

/** The service's answer to a refused or failed request, in its own Vietnamese words (problem+json). */
class ProblemBox extends LightElement {
  static properties = { error: { attribute: false }, retry: { attribute: false } };

  render() {
    const e = this.error;
    if (!e) return html``;
    return html`
      <div class="problem" role="alert">
        <strong>${e.title || 'Có lỗi xảy ra'}</strong>
        ${e.detail && e.detail !== e.title ? html`<p>${e.detail}</p>` : ''}
        ${e.errors && e.errors.length ? html`<ul>${e.errors.map((f) => html`<li>${f.field ? html`<code>${f.field}</code>: ` : ''}${f.message}</li>`)}</ul>` : ''}
        ${this.retry ? html`<button type="button" @click=${this.retry}>Thử lại</button>` : ''}
      </div>
    `;
  }
}
customElements.define('problem-box', ProblemBox);
