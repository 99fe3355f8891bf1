// deltablue: an incremental one-way dataflow constraint solver in the style
// of DeltaBlue -- variables, constraints with strengths, a planner that
// satisfies them and extracts execution plans -- run on a long chain of
// equalities and on a projection through scale constraints. Plain objects;
// the kind of constraint is a field that the top-level functions dispatch on.
const CHAIN = 100;
const PROJECTION = 100;
const ROUNDS = 700;

// Strengths: a smaller number is stronger.
const REQUIRED = 0;
const STRONG_PREFERRED = 1;
const PREFERRED = 2;
const STRONG_DEFAULT = 3;
const NORMAL = 4;
const WEAK_DEFAULT = 5;
const WEAKEST = 6;

const STAY = 0;
const EDIT = 1;
const EQUALITY = 2;
const SCALE = 3;

const NONE = 0;
const FORWARD = 1;
const BACKWARD = 2;

function stronger(a, b) {
  return a < b;
}

function weaker(a, b) {
  return a > b;
}

function weakestOf(a, b) {
  return weaker(a, b) ? a : b;
}

function nextWeaker(s) {
  return s + 1;
}

// ---- variables

function makeVariable(value) {
  return {
    value: value, constraints: [], determinedBy: null, mark: 0,
    walkStrength: WEAKEST, stay: true
  };
}

function removeConstraintFrom(v, c) {
  const kept = [];
  const cs = v.constraints;
  for (let i = 0; i < cs.length; i++) {
    if (cs[i] !== c) kept.push(cs[i]);
  }
  v.constraints = kept;
  if (v.determinedBy === c) v.determinedBy = null;
}

// ---- constraints
// Unary constraints (stay, edit) use `output` and `satisfied`; binary ones
// (equality, scale) use v1, v2 and `direction`; scale also scale/offset.

function makeConstraint(kind, strength, output, v1, v2, scale, offset) {
  return {
    kind: kind, strength: strength, output: output, satisfied: false,
    v1: v1, v2: v2, direction: NONE, scale: scale, offset: offset
  };
}

function isUnary(c) {
  return c.kind === STAY || c.kind === EDIT;
}

function isInput(c) {
  return c.kind === EDIT;
}

function isSatisfied(c) {
  if (isUnary(c)) return c.satisfied;
  return c.direction !== NONE;
}

function outputOf(c) {
  if (isUnary(c)) return c.output;
  return c.direction === FORWARD ? c.v2 : c.v1;
}

function inputOf(c) {
  return c.direction === FORWARD ? c.v1 : c.v2;
}

function addToGraph(c) {
  if (isUnary(c)) {
    c.output.constraints.push(c);
    c.satisfied = false;
    return;
  }
  c.v1.constraints.push(c);
  c.v2.constraints.push(c);
  if (c.kind === SCALE) {
    c.scale.constraints.push(c);
    c.offset.constraints.push(c);
  }
  c.direction = NONE;
}

function removeFromGraph(c) {
  if (isUnary(c)) {
    removeConstraintFrom(c.output, c);
    c.satisfied = false;
    return;
  }
  removeConstraintFrom(c.v1, c);
  removeConstraintFrom(c.v2, c);
  if (c.kind === SCALE) {
    removeConstraintFrom(c.scale, c);
    removeConstraintFrom(c.offset, c);
  }
  c.direction = NONE;
}

function chooseMethod(c, mark) {
  if (isUnary(c)) {
    c.satisfied = c.output.mark !== mark && stronger(c.strength, c.output.walkStrength);
    return;
  }
  const v1 = c.v1;
  const v2 = c.v2;
  if (v1.mark === mark) {
    c.direction = v2.mark !== mark && stronger(c.strength, v2.walkStrength) ? FORWARD : NONE;
  } else if (v2.mark === mark) {
    c.direction = v1.mark !== mark && stronger(c.strength, v1.walkStrength) ? BACKWARD : NONE;
  } else if (weaker(v1.walkStrength, v2.walkStrength)) {
    c.direction = stronger(c.strength, v1.walkStrength) ? BACKWARD : NONE;
  } else {
    c.direction = stronger(c.strength, v2.walkStrength) ? FORWARD : BACKWARD;
  }
}

function markInputs(c, mark) {
  if (isUnary(c)) return;
  inputOf(c).mark = mark;
  if (c.kind === SCALE) {
    c.scale.mark = mark;
    c.offset.mark = mark;
  }
}

function markUnsatisfied(c) {
  if (isUnary(c)) {
    c.satisfied = false;
  } else {
    c.direction = NONE;
  }
}

function inputsKnown(c, mark) {
  if (isUnary(c)) return true;
  const i = inputOf(c);
  return i.mark === mark || i.stay || i.determinedBy === null;
}

function execute(c) {
  if (c.kind === EQUALITY) {
    outputOf(c).value = inputOf(c).value;
  } else if (c.kind === SCALE) {
    if (c.direction === FORWARD) {
      c.v2.value = c.v1.value * c.scale.value + c.offset.value;
    } else {
      c.v1.value = (c.v2.value - c.offset.value) / c.scale.value;
    }
  }
}

function recalculate(c) {
  if (isUnary(c)) {
    c.output.walkStrength = c.strength;
    c.output.stay = !isInput(c);
    if (c.output.stay) execute(c);
    return;
  }
  const input = inputOf(c);
  const out = outputOf(c);
  out.walkStrength = weakestOf(c.strength, input.walkStrength);
  out.stay = input.stay;
  if (c.kind === SCALE) out.stay = out.stay && c.scale.stay && c.offset.stay;
  if (out.stay) execute(c);
}

// Returns the constraint this one overrode, or null.
function satisfy(planner, c, mark) {
  chooseMethod(c, mark);
  if (!isSatisfied(c)) {
    if (c.strength === REQUIRED) planner.errors = planner.errors + 1;
    return null;
  }
  markInputs(c, mark);
  const out = outputOf(c);
  const overridden = out.determinedBy;
  if (overridden !== null) markUnsatisfied(overridden);
  out.determinedBy = c;
  if (!addPropagate(planner, c, mark)) planner.errors = planner.errors + 1;
  out.mark = mark;
  return overridden;
}

function addConstraint(planner, c) {
  addToGraph(c);
  incrementalAdd(planner, c);
  return c;
}

function destroyConstraint(planner, c) {
  if (isSatisfied(c)) {
    incrementalRemove(planner, c);
  } else {
    removeFromGraph(c);
  }
}

function stayConstraint(planner, v, strength) {
  return addConstraint(planner, makeConstraint(STAY, strength, v, null, null, null, null));
}

function editConstraint(planner, v, strength) {
  return addConstraint(planner, makeConstraint(EDIT, strength, v, null, null, null, null));
}

function equalityConstraint(planner, a, b, strength) {
  return addConstraint(planner, makeConstraint(EQUALITY, strength, null, a, b, null, null));
}

function scaleConstraint(planner, src, scale, offset, dst, strength) {
  return addConstraint(planner, makeConstraint(SCALE, strength, null, src, dst, scale, offset));
}

// ---- planner

function newMark(planner) {
  planner.currentMark = planner.currentMark + 1;
  return planner.currentMark;
}

function incrementalAdd(planner, c) {
  const mark = newMark(planner);
  let overridden = satisfy(planner, c, mark);
  while (overridden !== null) overridden = satisfy(planner, overridden, mark);
}

function incrementalRemove(planner, c) {
  const out = outputOf(c);
  markUnsatisfied(c);
  removeFromGraph(c);
  const unsatisfied = removePropagateFrom(out);
  let strength = REQUIRED;
  while (true) {
    for (let i = 0; i < unsatisfied.length; i++) {
      const u = unsatisfied[i];
      if (u.strength === strength) incrementalAdd(planner, u);
    }
    strength = nextWeaker(strength);
    if (strength === WEAKEST) break;
  }
}

function addConstraintsConsumingTo(v, coll) {
  const determining = v.determinedBy;
  const cs = v.constraints;
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i];
    if (c !== determining && isSatisfied(c)) coll.push(c);
  }
}

function addPropagate(planner, c, mark) {
  const todo = [c];
  while (todo.length > 0) {
    const d = todo.pop();
    if (outputOf(d).mark === mark) {
      incrementalRemove(planner, c);
      return false;
    }
    recalculate(d);
    addConstraintsConsumingTo(outputOf(d), todo);
  }
  return true;
}

function removePropagateFrom(out) {
  out.determinedBy = null;
  out.walkStrength = WEAKEST;
  out.stay = true;
  const unsatisfied = [];
  const todo = [out];
  while (todo.length > 0) {
    const v = todo.pop();
    const cs = v.constraints;
    for (let i = 0; i < cs.length; i++) {
      if (!isSatisfied(cs[i])) unsatisfied.push(cs[i]);
    }
    const determining = v.determinedBy;
    for (let i = 0; i < cs.length; i++) {
      const next = cs[i];
      if (next !== determining && isSatisfied(next)) {
        recalculate(next);
        todo.push(outputOf(next));
      }
    }
  }
  return unsatisfied;
}

function makePlan(planner, sources) {
  const mark = newMark(planner);
  const plan = [];
  const todo = sources;
  while (todo.length > 0) {
    const c = todo.shift();
    const out = outputOf(c);
    if (out.mark !== mark && inputsKnown(c, mark)) {
      plan.push(c);
      out.mark = mark;
      addConstraintsConsumingTo(out, todo);
    }
  }
  return plan;
}

function extractPlan(planner, constraints) {
  const sources = [];
  for (let i = 0; i < constraints.length; i++) {
    const c = constraints[i];
    if (isInput(c) && isSatisfied(c)) sources.push(c);
  }
  return makePlan(planner, sources);
}

function executePlan(plan) {
  for (let i = 0; i < plan.length; i++) execute(plan[i]);
}

// ---- the two tests

function chainTest(n) {
  const planner = { currentMark: 0, errors: 0 };
  let prev = null;
  let first = null;
  let last = null;
  for (let i = 0; i <= n; i++) {
    const v = makeVariable(0);
    if (prev !== null) equalityConstraint(planner, prev, v, REQUIRED);
    if (i === 0) first = v;
    if (i === n) last = v;
    prev = v;
  }
  stayConstraint(planner, last, STRONG_DEFAULT);
  const edit = editConstraint(planner, first, PREFERRED);
  const plan = extractPlan(planner, [edit]);
  let sum = 0;
  for (let i = 0; i < 100; i++) {
    first.value = i;
    executePlan(plan);
    if (last.value !== i) planner.errors = planner.errors + 1;
    sum = sum + last.value;
  }
  destroyConstraint(planner, edit);
  return sum + planner.currentMark + planner.errors * 1000000;
}

function change(planner, v, value) {
  const edit = editConstraint(planner, v, PREFERRED);
  const plan = extractPlan(planner, [edit]);
  for (let i = 0; i < 10; i++) {
    v.value = value;
    executePlan(plan);
  }
  destroyConstraint(planner, edit);
}

function projectionTest(n) {
  const planner = { currentMark: 0, errors: 0 };
  const scale = makeVariable(10);
  const offset = makeVariable(1000);
  let src = null;
  let dst = null;
  const dests = [];
  for (let i = 0; i < n; i++) {
    src = makeVariable(i);
    dst = makeVariable(i);
    dests.push(dst);
    stayConstraint(planner, src, NORMAL);
    scaleConstraint(planner, src, scale, offset, dst, REQUIRED);
  }
  change(planner, src, 17);
  if (dst.value !== 1170) planner.errors = planner.errors + 1;
  change(planner, dst, 1050);
  if (src.value !== 5) planner.errors = planner.errors + 1;
  change(planner, scale, 5);
  let sum = 0;
  for (let i = 0; i < n - 1; i++) {
    if (dests[i].value !== i * 5 + 1000) planner.errors = planner.errors + 1;
    sum = sum + dests[i].value;
  }
  change(planner, offset, 2000);
  for (let i = 0; i < n - 1; i++) {
    if (dests[i].value !== i * 5 + 2000) planner.errors = planner.errors + 1;
    sum = sum + dests[i].value;
  }
  return sum + planner.currentMark + planner.errors * 1000000;
}

let checksum = 0;
for (let r = 0; r < ROUNDS; r++) {
  checksum = (checksum + chainTest(CHAIN) + projectionTest(PROJECTION)) % 1000003;
}
console.log(checksum);
