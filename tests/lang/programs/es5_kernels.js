// Numeric kernels in ES5 style: fannkuch-redux over Array(n) permutations,
// spectral-norm with a closure-made matrix function, and an n-body step over
// objects made by a constructor with prototype methods; only rounded results
// and integer checksums print.
function fannkuch(n) {
  var perm = Array(n), perm1 = Array(n), count = Array(n);
  var maxFlips = 0, checksum = 0, permCount = 0, r = n, i;
  for (i = 0; i < n; i++) perm1[i] = i;
  while (true) {
    while (r !== 1) { count[r - 1] = r; r--; }
    for (i = 0; i < n; i++) perm[i] = perm1[i];
    var flips = 0, k;
    while ((k = perm[0]) !== 0) {
      var k2 = (k + 1) >> 1;
      for (i = 0; i < k2; i++) { var t = perm[i]; perm[i] = perm[k - i]; perm[k - i] = t; }
      flips++;
    }
    if (flips > maxFlips) maxFlips = flips;
    checksum += permCount % 2 === 0 ? flips : -flips;
    while (true) {
      if (r === n) return [checksum, maxFlips];
      var p0 = perm1[0];
      for (i = 0; i < r; i++) perm1[i] = perm1[i + 1];
      perm1[r] = p0;
      count[r]--;
      if (count[r] > 0) break;
      r++;
    }
    permCount++;
  }
}

var Spectral = (function () {
  function a(i, j) { return 1 / (((i + j) * (i + j + 1)) / 2 + i + 1); }
  function times(out, v, transpose) {
    var n = v.length;
    for (var i = 0; i < n; i++) {
      var s = 0;
      for (var j = 0; j < n; j++) s += (transpose ? a(j, i) : a(i, j)) * v[j];
      out[i] = s;
    }
  }
  function timesAtA(out, v, tmp) { times(tmp, v, false); times(out, tmp, true); }
  function norm(n) {
    var u = new Array(n), v = new Array(n), tmp = new Array(n), i;
    for (i = 0; i < n; i++) { u[i] = 1; v[i] = 0; tmp[i] = 0; }
    for (i = 0; i < 10; i++) { timesAtA(v, u, tmp); timesAtA(u, v, tmp); }
    var vBv = 0, vv = 0;
    for (i = 0; i < n; i++) { vBv += u[i] * v[i]; vv += v[i] * v[i]; }
    return Math.sqrt(vBv / vv);
  }
  return { norm: norm };
})();

var PI = Math.PI, SOLAR_MASS = 4 * PI * PI, DAYS = 365.24;
function Body(x, y, z, vx, vy, vz, mass) {
  this.x = x; this.y = y; this.z = z;
  this.vx = vx * DAYS; this.vy = vy * DAYS; this.vz = vz * DAYS;
  this.mass = mass * SOLAR_MASS;
}
Body.prototype.offset = function (px, py, pz) {
  this.vx = -px / SOLAR_MASS; this.vy = -py / SOLAR_MASS; this.vz = -pz / SOLAR_MASS;
  return this;
};
function System(bodies) {
  this.bodies = bodies;
  var px = 0, py = 0, pz = 0;
  for (var i = 0; i < bodies.length; i++) {
    var b = bodies[i];
    px += b.vx * b.mass; py += b.vy * b.mass; pz += b.vz * b.mass;
  }
  bodies[0].offset(px, py, pz);
}
System.prototype.advance = function (dt) {
  var bodies = this.bodies, n = bodies.length;
  for (var i = 0; i < n; i++) {
    var bi = bodies[i];
    for (var j = i + 1; j < n; j++) {
      var bj = bodies[j];
      var dx = bi.x - bj.x, dy = bi.y - bj.y, dz = bi.z - bj.z;
      var d2 = dx * dx + dy * dy + dz * dz;
      var mag = dt / (d2 * Math.sqrt(d2));
      bi.vx -= dx * bj.mass * mag; bi.vy -= dy * bj.mass * mag; bi.vz -= dz * bj.mass * mag;
      bj.vx += dx * bi.mass * mag; bj.vy += dy * bi.mass * mag; bj.vz += dz * bi.mass * mag;
    }
  }
  for (i = 0; i < n; i++) {
    var b = bodies[i];
    b.x += dt * b.vx; b.y += dt * b.vy; b.z += dt * b.vz;
  }
};
System.prototype.energy = function () {
  var e = 0, bodies = this.bodies;
  for (var i = 0; i < bodies.length; i++) {
    var bi = bodies[i];
    e += 0.5 * bi.mass * (bi.vx * bi.vx + bi.vy * bi.vy + bi.vz * bi.vz);
    for (var j = i + 1; j < bodies.length; j++) {
      var bj = bodies[j], dx = bi.x - bj.x, dy = bi.y - bj.y, dz = bi.z - bj.z;
      e -= (bi.mass * bj.mass) / Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
};
function makeSystem() {
  return new System([
    new Body(0, 0, 0, 0, 0, 0, 1),
    new Body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
      1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05, 9.54791938424326609e-04),
    new Body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
      -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05, 2.85885980666130812e-04),
    new Body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
      2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05, 4.36624404335156298e-05),
    new Body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
      2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05, 5.15138902046611451e-05),
  ]);
}

for (var n = 3; n <= 8; n++) { var f = fannkuch(n); console.log("fannkuch", n, f[0], f[1]); }
console.log("spectral", Spectral.norm(60).toFixed(9), Spectral.norm(120).toFixed(9));
var sys = makeSystem();
console.log("energy", sys.energy().toFixed(9));
for (var s = 0; s < 4000; s++) sys.advance(0.01);
console.log("energy", sys.energy().toFixed(9), sys.bodies[1].x.toFixed(6));

// Node prints:
// expect: fannkuch 3 2 2
// expect: fannkuch 4 4 4
// expect: fannkuch 5 11 7
// expect: fannkuch 6 49 10
// expect: fannkuch 7 228 16
// expect: fannkuch 8 1616 22
// expect: spectral 1.274206094 1.274221700
// expect: energy -0.169075164
// expect: energy -0.169012107 -2.976011
