// A DeltaBlue-flavoured constraint solver: prototype inheritance with
// Object.create and .call(this, ...) super calls.
function inherits(Sub, Base) { Sub.prototype = Object.create(Base.prototype); Sub.prototype.constructor = Sub; Sub.superConstructor = Base; }
function Strength(value, name) { this.strengthValue = value; this.name = name; }
Strength.stronger = function (a, b) { return a.strengthValue < b.strengthValue; };
Strength.weaker = function (a, b) { return a.strengthValue > b.strengthValue; };
Strength.REQUIRED = new Strength(0, 'required');
Strength.STRONG = new Strength(2, 'strongPreferred');
Strength.NORMAL = new Strength(4, 'normal');
Strength.WEAKEST = new Strength(6, 'weakest');
Strength.prototype.toString = function () { return '<' + this.name + '>'; };
function Variable(name, value) { this.name = name; this.value = value || 0; this.constraints = []; this.determinedBy = null; this.walkStrength = Strength.WEAKEST; this.stay = true; }
Variable.prototype.addConstraint = function (c) { this.constraints.push(c); };
Variable.prototype.removeConstraint = function (c) { this.constraints = this.constraints.filter(function (x) { return x !== c; }); if (this.determinedBy === c) this.determinedBy = null; };
function Constraint(strength) { this.strength = strength; }
Constraint.prototype.addConstraint = function (planner) { this.addToGraph(); planner.incrementalAdd(this); };
Constraint.prototype.isSatisfied = function () { return false; };
Constraint.prototype.describe = function () { return this.constructor.name + this.strength; };
function UnaryConstraint(v, strength, planner) { Constraint.call(this, strength); this.myOutput = v; this.satisfied = false; this.addConstraint(planner); }
inherits(UnaryConstraint, Constraint);
UnaryConstraint.prototype.addToGraph = function () { this.myOutput.addConstraint(this); this.satisfied = false; };
UnaryConstraint.prototype.isSatisfied = function () { return this.satisfied; };
UnaryConstraint.prototype.execute = function () {};
function StayConstraint(v, str, planner) { StayConstraint.superConstructor.call(this, v, str, planner); }
inherits(StayConstraint, UnaryConstraint);
function EditConstraint(v, str, planner) { UnaryConstraint.apply(this, [v, str, planner]); }
inherits(EditConstraint, UnaryConstraint);
EditConstraint.prototype.isInput = function () { return true; };
function EqualityConstraint(a, b, strength, planner) { Constraint.call(this, strength); this.a = a; this.b = b; this.a.addConstraint(this); this.b.addConstraint(this); }
inherits(EqualityConstraint, Constraint);
EqualityConstraint.prototype.execute = function () { this.b.value = this.a.value; };
function ScaleConstraint(src, scale, offset, dest, strength) { EqualityConstraint.call(this, src, dest, strength); this.scale = scale; this.offset = offset; }
inherits(ScaleConstraint, EqualityConstraint);
ScaleConstraint.prototype.execute = function () { this.b.value = this.a.value * this.scale.value + this.offset.value; };
function Planner() { this.currentMark = 0; this.added = []; }
Planner.prototype.incrementalAdd = function (c) { this.added.push(c); c.satisfied = true; this.currentMark++; };
Planner.prototype.run = function (cs) { for (var i = 0; i < cs.length; i++) cs[i].execute(); };
var planner = new Planner();
var chain = [];
var prev = null, first = null, last = null;
for (var i = 0; i <= 50; i++) {
  var v = new Variable('v' + i);
  if (prev !== null) chain.push(new EqualityConstraint(prev, v, Strength.REQUIRED, planner));
  if (i === 0) first = v;
  if (i === 50) last = v;
  prev = v;
}
new StayConstraint(last, Strength.STRONG, planner);
var edit = new EditConstraint(first, Strength.NORMAL, planner);
for (var k = 0; k < 100; k++) { first.value = k; planner.run(chain); if (last.value !== k) console.log('Chain test failed', k); }
var scale = new Variable('scale', 10), offset = new Variable('offset', 1000);
var src = new Variable('src'), dst = new Variable('dst');
var sc = new ScaleConstraint(src, scale, offset, dst, Strength.REQUIRED);
var sums = [];
for (var j = 0; j < 10; j++) { src.value = j; sc.execute(); sums.push(dst.value); }
console.log(last.value, planner.added.length, planner.currentMark, sums.join(','));
console.log(edit.describe(), sc.describe(), String(Strength.WEAKEST), edit.isInput(), edit instanceof UnaryConstraint, edit instanceof Constraint, sc instanceof EqualityConstraint);
console.log(Object.getPrototypeOf(sc) === ScaleConstraint.prototype, sc.constructor === ScaleConstraint, StayConstraint.superConstructor.name, Strength.stronger(Strength.REQUIRED, Strength.NORMAL));
first.removeConstraint(edit); console.log(first.constraints.length, first.determinedBy);
console.log(Object.keys(sc), 'execute' in sc, sc.hasOwnProperty('execute'));
console.log(sc.a.name, sc);

// expect: 99 2 2 1000,1010,1020,1030,1040,1050,1060,1070,1080,1090
// expect: EditConstraint<normal> ScaleConstraint<required> <weakest> true true true true
// expect: true true UnaryConstraint true
// expect: 1 null
// expect: [ 'strength', 'a', 'b', 'scale', 'offset' ] true false
// expect: src <ref *1> ScaleConstraint {
// expect:   strength: Strength { strengthValue: 0, name: 'required' },
// expect:   a: Variable {
// expect:     name: 'src',
// expect:     value: 9,
// expect:     constraints: [ [Circular *1] ],
// expect:     determinedBy: null,
// expect:     walkStrength: Strength { strengthValue: 6, name: 'weakest' },
// expect:     stay: true
// expect:   },
// expect:   b: Variable {
// expect:     name: 'dst',
// expect:     value: 1090,
// expect:     constraints: [ [Circular *1] ],
// expect:     determinedBy: null,
// expect:     walkStrength: Strength { strengthValue: 6, name: 'weakest' },
// expect:     stay: true
// expect:   },
// expect:   scale: Variable {
// expect:     name: 'scale',
// expect:     value: 10,
// expect:     constraints: [],
// expect:     determinedBy: null,
// expect:     walkStrength: Strength { strengthValue: 6, name: 'weakest' },
// expect:     stay: true
// expect:   },
// expect:   offset: Variable {
// expect:     name: 'offset',
// expect:     value: 1000,
// expect:     constraints: [],
// expect:     determinedBy: null,
// expect:     walkStrength: Strength { strengthValue: 6, name: 'weakest' },
// expect:     stay: true
// expect:   }
// expect: }
