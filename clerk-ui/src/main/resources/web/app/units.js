// The province's units (96 communes and wards), read once per sign-in from intake-service.
import { get } from './api.js';
import { session } from './session.js';

let loading = null;
session.onChange(() => {
  loading = null;
});

/** All units, by code: { code: {code, name, shortName, ...} }. */
export function units() {
  if (!loading) {
    loading = get('intake', '/api/v1/units', { size: 200 })
      .then((page) => Object.fromEntries(page.items.map((u) => [u.code, u])))
      .catch((e) => {
        loading = null;
        throw e;
      });
  }
  return loading;
}
