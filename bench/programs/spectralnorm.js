// spectralnorm: the spectral norm of an infinite matrix, by power
// iteration over arrays of doubles -- indexed reads and writes of
// non-integral numbers (the double elements kind).
const N = 700;

function a(i, j) {
  const ij = i + j;
  return 1 / ((ij * (ij + 1)) / 2 + i + 1);
}

function times(v, out) {
  for (let i = 0; i < N; i++) {
    let sum = 0;
    for (let j = 0; j < N; j++) sum = sum + a(i, j) * v[j];
    out[i] = sum;
  }
}

function timesTransp(v, out) {
  for (let i = 0; i < N; i++) {
    let sum = 0;
    for (let j = 0; j < N; j++) sum = sum + a(j, i) * v[j];
    out[i] = sum;
  }
}

function atimes(v, out, tmp) {
  times(v, tmp);
  timesTransp(tmp, out);
}

const u = [];
const v = [];
const tmp = [];
for (let i = 0; i < N; i++) {
  u.push(1);
  v.push(0);
  tmp.push(0);
}
for (let k = 0; k < 10; k++) {
  atimes(u, v, tmp);
  atimes(v, u, tmp);
}
let vbv = 0;
let vv = 0;
for (let i = 0; i < N; i++) {
  vbv = vbv + u[i] * v[i];
  vv = vv + v[i] * v[i];
}
console.log(Math.sqrt(vbv / vv).toFixed(9));
