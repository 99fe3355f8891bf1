var s = 'a\uD83D\uDE00b';
console.log(s.length, s.split(''), [...s], Array.from(s), s.charAt(1), s.codePointAt(1), s.codePointAt(2), s.at(-1), s.slice(1, 2));
console.log(JSON.stringify('\uD800'), JSON.stringify('\uDE00x'), JSON.stringify('\u2028\u2029'), JSON.stringify('\x00\x1f\x7f'), JSON.stringify('"\\/'));
console.log(['\uD800'], { k: '\uDFFF' }, '\uD800'.length);
console.log('abc'.padStart(6, '12'), 'abc'.padEnd(2), 'x'.repeat(0), 'ab'.repeat(3), ' \t trim \n'.trim() + '|', '\u00a0x\u2003'.trim().length);
console.log('Hello'.split('l'), 'a,b,,c'.split(',', 2), ''.split(','), ''.split(''), 'abc'.split(undefined), 'abc'.substring(2, 0), 'abc'.substr(-2, 1), 'abc'.slice(-2, -1));
console.log('abcabc'.indexOf('c', -5), 'abcabc'.lastIndexOf('c', -5), 'abc'.includes(''), 'abc'.startsWith('b', 1), 'abc'.endsWith('b', 2), 'aaa'.replaceAll('a', 'b'), 'aXbX'.replace('X', '$&$&'), 'x'.replace('x', "$'$`"));
console.log('ß'.toUpperCase(), 'İ'.toLowerCase().length, 'ǅ'.toLowerCase(), 'Σ'.toLowerCase(), 'a'.localeCompare('b'), 'abc'.normalize === undefined);
console.log(String.fromCharCode(0xD83D, 0xDE00), String.fromCodePoint(128512, 65), 'z'.charCodeAt(5), 'z'[5], 'abc'[-1], String.raw`a\nb${1}`);
try { String.fromCodePoint(-1); } catch (e) { console.log(e.name, e.message); }
try { 'a'.repeat(-1); } catch (e) { console.log(e.name, e.message); }

// expect: 4 [ 'a', '\ud83d', '\ude00', 'b' ] [ 'a', '😀', 'b' ] [ 'a', '😀', 'b' ] � 128512 56832 b �
// expect: "\ud800" "\ude00x" "
// expect:
// expect: " "\u0000\u001f" "\"\\/"
// expect: [ '\ud800' ] { k: '\udfff' } 1
// expect: 121abc abc  ababab trim| 1
// expect: [ 'He', '', 'o' ] [ 'a', 'b' ] [ '' ] [] [ 'abc' ] ab b b
// expect: 2 -1 true true true bbb aXXbX
// expect: SS 2 ǆ σ -1 false
// expect: 😀 😀A NaN undefined undefined a\nb1
// expect: RangeError Invalid code point -1
// expect: RangeError Invalid count value: -1
