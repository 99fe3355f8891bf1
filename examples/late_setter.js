class P { constructor(v) { this.y = v; } }
for (let i = 0; i < 3; i++) new P(i);
Object.defineProperty(P.prototype, "y", {
  set(v) { this.seen = v; },
});
const p = new P(5);
console.log(Object.keys(p).join(), p.seen); // expect: seen 5
