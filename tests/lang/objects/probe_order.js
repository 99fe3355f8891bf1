var o = { b: 1, 2: 'two', a: 2, 1: 'one', '-1': 'neg', '01': 'lead', 4294967295: 'max', 4294967294: 'maxidx', 1.5: 'frac', [Symbol('s')]: 's', '': 'empty' };
console.log(Object.keys(o), JSON.stringify(o));
for (var k in o) console.log('in', k);
o.c = 3; delete o.b; o.b = 4; o[0] = 'zero';
console.log(Object.keys(o), Object.getOwnPropertyNames(o).length, Reflect.ownKeys(o).length);
console.log(o);
var p = Object.create({ inh: 1, 5: 'five' }); p.own = 1; p[3] = 'three';
var ks = []; for (var k in p) ks.push(k); console.log(ks, Object.keys(p), 'inh' in p, p.hasOwnProperty('inh'), Object.hasOwn(p, 'own'));
console.log(Object.entries({ x: 1, 10: 2, 9: 3 }), Object.values('ab'), Object.assign({}, 'hi', null, [7]));
var a = ['x', 'y']; a.prop = 1; a[5] = 'z'; for (var k in a) console.log('arr in', k, typeof k);

// expect: [
// expect:   '1',          '2',
// expect:   '4294967294', 'b',
// expect:   'a',          '-1',
// expect:   '01',         '4294967295',
// expect:   '1.5',        ''
// expect: ] {"1":"one","2":"two","4294967294":"maxidx","b":1,"a":2,"-1":"neg","01":"lead","4294967295":"max","1.5":"frac","":"empty"}
// expect: in 1
// expect: in 2
// expect: in 4294967294
// expect: in b
// expect: in a
// expect: in -1
// expect: in 01
// expect: in 4294967295
// expect: in 1.5
// expect: in
// expect: [
// expect:   '0',   '1',
// expect:   '2',   '4294967294',
// expect:   'a',   '-1',
// expect:   '01',  '4294967295',
// expect:   '1.5', '',
// expect:   'c',   'b'
// expect: ] 12 13
// expect: {
// expect:   '0': 'zero',
// expect:   '1': 'one',
// expect:   '2': 'two',
// expect:   '4294967294': 'maxidx',
// expect:   a: 2,
// expect:   '-1': 'neg',
// expect:   '01': 'lead',
// expect:   '4294967295': 'max',
// expect:   '1.5': 'frac',
// expect:   '': 'empty',
// expect:   c: 3,
// expect:   b: 4,
// expect:   [Symbol(s)]: 's'
// expect: }
// expect: [ '3', 'own', '5', 'inh' ] [ '3', 'own' ] true false true
// expect: [ [ '9', 3 ], [ '10', 2 ], [ 'x', 1 ] ] [ 'a', 'b' ] { '0': 7, '1': 'i' }
// expect: arr in 0 string
// expect: arr in 1 string
// expect: arr in 5 string
// expect: arr in prop string
