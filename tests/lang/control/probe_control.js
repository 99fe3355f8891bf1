outer: for (var i = 0; i < 3; i++) { inner: for (var j = 0; j < 3; j++) { if (j === 1) continue outer; if (i === 2) break outer; console.log(i, j); } }
blk: { console.log('in block'); break blk; console.log('never'); }
function sw(x) { var r = []; switch (x) { case 1: r.push(1); case 2: r.push(2); break; default: r.push('d'); case 3: r.push(3); } return r; }
console.log(sw(1), sw(2), sw(3), sw(4), sw('1'));
function sw2(x) { switch (true) { case x > 10: return 'big'; case x > 5: return 'mid'; default: return 'small'; } } console.log(sw2(11), sw2(6), sw2(1));
function fin() { try { return 'try'; } finally { console.log('finally runs'); } } console.log(fin());
function fin2() { try { throw new Error('e'); } catch (e) { return 'catch'; } finally { return 'finally'; } } console.log(fin2());
function fin3() { for (var i = 0; i < 3; i++) { try { if (i === 1) break; } finally { console.log('f', i); } } return i; } console.log(fin3());
function fin4() { try { try { throw 1; } finally { console.log('inner finally'); } } catch (e) { return 'caught ' + e; } } console.log(fin4());
function fin5() { l: try { return 1; } finally { break l; } return 2; } console.log(fin5());
var n = 0; do { n++; } while (n < 5); console.log(n);
for (var a = 0, b = 10; a < b; a += 3, b -= 3); console.log(a, b);
console.log(void 0, void 'x', (1, 2, 3), typeof void 0);
var cnt = 0; while (true) { if (++cnt > 3) break; } console.log(cnt);
try { throw null; } catch (e) { console.log(e); }
try { throw { code: 1 }; } catch ({ code }) { console.log(code); }
try { try { throw new Error('a'); } finally { throw new Error('b'); } } catch (e) { console.log(e.message); }

// expect: 0 0
// expect: 1 0
// expect: in block
// expect: [ 1, 2 ] [ 2 ] [ 3 ] [ 'd', 3 ] [ 'd', 3 ]
// expect: big mid small
// expect: finally runs
// expect: try
// expect: finally
// expect: f 0
// expect: f 1
// expect: 1
// expect: inner finally
// expect: caught 1
// expect: 2
// expect: 5
// expect: 6 4
// expect: undefined undefined 3 undefined
// expect: 4
// expect: null
// expect: 1
// expect: b
