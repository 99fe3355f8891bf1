// A comma sequence in a callee prints as V8's syntax tree has it: one
// n-ary operation, unless parentheses nest it (found by the fuzz, seed
// 9100380).
try { const o = 0; ((o.c, 1), 7)(); } catch (e) { console.log(e.message); } // expect: ((o.c , 1) , 7) is not a function
try { const o = 0; (o.c, 1, 7)(); } catch (e) { console.log(e.message); } // expect: (o.c , 1 , 7) is not a function
try { const o = 0; (o.c, (1, 7))(); } catch (e) { console.log(e.message); } // expect: (o.c , (1 , 7)) is not a function
let x = (1, 2, 3), y = ((1, 2), 3);
console.log(x, y); // expect: 3 3
