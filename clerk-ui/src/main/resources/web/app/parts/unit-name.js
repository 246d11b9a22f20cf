import { html } from 'lit';
import { LightElement } from '../light-element.js';
import { units } from '../units.js';

/** A unit's official name for its code (the code itself until the names are read). */
class UnitName extends LightElement {
  static properties = { code: {}, name: { state: true } };

  willUpdate(changed) {
    if (changed.has('code') && this.code) {
      units()
        .then((all) => {
          this.name = all[this.code] ? all[this.code].name : null;
        })
        .catch(() => {});
    }
  }

  render() {
    return html`${this.name || this.code || '—'}`;
  }
}
customElements.define('unit-name', UnitName);
