// Dates: time values, the calendar, formats and conversions. stitch's
// local time zone is UTC (node's too under TZ=UTC, as the tests run it).
const epoch = new Date(0);
console.log(epoch.getTime(), epoch.valueOf()); // expect: 0 0
console.log(epoch.toISOString()); // expect: 1970-01-01T00:00:00.000Z
console.log(String(epoch)); // expect: Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)
console.log(epoch.toUTCString()); // expect: Thu, 01 Jan 1970 00:00:00 GMT
console.log(epoch.toDateString(), "|", epoch.toTimeString()); // expect: Thu Jan 01 1970 | 00:00:00 GMT+0000 (Coordinated Universal Time)
console.log(epoch); // expect: 1970-01-01T00:00:00.000Z
console.log([epoch, { when: epoch }]); // expect: [ 1970-01-01T00:00:00.000Z, { when: 1970-01-01T00:00:00.000Z } ]
console.log(JSON.stringify({ when: epoch })); // expect: {"when":"1970-01-01T00:00:00.000Z"}

const d = new Date(2024, 1, 29, 13, 45, 30, 250);
console.log(d.toISOString()); // expect: 2024-02-29T13:45:30.250Z
console.log(d.getFullYear(), d.getMonth(), d.getDate(), d.getDay()); // expect: 2024 1 29 4
console.log(d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()); // expect: 13 45 30 250
console.log(d.getUTCHours(), d.getTimezoneOffset()); // expect: 13 0
console.log(d.toLocaleDateString(), d.toLocaleTimeString()); // expect: 2/29/2024 1:45:30 PM
console.log(d.toLocaleString()); // expect: 2/29/2024, 1:45:30 PM

// Fields out of range carry into the next unit.
console.log(new Date(2023, 12, 1).toISOString()); // expect: 2024-01-01T00:00:00.000Z
console.log(new Date(2024, 0, 0).toISOString()); // expect: 2023-12-31T00:00:00.000Z
console.log(new Date(99, 0).getFullYear()); // expect: 1999
console.log(Date.UTC(2000, 0, 1)); // expect: 946684800000

// Setters return the new time value.
const s = new Date(0);
console.log(s.setFullYear(2001), s.setMonth(5, 15), s.setHours(25)); // expect: 978307200000 992563200000 992653200000
console.log(s.toISOString()); // expect: 2001-06-16T01:00:00.000Z
console.log(s.setTime(86400000), s.getDate()); // expect: 86400000 2

// Parsing the ISO format.
console.log(Date.parse("2020-06-15T12:30:00Z")); // expect: 1592224200000
console.log(Date.parse("2020-06-15T12:30:00.5+02:00")); // expect: 1592217000500
console.log(Date.parse("2020-06-15")); // expect: 1592179200000
console.log(new Date("1999-12-31T23:59:59.999Z").getUTCFullYear()); // expect: 1999
console.log(new Date(-1).toISOString()); // expect: 1969-12-31T23:59:59.999Z
console.log(new Date(8.64e15).toISOString()); // expect: +275760-09-13T00:00:00.000Z

// Invalid dates.
const bad = new Date(NaN);
console.log(bad.getTime(), String(bad), bad.getFullYear()); // expect: NaN Invalid Date NaN
console.log(bad); // expect: Invalid Date
console.log(JSON.stringify([bad])); // expect: [null]
console.log(new Date(8.64e15 + 1).getTime()); // expect: NaN
try {
  bad.toISOString();
} catch (e) {
  console.log(e instanceof RangeError, e.message); // expect: true Invalid time value
}
try {
  Date.prototype.getTime.call({});
} catch (e) {
  console.log(e.constructor.name, e.message); // expect: TypeError this is not a Date object.
}

// Conversions: a number for arithmetic and comparison, a string for `+`.
const a = new Date(1000);
const b = new Date(3500);
console.log(b - a, a < b, +a); // expect: 2500 true 1000
console.log(("" + a).slice(0, 15)); // expect: Thu Jan 01 1970
console.log(typeof Date(), typeof Date.now(), typeof new Date()); // expect: string number object
console.log(Object.prototype.toString.call(a), a instanceof Date); // expect: [object Date] true
console.log(new Date(a).getTime(), new Date(a) === a); // expect: 1000 false

// The clock moves forward.
const t0 = Date.now();
const p0 = performance.now();
let x = 0;
for (let i = 0; i < 100000; i++) x += i;
console.log(Date.now() >= t0, performance.now() >= p0, x); // expect: true true 4999950000
console.log(Math.abs(new Date().getTime() - Date.now()) < 1000); // expect: true

// A subclass.
class Stamp extends Date {
  label() {
    return "at " + this.toISOString();
  }
}
const st = new Stamp(0);
console.log(st.label(), st instanceof Date); // expect: at 1970-01-01T00:00:00.000Z true
console.log(st); // expect: Stamp 1970-01-01T00:00:00.000Z
