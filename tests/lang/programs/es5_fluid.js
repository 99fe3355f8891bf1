// A NavierStokes-flavoured grid solver: a closure module over flat double
// arrays prefilled with new Array(n), Gauss-Seidel relaxation, advection with
// bilinear interpolation and boundary conditions; prints rounded checksums.
var Fluid = (function () {
  function Solver(n) {
    this.n = n;
    this.size = (n + 2) * (n + 2);
    this.u = this.field(); this.v = this.field();
    this.u0 = this.field(); this.v0 = this.field();
    this.d = this.field(); this.d0 = this.field();
    this.dt = 0.1;
    this.iterations = 8;
  }
  Solver.prototype.field = function () {
    var a = new Array(this.size);
    for (var i = 0; i < this.size; i++) a[i] = 0.0;
    return a;
  };
  Solver.prototype.ix = function (i, j) { return i + (this.n + 2) * j; };
  Solver.prototype.addSource = function (x, s) {
    for (var i = 0; i < this.size; i++) x[i] += this.dt * s[i];
  };
  Solver.prototype.bound = function (b, x) {
    var n = this.n, w = n + 2;
    for (var i = 1; i <= n; i++) {
      x[i] = b === 2 ? -x[i + w] : x[i + w];
      x[i + (n + 1) * w] = b === 2 ? -x[i + n * w] : x[i + n * w];
      x[i * w] = b === 1 ? -x[1 + i * w] : x[1 + i * w];
      x[n + 1 + i * w] = b === 1 ? -x[n + i * w] : x[n + i * w];
    }
    x[0] = 0.5 * (x[1] + x[w]);
    x[(n + 1) * w] = 0.5 * (x[1 + (n + 1) * w] + x[n * w]);
    x[n + 1] = 0.5 * (x[n] + x[n + 1 + w]);
    x[n + 1 + (n + 1) * w] = 0.5 * (x[n + (n + 1) * w] + x[n + 1 + n * w]);
  };
  Solver.prototype.linear = function (b, x, x0, a, c) {
    var n = this.n, w = n + 2, inv = 1 / c;
    for (var k = 0; k < this.iterations; k++) {
      for (var j = 1; j <= n; j++) {
        var row = j * w;
        for (var i = 1; i <= n; i++) {
          var p = row + i;
          x[p] = (x0[p] + a * (x[p - 1] + x[p + 1] + x[p - w] + x[p + w])) * inv;
        }
      }
      this.bound(b, x);
    }
  };
  Solver.prototype.diffuse = function (b, x, x0, diff) {
    var a = this.dt * diff * this.n * this.n;
    this.linear(b, x, x0, a, 1 + 4 * a);
  };
  Solver.prototype.advect = function (b, d, d0, u, v) {
    var n = this.n, w = n + 2, dt0 = this.dt * n;
    for (var j = 1; j <= n; j++) {
      for (var i = 1; i <= n; i++) {
        var p = i + j * w;
        var x = i - dt0 * u[p], y = j - dt0 * v[p];
        if (x < 0.5) x = 0.5; if (x > n + 0.5) x = n + 0.5;
        if (y < 0.5) y = 0.5; if (y > n + 0.5) y = n + 0.5;
        var i0 = x | 0, j0 = y | 0, i1 = i0 + 1, j1 = j0 + 1;
        var s1 = x - i0, s0 = 1 - s1, t1 = y - j0, t0 = 1 - t1;
        d[p] = s0 * (t0 * d0[i0 + j0 * w] + t1 * d0[i0 + j1 * w]) +
               s1 * (t0 * d0[i1 + j0 * w] + t1 * d0[i1 + j1 * w]);
      }
    }
    this.bound(b, d);
  };
  Solver.prototype.project = function (u, v, p, div) {
    var n = this.n, w = n + 2, h = -0.5 / n;
    for (var j = 1; j <= n; j++) {
      for (var i = 1; i <= n; i++) {
        var q = i + j * w;
        div[q] = h * (u[q + 1] - u[q - 1] + v[q + w] - v[q - w]);
        p[q] = 0;
      }
    }
    this.bound(0, div); this.bound(0, p);
    this.linear(0, p, div, 1, 4);
    for (j = 1; j <= n; j++) {
      for (i = 1; i <= n; i++) {
        q = i + j * w;
        u[q] -= 0.5 * n * (p[q + 1] - p[q - 1]);
        v[q] -= 0.5 * n * (p[q + w] - p[q - w]);
      }
    }
    this.bound(1, u); this.bound(2, v);
  };
  Solver.prototype.swap = function (a, b) { var t = this[a]; this[a] = this[b]; this[b] = t; };
  Solver.prototype.step = function () {
    this.addSource(this.u, this.u0); this.addSource(this.v, this.v0);
    this.swap("u0", "u"); this.diffuse(1, this.u, this.u0, 0.0001);
    this.swap("v0", "v"); this.diffuse(2, this.v, this.v0, 0.0001);
    this.project(this.u, this.v, this.u0, this.v0);
    this.swap("u0", "u"); this.swap("v0", "v");
    this.advect(1, this.u, this.u0, this.u0, this.v0);
    this.advect(2, this.v, this.v0, this.u0, this.v0);
    this.project(this.u, this.v, this.u0, this.v0);
    this.addSource(this.d, this.d0);
    this.swap("d0", "d"); this.diffuse(0, this.d, this.d0, 0.0);
    this.swap("d0", "d"); this.advect(0, this.d, this.d0, this.u, this.v);
  };
  Solver.prototype.clearSources = function () {
    for (var i = 0; i < this.size; i++) { this.u0[i] = 0; this.v0[i] = 0; this.d0[i] = 0; }
  };
  function sum(a) { var s = 0; for (var i = 0; i < a.length; i++) s += a[i]; return s; }
  function energy(a) { var s = 0; for (var i = 0; i < a.length; i++) s += a[i] * a[i]; return s; }
  return { Solver: Solver, sum: sum, energy: energy };
})();

function fmt(x) { return (Math.round(x * 1e6) / 1e6).toFixed(6); }
var solver = new Fluid.Solver(32);
for (var frame = 0; frame < 12; frame++) {
  solver.clearSources();
  var c = solver.ix(16, 16);
  solver.d0[c] = 100;
  solver.u0[c] = frame % 2 === 0 ? 5 : -3;
  solver.v0[solver.ix(10 + frame, 8)] = 4;
  solver.step();
  if (frame % 3 === 2) {
    console.log(frame, fmt(Fluid.sum(solver.d)), fmt(Fluid.energy(solver.u) + Fluid.energy(solver.v)));
  }
}
var d = solver.d, peak = 0, at = -1;
for (var i = 0; i < d.length; i++) if (d[i] > peak) { peak = d[i]; at = i; }
console.log("peak", fmt(peak), at % 34, (at / 34) | 0, solver.hasOwnProperty("u"), "step" in solver);

// Node prints:
// expect: 2 25.297373 0.009023
// expect: 5 41.322056 0.014382
// expect: 8 59.304064 0.014845
// expect: 11 66.938580 0.018621
// expect: peak 50.084032 16 16 true true
