// Annex B's Date.prototype.setYear: 0..99 means 1900 plus it; NaN makes an
// invalid date; an invalid date starts from 1970-01-01.
const d = new Date(Date.UTC(2020, 5, 15, 10, 30));
console.log(d.setYear(99), d.toISOString()); // expect: 929442600000 1999-06-15T10:30:00.000Z
console.log(d.setYear(2024.7), d.getFullYear(), d.getYear()); // expect: 1718447400000 2024 124
console.log(d.setYear(-5) < 0, d.getFullYear()); // expect: true -5
console.log(new Date(NaN).setYear(5), new Date(0).setYear("x")); // expect: -2051222400000 NaN
console.log(Date.prototype.setYear.length, Object.getOwnPropertyNames(Date.prototype).indexOf("setYear")); // expect: 1 42
