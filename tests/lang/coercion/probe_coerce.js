var vals = [0, -0, 1, NaN, Infinity, '', '0', '1', ' 1 ', 'a', null, undefined, true, false, [], [0], [1,2], {}, '\t\n', '0x10', '1e3'];
var names = ['0','-0','1','NaN','Inf',"''","'0'","'1'","' 1 '","'a'",'null','undef','true','false','[]','[0]','[1,2]','{}','ws','hex','1e3'];
for (var i = 0; i < vals.length; i++) {
  var row = '';
  for (var j = 0; j < vals.length; j++) row += (vals[i] == vals[j]) ? '1' : '.';
  console.log(names[i].padEnd(6), row);
}
for (var i = 0; i < vals.length; i++) {
  var v = vals[i];
  console.log(names[i], Number(v), String(v), Boolean(v), typeof v, +v, v + '', v + 1, v - 1, v * 2, !v, ~v, v | 0, v >>> 0);
}
console.log([] + [], [] + {}, ({}) + [], 1 + null, 1 + undefined, '3' * '4', '3' - - '4', true + true, [] == ![], null >= 0, null > 0, null == 0, undefined == null, NaN != NaN);
console.log([1] == 1, [1,2] == '1,2', {} == '[object Object]', new String('a') == 'a', new String('a') === 'a', new Number(1) == new Number(1));
console.log('10' < '9', 10 < '9', 'a' < 'b', 'B' < 'a', 'abc' < 'abd', '' < 'a', null < 1, undefined < 1, [2] > 1, '1e1' == 10);

// expect: 0      11...11......111..1..
// expect: -0     11...11......111..1..
// expect: 1      ..1....11...1........
// expect: NaN    .....................
// expect: Inf    ....1................
// expect: ''     11...1.......11......
// expect: '0'    11....1......1.1.....
// expect: '1'    ..1....1....1........
// expect: ' 1 '  ..1.....1...1........
// expect: 'a'    .........1...........
// expect: null   ..........11.........
// expect: undef  ..........11.........
// expect: true   ..1....11...1........
// expect: false  11...11......111..1..
// expect: []     11...1.......11......
// expect: [0]    11....1......1.1.....
// expect: [1,2]  ................1....
// expect: {}     .................1...
// expect: ws     11...........1....1..
// expect: hex    ...................1.
// expect: 1e3    ....................1
// expect: 0 0 0 false number 0 0 1 -1 0 true -1 0 0
// expect: -0 -0 0 false number -0 0 1 -1 -0 true -1 0 0
// expect: 1 1 1 true number 1 1 2 0 2 false -2 1 1
// expect: NaN NaN NaN false number NaN NaN NaN NaN NaN true -1 0 0
// expect: Inf Infinity Infinity true number Infinity Infinity Infinity Infinity Infinity false -1 0 0
// expect: '' 0  false string 0  1 -1 0 true -1 0 0
// expect: '0' 0 0 true string 0 0 01 -1 0 false -1 0 0
// expect: '1' 1 1 true string 1 1 11 0 2 false -2 1 1
// expect: ' 1 ' 1  1  true string 1  1   1 1 0 2 false -2 1 1
// expect: 'a' NaN a true string NaN a a1 NaN NaN false -1 0 0
// expect: null 0 null false object 0 null 1 -1 0 true -1 0 0
// expect: undef NaN undefined false undefined NaN undefined NaN NaN NaN true -1 0 0
// expect: true 1 true true boolean 1 true 2 0 2 false -2 1 1
// expect: false 0 false false boolean 0 false 1 -1 0 true -1 0 0
// expect: [] 0  true object 0  1 -1 0 false -1 0 0
// expect: [0] 0 0 true object 0 0 01 -1 0 false -1 0 0
// expect: [1,2] NaN 1,2 true object NaN 1,2 1,21 NaN NaN false -1 0 0
// expect: {} NaN [object Object] true object NaN [object Object] [object Object]1 NaN NaN false -1 0 0
// expect: ws 0
// expect:  true string 0
// expect:
// expect: 1 -1 0 false -1 0 0
// expect: hex 16 0x10 true string 16 0x10 0x101 15 32 false -17 16 16
// expect: 1e3 1000 1e3 true string 1000 1e3 1e31 999 2000 false -1001 1000 1000
// expect:  [object Object] [object Object] 1 NaN 12 7 2 true true false false true true
// expect: true true true true false false
// expect: true false true true true true true false true true
