// TextDecoder: UTF-8 (U+FFFD for each maximal invalid subpart), UTF-16,
// latin1; fatal, ignoreBOM, { stream: true }; node's printing and errors.
const bytes = (...b) => new Uint8Array(b);
const show = (s) => JSON.stringify(s);
const d = new TextDecoder();
console.log(d, new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }));
console.log([d], d.encoding, d.fatal, d.ignoreBOM, TextDecoder.length, TextDecoder);
console.log(Object.getOwnPropertyNames(TextDecoder.prototype), Object.prototype.toString.call(d));
console.log(d.decode(new TextEncoder().encode('héllo €😀')));
console.log(show(d.decode(bytes(0xef, 0xbb, 0xbf, 0x41, 0xff, 0x42))), show(d.decode()), show(d.decode(undefined)));
console.log(show(d.decode(bytes(0xed, 0xa0, 0x80, 0xc0, 0x80, 0xe0, 0x80, 0x41, 0xf4, 0x90, 0x80, 0x80))));
console.log(show(d.decode(bytes(0xf0, 0x9f, 0x98))), show(d.decode(bytes(0xe2, 0x82, 0x41))));
console.log(show(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes(0xef, 0xbb, 0xbf, 0x41))));
console.log(show(d.decode(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf))));
console.log(d.decode(bytes(0x61, 0x62).buffer), d.decode(new DataView(bytes(0x63, 0x64).buffer, 1)));
console.log(d.decode(new Uint16Array([0x6968])), d.decode(bytes(1, 2, 104, 105, 3).subarray(2, 4)));
for (const label of ['utf8', ' UTF-8 ', 'unicode-1-1-utf-8', 'utf-16', 'UTF-16LE', 'utf-16be', 'latin1', 'ascii', 'windows-1252']) {
  const t = new TextDecoder(label);
  console.log(label, t.encoding, show(t.decode(bytes(0x41, 0, 0xe9, 0x80, 0xff, 0xfe))));
}
console.log(show(new TextDecoder('utf-16le').decode(bytes(0xff, 0xfe, 0x41, 0, 0x3d, 0xd8, 0, 0xde, 0x42))));
console.log(show(new TextDecoder('utf-16be').decode(bytes(0xfe, 0xff, 0, 0x41, 0xd8, 0x3d))));
// Streaming: unfinished sequences wait for the next call.
const s = new TextDecoder();
console.log(show(s.decode(bytes(0xf0, 0x9f), { stream: true })), show(s.decode(bytes(0x98, 0x80))));
console.log(show(s.decode(bytes(0xf0, 0x9f))));
const b = new TextDecoder();
console.log(show(b.decode(bytes(0xef, 0xbb), { stream: true })), show(b.decode(bytes(0xbf, 0x41), { stream: true })),
  show(b.decode(bytes(0xef, 0xbb, 0xbf, 0x42))));
const u = new TextDecoder('utf-16le');
console.log(show(u.decode(bytes(0x3d), { stream: true })), show(u.decode(bytes(0xd8, 0x00), { stream: true })),
  show(u.decode(bytes(0xde), { stream: true })), show(u.decode()));
let out = '';
const chunked = new TextDecoder();
for (const byte of new TextEncoder().encode('a€😀b')) out += chunked.decode(bytes(byte), { stream: true });
console.log(out + chunked.decode());
// fatal
const f = new TextDecoder('utf-8', { fatal: true });
for (const input of [bytes(0xff), bytes(0xe2, 0x82), bytes(0xc0, 0x80)]) {
  try { f.decode(input); } catch (err) { console.log(err.name, err.code, err.message); }
}
try { f.decode(bytes(0xe2, 0x82), { stream: true }); console.log('pending'); f.decode(); } catch (err) { console.log(err.message); }
console.log(f.decode(bytes(0x6f, 0x6b)));
try { new TextDecoder('utf-16le', { fatal: true }).decode(bytes(0x41)); } catch (err) { console.log(err.message); }
console.log(new TextDecoder(undefined, { fatal: 1 }).fatal, new TextDecoder('utf-8', null).fatal);
for (const fn of [
  () => TextDecoder(),
  () => new TextDecoder('foo'),
  () => new TextDecoder(''),
  () => new TextDecoder('utf-8', 5),
  () => new TextDecoder().decode(5),
  () => new TextDecoder().decode('abc'),
  () => new TextDecoder().decode(null),
  () => new TextDecoder().decode([1, 2], { stream: true }),
  () => TextDecoder.prototype.decode.call({}),
  () => Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'fatal').get.call({}),
]) {
  try { fn(); } catch (err) { console.log(err.name, err.code, err.message); }
}
class D extends TextDecoder {}
const sub = new D('utf-16be');
sub.x = 1;
console.log(sub, sub instanceof TextDecoder, Object.keys(sub), JSON.stringify(sub));
console.log({ a: { b: { c: d } } });
// expect: TextDecoder { encoding: 'utf-8', fatal: false, ignoreBOM: false } TextDecoder { encoding: 'utf-8', fatal: true, ignoreBOM: true }
// expect: [ TextDecoder { encoding: 'utf-8', fatal: false, ignoreBOM: false } ] utf-8 false false 0 [class TextDecoder]
// expect: [ 'constructor', 'decode', 'encoding', 'fatal', 'ignoreBOM' ] [object TextDecoder]
// expect: héllo €😀
// expect: "A�B" "" ""
// expect: "�������A����"
// expect: "�" "�A"
// expect: "﻿A"
// expect: "﻿"
// expect: ab d
// expect: hi hi
// expect: utf8 utf-8 "A\u0000���"
// expect:  UTF-8  utf-8 "A\u0000���"
// expect: unicode-1-1-utf-8 utf-8 "A\u0000���"
// expect: utf-16 utf-16le "A胩﻿"
// expect: UTF-16LE utf-16le "A胩﻿"
// expect: utf-16be utf-16be "䄀￾"
// expect: latin1 windows-1252 "A\u0000éÿþ"
// expect: ascii windows-1252 "A\u0000éÿþ"
// expect: windows-1252 windows-1252 "A\u0000éÿþ"
// expect: "A😀�"
// expect: "A�"
// expect: "" "😀"
// expect: "�"
// expect: "" "A" "﻿B"
// expect: "" "" "😀" ""
// expect: a€😀b
// expect: TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8
// expect: TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8
// expect: TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8
// expect: pending
// expect: The encoded data was not valid for encoding utf-8
// expect: ok
// expect: The encoded data was not valid for encoding utf-16le
// expect: true false
// expect: TypeError undefined Class constructor TextDecoder cannot be invoked without 'new'
// expect: RangeError ERR_ENCODING_NOT_SUPPORTED The "foo" encoding is not supported
// expect: RangeError ERR_ENCODING_NOT_SUPPORTED The "" encoding is not supported
// expect: TypeError ERR_INVALID_ARG_TYPE The "options" argument must be of type object. Received type number (5)
// expect: TypeError ERR_INVALID_ARG_TYPE The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
// expect: TypeError ERR_INVALID_ARG_TYPE The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
// expect: TypeError ERR_INVALID_ARG_TYPE The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
// expect: TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
// expect: TypeError ERR_INVALID_THIS Value of "this" must be of type TextDecoder
// expect: TypeError ERR_INVALID_THIS Value of "this" must be of type TextDecoder
// expect: D { encoding: 'utf-16be', fatal: false, ignoreBOM: false } true [ 'x' ] {"x":1}
// expect: { a: { b: { c: [TextDecoder] } } }
