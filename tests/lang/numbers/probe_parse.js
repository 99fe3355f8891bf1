var s = ['  42', '42px', '0x1A', '-0x1A', '0b11', '1e3', '.5', '-.5e-2', '', ' ', 'Infinity', '-Infinity', 'infinity', '+5', '--5', '1_000', '0.0000001', '123abc456', '\n\t12', '0o17', '99999999999999999999', '1.7976931348623159e308', '-0', '12.34.56'];
for (var x of s) console.log(JSON.stringify(x), parseInt(x), parseFloat(x), Number(x), parseInt(x, 16), parseInt(x, 2), parseInt(x, 36));
console.log(parseInt('10', 0), parseInt('10', 1), parseInt('10', 37), parseInt('z', 36), parseInt(null, 36), parseInt(undefined), parseInt(0.0000005), parseInt(1e21), parseInt('  -0'), 1/parseInt('-0'));
console.log(parseFloat('1e1000'), parseFloat('-1e-1000'), parseFloat('.e1'), parseFloat('1.e1'), Number('1.'), Number('.'), Number('0b2'), Number('  0x  '), Number(' \u00a0 7 \ufeff'));
console.log(isNaN('abc'), Number.isNaN('abc'), isFinite('12'), Number.isFinite('12'), Number.isInteger(5.0), Number.isSafeInteger(2**53), Number.parseFloat === parseFloat);

// expect: "  42" 42 42 42 66 NaN 146
// expect: "42px" 42 42 NaN 66 NaN 190149
// expect: "0x1A" 26 0 26 26 0 42814
// expect: "-0x1A" -26 -0 NaN -26 -0 -42814
// expect: "0b11" 0 0 3 2833 0 14293
// expect: "1e3" 1 1000 1000 483 1 1803
// expect: ".5" NaN 0.5 0.5 NaN NaN NaN
// expect: "-.5e-2" NaN -0.005 -0.005 NaN NaN NaN
// expect: "" NaN NaN 0 NaN NaN NaN
// expect: " " NaN NaN 0 NaN NaN NaN
// expect: "Infinity" NaN Infinity Infinity NaN NaN 1461559270678
// expect: "-Infinity" NaN -Infinity -Infinity NaN NaN -1461559270678
// expect: "infinity" NaN NaN NaN NaN NaN 1461559270678
// expect: "+5" 5 5 5 5 NaN 5
// expect: "--5" NaN NaN NaN NaN NaN NaN
// expect: "1_000" 1 1 NaN 1 1 1
// expect: "0.0000001" 0 1e-7 1e-7 0 0 0
// expect: "123abc456" 123 123 NaN 4893426774 1 2984992285434
// expect: "\n\t12" 12 12 12 18 1 38
// expect: "0o17" 0 0 15 0 0 31147
// expect: "99999999999999999999" 100000000000000000000 100000000000000000000 100000000000000000000 7.253554917687775e+23 NaN 3.4373557385598175e+30
// expect: "1.7976931348623159e308" 1 Infinity Infinity 1 1 1
// expect: "-0" -0 -0 -0 -0 -0 -0
// expect: "12.34.56" 12 12.34 NaN 18 1 38
// expect: 10 NaN NaN 35 1112745 NaN 5 1 -0 -Infinity
// expect: Infinity -0 NaN 10 1 NaN NaN NaN 7
// expect: true false true false true false true
