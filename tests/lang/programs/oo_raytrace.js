// A small ray tracer in the style of the classic benchmark: classes, doubles, Math.
class Vec { constructor(x, y, z) { this.x = x; this.y = y; this.z = z; }
  add(v) { return new Vec(this.x + v.x, this.y + v.y, this.z + v.z); }
  sub(v) { return new Vec(this.x - v.x, this.y - v.y, this.z - v.z); }
  mul(s) { return new Vec(this.x * s, this.y * s, this.z * s); }
  dot(v) { return this.x * v.x + this.y * v.y + this.z * v.z; }
  get length() { return Math.sqrt(this.dot(this)); }
  norm() { const l = this.length; return l === 0 ? this : this.mul(1 / l); }
  static get zero() { return new Vec(0, 0, 0); }
  toString() { return `Vec(${this.x.toFixed(3)}, ${this.y.toFixed(3)}, ${this.z.toFixed(3)})`; }
}
class Color { constructor(r, g, b) { this.r = r; this.g = g; this.b = b; }
  scale(k) { return new Color(this.r * k, this.g * k, this.b * k); }
  plus(c) { return new Color(this.r + c.r, this.g + c.g, this.b + c.b); }
  times(c) { return new Color(this.r * c.r, this.g * c.g, this.b * c.b); }
  clamp() { const f = (v) => Math.max(0, Math.min(1, v)); return new Color(f(this.r), f(this.g), f(this.b)); }
}
class Thing { intersect(ray) { throw new Error('abstract'); } }
class Sphere extends Thing {
  constructor(center, radius, surface) { super(); this.center = center; this.r2 = radius * radius; this.surface = surface; }
  intersect(ray) {
    const eo = this.center.sub(ray.start);
    const v = eo.dot(ray.dir);
    if (v < 0) return null;
    const disc = this.r2 - (eo.dot(eo) - v * v);
    if (disc < 0) return null;
    const dist = v - Math.sqrt(disc);
    return dist <= 0 ? null : { thing: this, ray, dist };
  }
  normal(pos) { return pos.sub(this.center).norm(); }
}
class Plane extends Thing {
  constructor(norm, offset, surface) { super(); this.n = norm; this.offset = offset; this.surface = surface; }
  intersect(ray) {
    const denom = this.n.dot(ray.dir);
    if (denom > 0) return null;
    return { thing: this, ray, dist: (this.n.dot(ray.start) + this.offset) / -denom };
  }
  normal() { return this.n; }
}
const surfaces = {
  shiny: { diffuse: () => new Color(1, 1, 1), specular: () => new Color(0.5, 0.5, 0.5), reflect: () => 0.6, rough: 250 },
  checker: {
    diffuse: (p) => ((Math.floor(p.z) + Math.floor(p.x)) % 2 !== 0 ? new Color(1, 1, 1) : new Color(0, 0, 0)),
    specular: () => new Color(1, 1, 1),
    reflect: (p) => ((Math.floor(p.z) + Math.floor(p.x)) % 2 !== 0 ? 0.1 : 0.7),
    rough: 150,
  },
};
class Tracer {
  constructor(scene, maxDepth = 3) { this.scene = scene; this.maxDepth = maxDepth; this.tests = 0; }
  closest(ray) {
    let best = null;
    for (const t of this.scene.things) {
      this.tests++;
      const i = t.intersect(ray);
      if (i && (!best || i.dist < best.dist)) best = i;
    }
    return best;
  }
  trace(ray, depth) { const i = this.closest(ray); return i ? this.shade(i, depth) : new Color(0, 0, 0); }
  shade(isect, depth) {
    const d = isect.ray.dir;
    const pos = d.mul(isect.dist).add(isect.ray.start);
    const normal = isect.thing.normal(pos);
    const reflectDir = d.sub(normal.mul(normal.dot(d) * 2));
    let c = this.light(isect.thing, pos, normal, reflectDir);
    if (depth < this.maxDepth) {
      const rc = this.trace({ start: pos.add(reflectDir.mul(0.001)), dir: reflectDir }, depth + 1);
      c = c.plus(rc.scale(isect.thing.surface.reflect(pos)));
    }
    return c;
  }
  light(thing, pos, normal, rd) {
    let col = new Color(0, 0, 0);
    for (const l of this.scene.lights) {
      const ldis = l.pos.sub(pos);
      const livec = ldis.norm();
      const near = this.closest({ start: pos, dir: livec });
      const inShadow = near !== null && near.dist <= ldis.length;
      if (inShadow) continue;
      const illum = livec.dot(normal);
      const lcolor = illum > 0 ? l.color.scale(illum) : new Color(0, 0, 0);
      const spec = livec.dot(rd.norm());
      const scolor = spec > 0 ? l.color.scale(Math.pow(spec, thing.surface.rough)) : new Color(0, 0, 0);
      col = col.plus(thing.surface.diffuse(pos).times(lcolor)).plus(thing.surface.specular(pos).times(scolor));
    }
    return col;
  }
}
const scene = {
  things: [new Plane(new Vec(0, 1, 0), 0, surfaces.checker), new Sphere(new Vec(0, 1, -0.25), 1, surfaces.shiny), new Sphere(new Vec(-1, 0.5, 1.5), 0.5, surfaces.shiny)],
  lights: [{ pos: new Vec(-2, 2.5, 0), color: new Color(0.49, 0.07, 0.07) }, { pos: new Vec(1.5, 2.5, 1.5), color: new Color(0.07, 0.07, 0.49) }, { pos: new Vec(0, 3.5, 0), color: new Color(0.21, 0.21, 0.35) }],
};
const eye = new Vec(3, 2, 4), look = new Vec(-1, 0.5, 0);
const forward = look.sub(eye).norm();
const right = new Vec(forward.z, 0, -forward.x).norm().mul(1.5);
const up = new Vec(right.y * forward.z - right.z * forward.y, right.z * forward.x - right.x * forward.z, right.x * forward.y - right.y * forward.x).mul(1.5);
const tr = new Tracer(scene);
const W = 16, H = 8;
let checksum = 0;
const rows = [];
for (let y = 0; y < H; y++) {
  let row = '';
  for (let x = 0; x < W; x++) {
    const rx = (x - W / 2) / 2 / W, ry = -(y - H / 2) / 2 / H;
    const dir = forward.add(right.mul(rx).add(up.mul(ry))).norm();
    const c = tr.trace({ start: eye, dir }, 0).clamp();
    const lum = 0.3 * c.r + 0.59 * c.g + 0.11 * c.b;
    checksum += Math.floor(c.r * 255) * 3 + Math.floor(c.g * 255) * 5 + Math.floor(c.b * 255) * 7;
    row += ' .:-=+*#%@'[Math.min(9, Math.floor(lum * 10))];
  }
  rows.push(row);
}
console.log(rows.join('\n'));
console.log(checksum, tr.tests, String(forward), `${up}`);
console.log(Vec.zero, new Color(0.1 + 0.2, 1 / 3, -0));

// expect: -- -====------ -
// expect:        ===.     
// expect: ----.-====== :::
// expect:         ::=    .
// expect: : : ::   - --:.-
// expect:   ....... . .  .
// expect:                 
// expect:                 
// expect: 102933 2127 Vec(-0.683, -0.256, -0.683) Vec(0.408, -2.175, 0.408)
// expect: Vec { x: 0, y: 0, z: 0 } Color { r: 0.30000000000000004, g: 0.3333333333333333, b: -0 }
