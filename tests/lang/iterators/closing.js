// Iterator closing: return() is called when a loop is left early (break,
// return, throw, continue to an outer loop) and by array destructuring.
function counted(n, log) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() { return i < n ? { value: i++, done: false } : { done: true }; },
        return() { log.push("closed@" + i); return {}; },
      };
    },
  };
}
const log = [];
for (const x of counted(5, log)) { if (x === 2) break; }
for (const x of counted(2, log)) {}
function find() { for (const x of counted(5, log)) { if (x === 1) return x; } }
find();
try { for (const x of counted(5, log)) { throw new Error("boom"); } } catch (e) { log.push(e.message); }
outer: for (const a of [1, 2]) { for (const x of counted(5, log)) { continue outer; } }
const [p, q] = counted(5, log);
const [u, ...v] = counted(3, log);
try { for (const x of counted(3, log)) { try { break; } finally { log.push("finally"); } } } catch (e) {}
console.log(log);
const bad = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return() { throw new Error("from return"); } }; } };
try { for (const x of bad) { throw new Error("body"); } } catch (e) { console.log(e.message); }
try { for (const x of bad) { break; } } catch (e) { console.log(e.message); }
// expect: [
// expect:   'closed@3', 'closed@2',
// expect:   'closed@1', 'boom',
// expect:   'closed@1', 'closed@1',
// expect:   'closed@2', 'finally',
// expect:   'closed@1'
// expect: ]
// expect: body
// expect: from return
