class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; } }
var e = new MyErr('boom'); console.log(e.message, e.name, String(e), e instanceof MyErr, e instanceof Error, Object.prototype.toString.call(e), e.stack.split('\n')[0]);
class NoName extends Error {} var n = new NoName('x'); console.log(n.name, String(n), n.constructor.name, Object.keys(n));
function OldErr(msg) { this.message = msg; } OldErr.prototype = Object.create(Error.prototype); OldErr.prototype.name = 'OldErr'; OldErr.prototype.constructor = OldErr;
var o = new OldErr('legacy'); console.log(String(o), o instanceof Error, o.stack, Object.keys(o));
console.log(Error.prototype.toString.call({ name: 'N', message: '' }), Error.prototype.toString.call({}), Error.prototype.toString.call({ message: 'm' }), Error.prototype.toString.call({ name: '', message: 'm' }));
var e2 = new Error('msg', { cause: 'why' }); console.log(e2.cause, 'cause' in new Error('x'), Object.getOwnPropertyNames(e2));
var e3 = new TypeError(); console.log(e3.message === '', String(e3), e3.name, TypeError.prototype.name, Object.getPrototypeOf(TypeError) === Error);
try { null.f(); } catch (err) { console.log(err.constructor.name, err.message); }
try { undefined.x; } catch (err) { console.log(err.message); }
try { var u; u.y.z; } catch (err) { console.log(err.message); }
try { ({}).f(); } catch (err) { console.log(err.message); }
try { var q = {a: {}}; q.a.b(); } catch (err) { console.log(err.message); }
try { (void 0)(); } catch (err) { console.log(err.message); }
try { new (function() {}.prototype.constructor.prototype)(); } catch (err) { console.log(err.message); }
try { new Math.max(); } catch (err) { console.log(err.message); }
try { [].reduce((a, b) => a); } catch (err) { console.log(err.message); }
try { new Array(-1); } catch (err) { console.log(err.name, err.message); }
try { 'abc'.toFixed(); } catch (err) { console.log(err.message); }
try { Symbol() + ''; } catch (err) { console.log(err.message); }
try { JSON.parse('{bad'); } catch (err) { console.log(err.name, err.message); }
try { JSON.parse(''); } catch (err) { console.log(err.name, err.message); }
try { x.y = 1; } catch (err) { console.log(err.name, err.message); }
try { let a = 1; a(); } catch (err) { console.log(err.message); }
try { (function rec() { rec(); })(); } catch (err) { console.log(err.name, err.message); }
var thrown = (function() { try { throw 1; } catch (x) { return typeof x; } })(); console.log(thrown);
console.log(new Error('a') + '', `${new RangeError('r')}`, [new Error('in array')].length, { e: new Error('x') }.e.message);

// expect: boom MyErr MyErr: boom true true [object Error] MyErr: boom
// expect: Error Error: x NoName []
// expect: OldErr: legacy true undefined [ 'message' ]
// expect: N Error Error: m m
// expect: why false [ 'stack', 'message', 'cause' ]
// expect: true TypeError TypeError TypeError true
// expect: TypeError Cannot read properties of null (reading 'f')
// expect: Cannot read properties of undefined (reading 'x')
// expect: Cannot read properties of undefined (reading 'y')
// expect: {}.f is not a function
// expect: q.a.b is not a function
// expect: (void 0) is not a function
// expect: (intermediate value).prototype.constructor.prototype is not a constructor
// expect: Math.max is not a constructor
// expect: Reduce of empty array with no initial value
// expect: RangeError Invalid array length
// expect: "abc".toFixed is not a function
// expect: Cannot convert a Symbol value to a string
// expect: SyntaxError Expected property name or '}' in JSON at position 1
// expect: SyntaxError Unexpected end of JSON input
// expect: ReferenceError x is not defined
// expect: a is not a function
// expect: RangeError Maximum call stack size exceeded
// expect: number
// expect: Error: a RangeError: r 1 x
