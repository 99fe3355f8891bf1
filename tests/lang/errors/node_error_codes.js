// node's own errors (NodeError): a `code`, a prototype of node's class for
// the code (with `constructor` and `toString`), and the code in the
// first line of `stack` and in String(err).
const errors = [];
try { process.stdout.write(5); } catch (e) { errors.push(e); }
try { new TextDecoder('nope'); } catch (e) { errors.push(e); }
try { new TextDecoder().decode(new Uint8Array([0xff]), undefined); new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff])); } catch (e) { errors.push(e); }
for (const e of errors) {
  const p = Object.getPrototypeOf(e);
  console.log(e.name, e.code, e.constructor.name, e instanceof Error);
  console.log(String(e));
  console.log(e.stack.split('\n')[0]);
  console.log(Object.keys(e), Object.getOwnPropertyNames(e), Object.getOwnPropertyNames(p));
  console.log(Object.getPrototypeOf(p) === e.constructor.prototype, Object.hasOwn(e, 'toString'));
  e.name = 'Renamed';
  console.log(`${e}`);
}
const again = (() => { try { new TextDecoder('x'); } catch (e) { return e; } })();
console.log(Object.getPrototypeOf(again) === Object.getPrototypeOf(errors[1]));
new TextDecoder('bogus');
// expect: TypeError ERR_INVALID_ARG_TYPE TypeError true
// expect: TypeError [ERR_INVALID_ARG_TYPE]: The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)
// expect: TypeError [ERR_INVALID_ARG_TYPE]: The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)
// expect: [ 'code' ] [ 'stack', 'code', 'message' ] [ 'constructor', 'toString' ]
// expect: true false
// expect: Renamed [ERR_INVALID_ARG_TYPE]: The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)
// expect: RangeError ERR_ENCODING_NOT_SUPPORTED RangeError true
// expect: RangeError [ERR_ENCODING_NOT_SUPPORTED]: The "nope" encoding is not supported
// expect: RangeError [ERR_ENCODING_NOT_SUPPORTED]: The "nope" encoding is not supported
// expect: [ 'code' ] [ 'stack', 'message', 'code' ] [ 'constructor', 'toString' ]
// expect: true false
// expect: Renamed [ERR_ENCODING_NOT_SUPPORTED]: The "nope" encoding is not supported
// expect: TypeError ERR_ENCODING_INVALID_ENCODED_DATA TypeError true
// expect: TypeError: The encoded data was not valid for encoding utf-8
// expect: TypeError: The encoded data was not valid for encoding utf-8
// expect: [ 'code' ] [ 'stack', 'message', 'code' ] [ 'constructor', 'name', 'message' ]
// expect: false false
// expect: Renamed: The encoded data was not valid for encoding utf-8
// expect: true
// expect error: RangeError [ERR_ENCODING_NOT_SUPPORTED]: The "bogus" encoding is not supported
