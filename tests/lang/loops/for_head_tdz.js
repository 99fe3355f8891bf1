// The let/const names of a for...in/of head are in their dead zone while the iterated expression runs.
function t(f) { try { f(); console.log('no error'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }
t(() => { for (const x of x) {} });
t(() => { for (let x in x) {} });
t(() => { for (let [x] of [x]) {} });
t(() => { for (const {a} of [{a}]) {} });
t(() => { for (const v in { a: v }) {} });
t(() => { for (let v in (() => v)()) {} });
t(() => { let x = [1, 2]; for (var y of x) {} });
t(() => { const x = [1]; { for (const y of x) { console.log(y); } } });
t(() => { const x = [3]; for (const z of x) { const x = z; console.log(x); } });
// expect: ReferenceError: Cannot access 'x' before initialization
// expect: ReferenceError: Cannot access 'x' before initialization
// expect: ReferenceError: Cannot access 'x' before initialization
// expect: ReferenceError: Cannot access 'a' before initialization
// expect: ReferenceError: Cannot access 'v' before initialization
// expect: ReferenceError: Cannot access 'v' before initialization
// expect: no error
// expect: 1
// expect: no error
// expect: 3
// expect: no error
