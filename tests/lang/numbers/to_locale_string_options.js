// Number.prototype.toLocaleString with a locale and NumberFormat options:
// fraction, significant and integer digits, grouping, sign display, the
// percent and currency styles, and the separators of common locales.
var t = (x, l, o) => {
  try {
    // A no-break space shows as `_`.
    return JSON.stringify(x.toLocaleString(l, o).replace(/\u00a0/g, "_"));
  } catch (e) {
    return e.name + ": " + e.message;
  }
};
console.log(t(1234.5, "en-US", { style: "currency", currency: "USD" }), t(-5, "en-US", { style: "currency", currency: "EUR" })); // expect: "$1,234.50" "-€5.00"
console.log(t(1234.5, "en-US", { style: "currency", currency: "JPY" }), t(1234.5, "en-US", { style: "currency", currency: "CHF" })); // expect: "¥1,235" "CHF_1,234.50"
console.log(t(1.005, undefined, { maximumFractionDigits: 2 }), t(1234.5678, undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 })); // expect: "1.01" "1,234.57"
console.log(t(0.07, "en-US", { style: "percent" }), t(0.5, "en-US", { style: "percent", minimumFractionDigits: 1 })); // expect: "7%" "50.0%"
console.log(t(123.456, "en", { maximumSignificantDigits: 2 }), t(1.5, "en", { minimumSignificantDigits: 4 }), t(5, "en", { minimumIntegerDigits: 3 })); // expect: "120" "1.500" "005"
console.log(t(1234.5, "en", { useGrouping: false }), t(-0.4, "en", { maximumFractionDigits: 0 }), t(1234.5, "en", { signDisplay: "always" })); // expect: "1234.5" "-0" "+1,234.5"
console.log(t(-5, "en-US", { style: "currency", currency: "USD", currencySign: "accounting" })); // expect: "($5.00)"
console.log(t(1234567.891, "de-DE"), t(1234.5, "de-DE", { style: "currency", currency: "EUR" })); // expect: "1.234.567,891" "1.234,50_€"
console.log(t(1234567.5, "en-IN"), t(1234, "es"), t(12345, "es")); // expect: "12,34,567.5" "1234" "12.345"
console.log(t(1, "en", { maximumFractionDigits: 200 })); // expect: RangeError: maximumFractionDigits value is out of range.
console.log(t(1, "en", { minimumFractionDigits: 3, maximumFractionDigits: 1 })); // expect: RangeError: maximumFractionDigits value is out of range.
console.log(t(1, "en", { style: "currency" })); // expect: TypeError: Currency code is required with currency style.
console.log(t(1, "en", { style: "bogus" })); // expect: RangeError: Value bogus out of range for Number.prototype.toLocaleString options property style
console.log(t(1, "en", { style: "currency", currency: "XY" })); // expect: RangeError: Invalid currency code : XY
