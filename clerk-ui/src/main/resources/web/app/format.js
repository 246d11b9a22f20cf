// How people read dates, times and states: dd/MM/yyyy, times in Asia/Ho_Chi_Minh, Vietnamese names.
const ZONE = 'Asia/Ho_Chi_Minh';
const dateFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hour12: false });

/** dd/MM/yyyy in the province's time zone. */
export function date(instant) {
  if (!instant) return '—';
  const parts = Object.fromEntries(dateFormat.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year}`;
}

/** HH:mm dd/MM/yyyy in the province's time zone. */
export function dateTime(instant) {
  if (!instant) return '—';
  return `${timeFormat.format(new Date(instant))} ${date(instant)}`;
}

/** A plain date (yyyy-MM-dd, no time zone) as dd/MM/yyyy. */
export function localDate(text) {
  if (!text) return '—';
  const [y, m, d] = text.split('-');
  return `${d}/${m}/${y}`;
}

/** Today in the province, as yyyy-MM-dd. */
function today() {
  const parts = Object.fromEntries(dateFormat.formatToParts(new Date()).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
export const number = (n) => (n === null || n === undefined ? '—' : numberFormat.format(n));

/** Working hours left as people say it: "2 ngày 3 giờ làm việc" (8 working hours a day), or "quá hạn ...". */
export function workingTimeLeft(hours) {
  if (hours === null || hours === undefined) return '—';
  const late = hours < 0;
  const h = Math.abs(hours);
  const days = Math.floor(h / 8);
  const rest = Math.round((h - days * 8) * 10) / 10;
  const text = [days ? `${days} ngày` : '', rest ? `${numberFormat.format(rest)} giờ` : ''].filter(Boolean).join(' ') || '0 giờ';
  return late ? `quá hạn ${text}` : `còn ${text} làm việc`;
}

const STATUS = {
  RECEIVED: 'Đã tiếp nhận',
  QUEUED: 'Chờ xử lý',
  ASSIGNED: 'Đã phân công',
  IN_PROGRESS: 'Đang xử lý',
  SUPPLEMENTATION_REQUESTED: 'Chờ bổ sung',
  SUPPLEMENTED: 'Đã bổ sung',
  DECIDED: 'Đã có kết quả',
  RESOLVED: 'Đã giải quyết',
  APPROVED: 'Đã giải quyết',
  REFUSED: 'Từ chối giải quyết',
  RESULT_RETURNED: 'Đã trả kết quả',
  RETURNED: 'Đã trả kết quả',
  WITHDRAWN: 'Đã rút hồ sơ',
  TRANSFERRED: 'Đã chuyển đơn vị',
};
export const status = (s) => STATUS[s] || s || '—';

const RISK = {
  ON_TRACK: { text: 'Trong hạn', cls: 'ok' },
  AT_RISK: { text: 'Có nguy cơ trễ hạn', cls: 'warn' },
  OVERDUE: { text: 'Quá hạn', cls: 'late' },
  UNKNOWN: { text: 'Chưa xác định', cls: 'none' },
};
export const risk = (r) => RISK[r] || RISK.UNKNOWN;


/** A date as people type it (dd/mm/yyyy) → yyyy-MM-dd for the API; anything else goes as typed, for the API to judge. */
export function isoDate(text) {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text || '');
  return m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : (text || '').trim() || null;
}

/** Today in the province as people write it: dd/MM/yyyy. */
export const todayText = () => localDate(today());

const REGISTRIES = {
  POPULATION: 'CSDL quốc gia về dân cư',
  CIVIL_STATUS: 'CSDL hộ tịch điện tử',
  LAND: 'CSDL đất đai',
  SOCIAL_INSURANCE: 'CSDL bảo hiểm',
  BUSINESS: 'CSDL đăng ký doanh nghiệp',
  CRIMINAL_RECORD: 'CSDL lý lịch tư pháp',
  VEHICLE: 'CSDL đăng ký phương tiện',
};
/** A national database's name for people, from the code the APIs give. */
export const registry = (code) => REGISTRIES[code] || code || '';
