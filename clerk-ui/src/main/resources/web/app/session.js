// Who is signed in: the bearer token (kept for this browser tab only) and what it says of its holder.
import { drafts } from './draft-store.js';
const KEY = 'motcua.token';
const listeners = new Set();

function decode(token) {
  try {
    const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = decodeURIComponent(
      atob(part)
        .split('')
        .map((c) => '%' + c.charCodeAt(0).toString(16).padStart(2, '0'))
        .join('')
    );
    return JSON.parse(json);
  } catch (e) {
    return null;
  }
}

export const ROLE_NAMES = {
  clerk: 'Cán bộ một cửa',
  officer: 'Cán bộ xử lý',
  leader: 'Lãnh đạo đơn vị',
  'province-admin': 'Quản trị cấp tỉnh',
  auditor: 'Kiểm tra, thanh tra',
  integration: 'Hệ thống tích hợp',
};

export const session = {
  token() {
    const token = sessionStorage.getItem(KEY);
    const claims = token && decode(token);
    if (!claims || (claims.exp && claims.exp * 1000 < Date.now())) return null;
    return token;
  },

  /** The signed-in user, or null: name, role, units. */
  user() {
    const token = this.token();
    if (!token) return null;
    const claims = decode(token);
    const roles = claims.groups || (claims.realm_access && claims.realm_access.roles) || [];
    const role = Object.keys(ROLE_NAMES).find((r) => roles.includes(r)) || roles[0] || '';
    const units = Array.isArray(claims.unit) ? claims.unit : claims.unit ? [claims.unit] : [];
    return { name: claims.name || claims.preferred_username || claims.upn || claims.sub, role, units, unit: units[0] || null };
  },

  signIn(token) {
    sessionStorage.setItem(KEY, token);
    listeners.forEach((l) => l());
  },

  signOut() {
    sessionStorage.removeItem(KEY);
    drafts.clearAll();
    listeners.forEach((l) => l());
  },

  /** A 401 from a service: the token ran out or was refused. */
  expired() {
    // the form being filled stays: the same user signs in again and finds it
    if (sessionStorage.getItem(KEY)) {
      sessionStorage.removeItem(KEY);
      listeners.forEach((l) => l());
    }
  },

  onChange(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function discovery(issuer) {
  const response = await fetch(issuer.replace(/\/$/, '') + '/.well-known/openid-configuration');
  if (!response.ok) throw new Error('Không đọc được cấu hình của máy chủ đăng nhập');
  return response.json();
}

/** The OIDC authorization-code flow with PKCE (the app is a public client: no secret in the browser). */
export const oidc = {
  async start(config) {
    const provider = await discovery(config.issuer);
    const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
    const state = base64url(crypto.getRandomValues(new Uint8Array(16)));
    const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
    sessionStorage.setItem('motcua.pkce', JSON.stringify({ verifier, state, back: location.hash }));
    const target = new URL(provider.authorization_endpoint);
    target.search = new URLSearchParams({
      response_type: 'code',
      client_id: config.clientId,
      redirect_uri: location.origin + '/',
      scope: config.scope,
      code_challenge: challenge,
      code_challenge_method: 'S256',
      state,
    }).toString();
    location.assign(target.toString());
  },

  /** Back from the provider with ?code=...&state=...: exchanges the code for the token. */
  async finish(config) {
    const params = new URLSearchParams(location.search);
    const pending = JSON.parse(sessionStorage.getItem('motcua.pkce') || 'null');
    if (!params.has('code') || !pending) return false;
    sessionStorage.removeItem('motcua.pkce');
    history.replaceState(null, '', location.pathname + (pending.back || '#/'));
    if (params.get('state') !== pending.state) throw new Error('Phản hồi đăng nhập không hợp lệ (state)');
    const provider = await discovery(config.issuer);
    const response = await fetch(provider.token_endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: params.get('code'),
        redirect_uri: location.origin + '/',
        client_id: config.clientId,
        code_verifier: pending.verifier,
      }),
    });
    if (!response.ok) throw new Error('Máy chủ đăng nhập từ chối mã xác thực');
    session.signIn((await response.json()).access_token);
    return true;
  },
};
