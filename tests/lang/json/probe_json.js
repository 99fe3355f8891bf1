console.log(JSON.stringify({ a: undefined, b: function() {}, c: Symbol('s'), d: null, e: NaN, f: -Infinity, g: new Date(0), h: [undefined, function() {}, Symbol()] }));
console.log(JSON.stringify({ toJSON() { return { x: 1 }; } }), JSON.stringify({ a: { toJSON(k) { return 'key:' + k; } } }), JSON.stringify([{ toJSON(k) { return k; } }]));
console.log(JSON.stringify({ a: 1, b: [1, 2], c: { d: 'e' } }, null, 2));
console.log(JSON.stringify({ a: 1, b: [1, 2] }, null, '--'), JSON.stringify([1], null, 20).length, JSON.stringify({ a: 1 }, null, 'abcdefghijklmnop'));
console.log(JSON.stringify({ a: 1, b: 2, c: { a: 3, z: 4 } }, ['a', 'c']), JSON.stringify({ 1: 'one', 2: 'two' }, [1]));
console.log(JSON.stringify({ a: 1, b: 'x', c: [1, 'y'] }, function(k, v) { return typeof v === 'number' ? v * 10 : v; }));
console.log(JSON.stringify({ a: 1 }, function(k, v) { return k === '' ? [k, typeof v] : v; }), JSON.stringify(1, () => undefined));
var cyc = { name: 'c' }; cyc.self = cyc; try { JSON.stringify(cyc); } catch (e) { console.log(e.name, e.message.split('\n')[0]); }
var cyc2 = [1]; cyc2.push({ arr: cyc2 }); try { JSON.stringify(cyc2); } catch (e) { console.log(e.message); }
console.log(JSON.stringify('\u2028'), JSON.stringify(new String('s')), JSON.stringify(new Number(3)), JSON.stringify(Object(false)), JSON.stringify(undefined), JSON.stringify(() => 1), JSON.stringify(null));
console.log(JSON.stringify({ [Symbol('k')]: 1, k: 2 }), JSON.stringify(Object.create({ inherited: 1 })), JSON.stringify(new Map([[1, 2]])), JSON.stringify([new Set([1])]));
console.log(JSON.parse('{"a":[1,{"b":2}]}', function(k, v) { return typeof v === 'number' ? v + 1 : v; }));
console.log(JSON.parse('[1,2,3]', function(k, v) { return k === '1' ? undefined : v; }), JSON.parse(' "\\u0041\\n" '), JSON.parse('1e2'), JSON.parse('-0'), 1 / JSON.parse('-0'));
console.log(JSON.parse('{"__proto__": {"x": 1}}').x, Object.keys(JSON.parse('{"__proto__": 1}')), JSON.parse('{"a":1,"a":2}').a);
var log = []; JSON.parse('{"a":{"b":1},"c":[2]}', function(k, v) { log.push(k); return v; }); console.log(log);
for (var bad of ['[1,]', '{"a":1,}', "'x'", '01', '1.', '.1', 'NaN', '"\t"', '[1 2]', 'tru', '"\\x41"', '{a:1}']) { try { JSON.parse(bad); console.log('ok', bad); } catch (e) { console.log(e.name, e.message); } }
console.log(JSON.stringify({ date: new Date(Date.UTC(2020, 0, 2, 3, 4, 5, 6)) }), JSON.stringify(1e21), JSON.stringify(0.1), JSON.stringify([1e-7]));
console.log(JSON.stringify({ a: [] , b: {} }, null, 2), JSON.stringify([[]], null, 2));

// expect: {"d":null,"e":null,"f":null,"g":"1970-01-01T00:00:00.000Z","h":[null,null,null]}
// expect: {"x":1} {"a":"key:a"} ["0"]
// expect: {
// expect:   "a": 1,
// expect:   "b": [
// expect:     1,
// expect:     2
// expect:   ],
// expect:   "c": {
// expect:     "d": "e"
// expect:   }
// expect: }
// expect: {
// expect: --"a": 1,
// expect: --"b": [
// expect: ----1,
// expect: ----2
// expect: --]
// expect: } 15 {
// expect: abcdefghij"a": 1
// expect: }
// expect: {"a":1,"c":{"a":3}} {"1":"one"}
// expect: {"a":10,"b":"x","c":[10,"y"]}
// expect: ["","object"] undefined
// expect: TypeError Converting circular structure to JSON
// expect: Converting circular structure to JSON
// expect:     --> starting at object with constructor 'Array'
// expect:     |     index 1 -> object with constructor 'Object'
// expect:     --- property 'arr' closes the circle
// expect: "
// expect: " "s" 3 false undefined undefined null
// expect: {"k":2} {} {} [{}]
// expect: { a: [ 2, { b: 3 } ] }
// expect: [ 1, <1 empty item>, 3 ] A
// expect:  100 -0 -Infinity
// expect: undefined [ '__proto__' ] 2
// expect: [ 'b', 'a', '0', 'c', '' ]
// expect: SyntaxError Unexpected token ']', "[1,]" is not valid JSON
// expect: SyntaxError Expected double-quoted property name in JSON at position 7
// expect: SyntaxError Unexpected token ''', "'x'" is not valid JSON
// expect: SyntaxError Unexpected number in JSON at position 1
// expect: SyntaxError Unterminated fractional number in JSON at position 2
// expect: SyntaxError Unexpected token '.', ".1" is not valid JSON
// expect: SyntaxError "NaN" is not valid JSON
// expect: SyntaxError Bad control character in string literal in JSON at position 1
// expect: SyntaxError Expected ',' or ']' after array element in JSON at position 3
// expect: SyntaxError Unexpected end of JSON input
// expect: SyntaxError Bad escaped character in JSON at position 2
// expect: SyntaxError Expected property name or '}' in JSON at position 1
// expect: {"date":"2020-01-02T03:04:05.006Z"} 1e+21 0.1 [1e-7]
// expect: {
// expect:   "a": [],
// expect:   "b": {}
// expect: } [
// expect:   []
// expect: ]
