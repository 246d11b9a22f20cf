// A half-filled form survives a reload: its fields in localStorage, its attached scans in IndexedDB.
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
    t.oncomplete = () => resolve(result.result !== undefined ? result.result : undefined);
    t.onerror = () => reject(t.error);
  });
}

export const drafts = {
  load(key) {
    try {
      return JSON.parse(localStorage.getItem(key) || 'null');
    } catch (e) {
      return null;
    }
  },
  save(key, value) {
    localStorage.setItem(key, JSON.stringify(value));
  },
  clear(key) {
    localStorage.removeItem(key);
    return tx('readwrite', (s) => s.delete(key)).catch(() => {});
  },
  /** The attached files ([{name, type, blob}]) of a draft. */
  loadFiles(key) {
    return tx('readonly', (s) => s.get(key)).then((v) => v || []).catch(() => []);
  },
  saveFiles(key, files) {
    return tx('readwrite', (s) => s.put(files, key)).catch(() => {});
  },
};
