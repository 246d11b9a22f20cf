import { LitElement } from 'lit';

/**
 * The app's components render into the page itself (no shadow DOM): one stylesheet for all, and labels, landmarks and
 * tests see one document.
 */
export class LightElement extends LitElement {
  createRenderRoot() {
    return this;
  }
}
