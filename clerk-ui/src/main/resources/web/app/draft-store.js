// A half-filled form survives a reload: its fields in this tab's sessionStorage, its attached scans in IndexedDB.
// Both hold personal data: they are wiped at sign-out (clearAll), and the fields do not outlive the tab.
const DB = 'motcua-drafts';

function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('files');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function tx(mode, work) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const t = db.transaction('files', mode);
    const result = work(t.objectStore('files'));
    t.oncomplete = () => {
      db.close();
      resolve(result.result !== undefined ? result.result : undefined);
    };
    t.onerror = () => {
      db.close();
      reject(t.error);
    };
  });
}

export const drafts = {
  load(key) {
    try {
      return JSON.parse(sessionStorage.getItem(key) || 'null');
    } catch (e) {
      return null;
    }
  },
  save(key, value) {
    sessionStorage.setItem(key, JSON.stringify(value));
  },
  clear(key) {
    sessionStorage.removeItem(key);
    return tx('readwrite', (s) => s.delete(key)).catch(() => {});
  },
  /** The attached files ([{name, type, blob}]) of a draft. */
  loadFiles(key) {
    return tx('readonly', (s) => s.get(key)).then((v) => v || []).catch(() => []);
  },
  /** Every draft of this browser (at sign-out: the next user of a shared desk computer sees none). */
  clearAll() {
    Object.keys(sessionStorage).filter((k) => k.startsWith('motcua.draft.')).forEach((k) => sessionStorage.removeItem(k));
    return new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(DB);
      request.onsuccess = request.onerror = request.onblocked = () => resolve();
    });
  },
  saveFiles(key, files) {
    return tx('readwrite', (s) => s.put(files, key)).catch(() => {});
  },
};
