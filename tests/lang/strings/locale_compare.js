// localeCompare as node's ICU root collation orders ASCII and accented
// Latin text: punctuation, digits, letters; case and accents last.
const words = ["banana", "Apple", "apple", "cherry", "_x", "10", "9", "a b", "a-b", "ab", "Zebra", "zebra", "éclair", "eclair", "Eclair"];
console.log([...words].sort((a, b) => a.localeCompare(b)));
console.log("a".localeCompare("b"), "b".localeCompare("a"), "a".localeCompare("a"), "a".localeCompare("A"), "A".localeCompare("a"));
console.log("resume".localeCompare("résumé"), "é".localeCompare("f"), "a1".localeCompare("a:"), "item10".localeCompare("item9"));
console.log("é".localeCompare("e\u0301"), "".localeCompare("a"), "a".localeCompare(""), "\t".localeCompare(" "));
const cs = [];
for (let i = 32; i < 127; i++) cs.push(String.fromCharCode(i));
console.log(cs.sort((a, b) => a.localeCompare(b)).join(""));
// expect: [
// expect:   '_x',     '10',     '9',
// expect:   'a b',    'a-b',    'ab',
// expect:   'apple',  'Apple',  'banana',
// expect:   'cherry', 'eclair', 'Eclair',
// expect:   'éclair', 'zebra',  'Zebra'
// expect: ]
// expect: -1 1 0 -1 1
// expect: -1 -1 1 -1
// expect: 0 -1 1 -1
// expect:  _-,;:!?.'"()[]{}@*/\&#%`^+<=>|~$0123456789aAbBcCdDeEfFgGhHiIjJkKlLmMnNoOpPqQrRsStTuUvVwWxXyYzZ
