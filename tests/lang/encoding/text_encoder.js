// TextEncoder: UTF-8 bytes as a Uint8Array, lone surrogates as U+FFFD,
// encodeInto's { read, written }, node's printing and errors.
const e = new TextEncoder();
console.log(e, [e], { e });
console.log(e.encoding, typeof TextEncoder, TextEncoder.length, TextEncoder);
console.log(Object.getOwnPropertyNames(TextEncoder.prototype));
console.log(Object.prototype.toString.call(e), String(e));
console.log(e.encode('héllo €😀'));
console.log(e.encode(), e.encode(''), e.encode(undefined), e.encode(null), e.encode(123));
console.log(e.encode({ toString() { return 'obj'; } }), e.encode(['a', 'b']));
console.log(e.encode('\ud800x'), e.encode('\udc00'), e.encode('x\ud83d'));
console.log(e.encode('\u007f\u0080\u07ff\u0800\uffff'));
const buf = new Uint8Array(5);
console.log(e.encodeInto('a€😀', buf), buf);
console.log(e.encodeInto('😀', new Uint8Array(3)), e.encodeInto('ab', new Uint8Array(0)));
console.log(e.encodeInto('a\ud800b', new Uint8Array(4)), e.encodeInto('a\ud800b', new Uint8Array(5)));
const big = new Uint8Array(8);
console.log(e.encodeInto('xy', big.subarray(3, 6)), big);
console.log(e.encode.length, e.encodeInto.length, e.encode.name);
const d = Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encode');
console.log(d.enumerable, d.writable, Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding').get.name);
for (const f of [
  () => TextEncoder(),
  () => e.encode(Symbol('s')),
  () => e.encodeInto(5, new Uint8Array(2)),
  () => e.encodeInto('a', []),
  () => e.encodeInto('a', null),
  () => e.encodeInto('a', new Uint16Array(2)),
  () => TextEncoder.prototype.encode.call({}),
  () => Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding').get.call(1),
]) {
  try { f(); } catch (err) { console.log(err.name, err.code, err.message, String(err) === err.stack.split('\n')[0]); }
}
class E extends TextEncoder {}
const sub = new E();
sub.extra = 1;
console.log(sub, sub.encode('ok'), sub instanceof TextEncoder, Object.keys(sub));
console.log({ a: { b: { c: e } } });
// expect: { encoding: 'utf-8' } [ { encoding: 'utf-8' } ] { e: { encoding: 'utf-8' } }
// expect: utf-8 function 0 [class TextEncoder]
// expect: [ 'constructor', 'encoding', 'encode', 'encodeInto' ]
// expect: [object TextEncoder] [object TextEncoder]
// expect: Uint8Array(14) [
// expect:   104, 195, 169, 108,
// expect:   108, 111,  32, 226,
// expect:   130, 172, 240, 159,
// expect:   152, 128
// expect: ]
// expect: Uint8Array(0) [] Uint8Array(0) [] Uint8Array(0) [] Uint8Array(4) [ 110, 117, 108, 108 ] Uint8Array(3) [ 49, 50, 51 ]
// expect: Uint8Array(3) [ 111, 98, 106 ] Uint8Array(3) [ 97, 44, 98 ]
// expect: Uint8Array(4) [ 239, 191, 189, 120 ] Uint8Array(3) [ 239, 191, 189 ] Uint8Array(4) [ 120, 239, 191, 189 ]
// expect: Uint8Array(11) [
// expect:   127, 194, 128, 223,
// expect:   191, 224, 160, 128,
// expect:   239, 191, 191
// expect: ]
// expect: { read: 2, written: 4 } Uint8Array(5) [ 97, 226, 130, 172, 0 ]
// expect: { read: 0, written: 0 } { read: 0, written: 0 }
// expect: { read: 2, written: 4 } { read: 3, written: 5 }
// expect: { read: 2, written: 2 } Uint8Array(8) [
// expect:     0, 0, 0, 120,
// expect:   121, 0, 0,   0
// expect: ]
// expect: 0 2 encode
// expect: true true get encoding
// expect: TypeError undefined Class constructor TextEncoder cannot be invoked without 'new' true
// expect: TypeError undefined Cannot convert a Symbol value to a string true
// expect: TypeError ERR_INVALID_ARG_TYPE The "src" argument must be of type string. Received type number (5) true
// expect: TypeError ERR_INVALID_ARG_TYPE The "dest" argument must be an instance of Uint8Array. Received an instance of Array true
// expect: TypeError ERR_INVALID_ARG_TYPE The "dest" argument must be an instance of Uint8Array. Received null true
// expect: TypeError ERR_INVALID_ARG_TYPE The "dest" argument must be an instance of Uint8Array. Received an instance of Uint16Array true
// expect: TypeError ERR_INVALID_THIS Value of "this" must be of type TextEncoder true
// expect: TypeError ERR_INVALID_THIS Value of "this" must be of type TextEncoder true
// expect: { encoding: 'utf-8' } Uint8Array(2) [ 111, 107 ] true [ 'extra' ]
// expect: { a: { b: { c: [TextEncoder] } } }
