// node's `events` module: EventEmitter with on/once/prepend/off,
// emit's arguments and `this`, 'error' without a listener (thrown, or
// ERR_UNHANDLED_ERROR), 'newListener', listeners/rawListeners of a once
// wrapper, events.once as a promise, subclasses, and an emitter printed
// as node prints it (its `_events` and symbols).
const EventEmitter = require("events");
class Foo extends EventEmitter {}
const e = new Foo();
console.log(new EventEmitter(), e);
e.on("x", (a, b) => console.log("x1", a, b));
e.once("x", function (a) { console.log("x2", a, this === e); });
e.prependListener("x", () => console.log("first"));
console.log(e.emit("x", 1, 2), e.emit("x", 3), e.emit("nothing"), e.listenerCount("x"), e.eventNames(), e.listeners("x").length);
console.log(e);
try { e.emit("error", new Error("bad")); } catch (err) { console.log("threw", err.message); }
try { e.emit("error", "str"); } catch (err) { console.log("threw", err.message, err.code); }
try { e.emit("error", { a: 1 }); } catch (err) { console.log("threw", err.message, err.code); }
e.on("newListener", (ev, fn) => console.log("newListener", ev));
e.on("y", () => {});
e.removeAllListeners("x"); console.log(e.listenerCount("x"), EventEmitter.defaultMaxListeners, e.getMaxListeners(), typeof EventEmitter.once, EventEmitter.EventEmitter === EventEmitter, require("events") === EventEmitter, require("node:events") === EventEmitter);
const { once } = require("events");
const f = () => console.log("f");
e.on("z", f); e.on("z", f); e.off("z", f); console.log(e.listenerCount("z")); e.emit("z");
e.once("w", f); console.log(e.rawListeners("w")[0] !== f, e.listeners("w")[0] === f); e.removeListener("w", f); console.log(e.listenerCount("w"));
(async () => { setTimeout(() => e.emit("ready", 1, 2), 1); console.log(await once(e, "ready")); 
  setTimeout(() => e.emit("error", new Error("E")), 1); try { await once(e, "never"); } catch (err) { console.log("rejected", err.message); } })();
class Ticker extends EventEmitter { constructor() { super(); this.n = 0; } tick() { this.n++; this.emit("tick", this.n); return this; } }
const t = new Ticker(); let total = 0; t.on("tick", n => total += n); for (let i = 0; i < 1000; i++) t.tick(); console.log(total, t);
try { e.on("q", 5) } catch (err) { console.log(err.code, err.message) }
console.log(Object.keys(e), e instanceof EventEmitter, typeof EventEmitter.prototype.on, EventEmitter.prototype.on === EventEmitter.prototype.addListener, EventEmitter.name, EventEmitter.prototype.addListener.name);
// expect: EventEmitter {
// expect:   _events: [Object: null prototype] {},
// expect:   _eventsCount: 0,
// expect:   _maxListeners: undefined,
// expect:   [Symbol(shapeMode)]: false,
// expect:   [Symbol(kCapture)]: false
// expect: } Foo {
// expect:   _events: [Object: null prototype] {},
// expect:   _eventsCount: 0,
// expect:   _maxListeners: undefined,
// expect:   [Symbol(shapeMode)]: false,
// expect:   [Symbol(kCapture)]: false
// expect: }
// expect: first
// expect: x1 1 2
// expect: x2 1 true
// expect: first
// expect: x1 3 undefined
// expect: true true false 2 [ 'x' ] 2
// expect: Foo {
// expect:   _events: [Object: null prototype] {
// expect:     x: [ [Function (anonymous)], [Function (anonymous)] ]
// expect:   },
// expect:   _eventsCount: 1,
// expect:   _maxListeners: undefined,
// expect:   [Symbol(shapeMode)]: false,
// expect:   [Symbol(kCapture)]: false
// expect: }
// expect: threw bad
// expect: threw Unhandled error. ('str') ERR_UNHANDLED_ERROR
// expect: threw Unhandled error. ({ a: 1 }) ERR_UNHANDLED_ERROR
// expect: newListener y
// expect: 0 10 10 function true true true
// expect: newListener z
// expect: newListener z
// expect: 1
// expect: f
// expect: newListener w
// expect: true true
// expect: 0
// expect: newListener ready
// expect: newListener error
// expect: 500500 Ticker {
// expect:   _events: [Object: null prototype] { tick: [Function (anonymous)] },
// expect:   _eventsCount: 1,
// expect:   _maxListeners: undefined,
// expect:   n: 1000,
// expect:   [Symbol(shapeMode)]: false,
// expect:   [Symbol(kCapture)]: false
// expect: }
// expect: ERR_INVALID_ARG_TYPE The "listener" argument must be of type function. Received type number (5)
// expect: [ '_events', '_eventsCount', '_maxListeners' ] true function true EventEmitter addListener
// expect: [ 1, 2 ]
// expect: newListener never
// expect: newListener error
// expect: rejected E
