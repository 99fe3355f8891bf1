# deltablue: an incremental one-way dataflow constraint solver in the style
# of DeltaBlue -- variables, constraints with strengths, a planner that
# satisfies them and extracts execution plans -- run on a long chain of
# equalities and on a projection through scale constraints (the same
# algorithm as deltablue.js: the kind of constraint is a field that plain
# functions dispatch on).
CHAIN = 100
PROJECTION = 100
ROUNDS = 700

# Strengths: a smaller number is stronger.
REQUIRED = 0
STRONG_PREFERRED = 1
PREFERRED = 2
STRONG_DEFAULT = 3
NORMAL = 4
WEAK_DEFAULT = 5
WEAKEST = 6

STAY = 0
EDIT = 1
EQUALITY = 2
SCALE = 3

NONE = 0
FORWARD = 1
BACKWARD = 2


def stronger(a, b):
    return a < b


def weaker(a, b):
    return a > b


def weakest_of(a, b):
    return a if weaker(a, b) else b


def next_weaker(s):
    return s + 1


class Variable:
    __slots__ = ("value", "constraints", "determined_by", "mark", "walk_strength", "stay")

    def __init__(self, value):
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True


class Constraint:
    # Unary constraints (stay, edit) use output and satisfied; binary ones
    # (equality, scale) use v1, v2 and direction; scale also scale/offset.
    __slots__ = ("kind", "strength", "output", "satisfied", "v1", "v2", "direction", "scale",
                 "offset")

    def __init__(self, kind, strength, output, v1, v2, scale, offset):
        self.kind = kind
        self.strength = strength
        self.output = output
        self.satisfied = False
        self.v1 = v1
        self.v2 = v2
        self.direction = NONE
        self.scale = scale
        self.offset = offset


class Planner:
    __slots__ = ("current_mark", "errors")

    def __init__(self):
        self.current_mark = 0
        self.errors = 0


def remove_constraint_from(v, c):
    kept = []
    cs = v.constraints
    for i in range(len(cs)):
        if cs[i] is not c:
            kept.append(cs[i])
    v.constraints = kept
    if v.determined_by is c:
        v.determined_by = None


def is_unary(c):
    return c.kind == STAY or c.kind == EDIT


def is_input(c):
    return c.kind == EDIT


def is_satisfied(c):
    if is_unary(c):
        return c.satisfied
    return c.direction != NONE


def output_of(c):
    if is_unary(c):
        return c.output
    return c.v2 if c.direction == FORWARD else c.v1


def input_of(c):
    return c.v1 if c.direction == FORWARD else c.v2


def add_to_graph(c):
    if is_unary(c):
        c.output.constraints.append(c)
        c.satisfied = False
        return
    c.v1.constraints.append(c)
    c.v2.constraints.append(c)
    if c.kind == SCALE:
        c.scale.constraints.append(c)
        c.offset.constraints.append(c)
    c.direction = NONE


def remove_from_graph(c):
    if is_unary(c):
        remove_constraint_from(c.output, c)
        c.satisfied = False
        return
    remove_constraint_from(c.v1, c)
    remove_constraint_from(c.v2, c)
    if c.kind == SCALE:
        remove_constraint_from(c.scale, c)
        remove_constraint_from(c.offset, c)
    c.direction = NONE


def choose_method(c, mark):
    if is_unary(c):
        c.satisfied = c.output.mark != mark and stronger(c.strength, c.output.walk_strength)
        return
    v1 = c.v1
    v2 = c.v2
    if v1.mark == mark:
        c.direction = FORWARD if v2.mark != mark and stronger(c.strength, v2.walk_strength) else NONE
    elif v2.mark == mark:
        c.direction = BACKWARD if v1.mark != mark and stronger(c.strength, v1.walk_strength) else NONE
    elif weaker(v1.walk_strength, v2.walk_strength):
        c.direction = BACKWARD if stronger(c.strength, v1.walk_strength) else NONE
    else:
        c.direction = FORWARD if stronger(c.strength, v2.walk_strength) else BACKWARD


def mark_inputs(c, mark):
    if is_unary(c):
        return
    input_of(c).mark = mark
    if c.kind == SCALE:
        c.scale.mark = mark
        c.offset.mark = mark


def mark_unsatisfied(c):
    if is_unary(c):
        c.satisfied = False
    else:
        c.direction = NONE


def inputs_known(c, mark):
    if is_unary(c):
        return True
    i = input_of(c)
    return i.mark == mark or i.stay or i.determined_by is None


def execute(c):
    if c.kind == EQUALITY:
        output_of(c).value = input_of(c).value
    elif c.kind == SCALE:
        if c.direction == FORWARD:
            c.v2.value = c.v1.value * c.scale.value + c.offset.value
        else:
            c.v1.value = (c.v2.value - c.offset.value) / c.scale.value


def recalculate(c):
    if is_unary(c):
        c.output.walk_strength = c.strength
        c.output.stay = not is_input(c)
        if c.output.stay:
            execute(c)
        return
    inp = input_of(c)
    out = output_of(c)
    out.walk_strength = weakest_of(c.strength, inp.walk_strength)
    out.stay = inp.stay
    if c.kind == SCALE:
        out.stay = out.stay and c.scale.stay and c.offset.stay
    if out.stay:
        execute(c)


def satisfy(planner, c, mark):
    """Returns the constraint this one overrode, or None."""
    choose_method(c, mark)
    if not is_satisfied(c):
        if c.strength == REQUIRED:
            planner.errors = planner.errors + 1
        return None
    mark_inputs(c, mark)
    out = output_of(c)
    overridden = out.determined_by
    if overridden is not None:
        mark_unsatisfied(overridden)
    out.determined_by = c
    if not add_propagate(planner, c, mark):
        planner.errors = planner.errors + 1
    out.mark = mark
    return overridden


def add_constraint(planner, c):
    add_to_graph(c)
    incremental_add(planner, c)
    return c


def destroy_constraint(planner, c):
    if is_satisfied(c):
        incremental_remove(planner, c)
    else:
        remove_from_graph(c)


def stay_constraint(planner, v, strength):
    return add_constraint(planner, Constraint(STAY, strength, v, None, None, None, None))


def edit_constraint(planner, v, strength):
    return add_constraint(planner, Constraint(EDIT, strength, v, None, None, None, None))


def equality_constraint(planner, a, b, strength):
    return add_constraint(planner, Constraint(EQUALITY, strength, None, a, b, None, None))


def scale_constraint(planner, src, scale, offset, dst, strength):
    return add_constraint(planner, Constraint(SCALE, strength, None, src, dst, scale, offset))


# ---- planner

def new_mark(planner):
    planner.current_mark = planner.current_mark + 1
    return planner.current_mark


def incremental_add(planner, c):
    mark = new_mark(planner)
    overridden = satisfy(planner, c, mark)
    while overridden is not None:
        overridden = satisfy(planner, overridden, mark)


def incremental_remove(planner, c):
    out = output_of(c)
    mark_unsatisfied(c)
    remove_from_graph(c)
    unsatisfied = remove_propagate_from(out)
    strength = REQUIRED
    while True:
        for i in range(len(unsatisfied)):
            u = unsatisfied[i]
            if u.strength == strength:
                incremental_add(planner, u)
        strength = next_weaker(strength)
        if strength == WEAKEST:
            break


def add_constraints_consuming_to(v, coll):
    determining = v.determined_by
    cs = v.constraints
    for i in range(len(cs)):
        c = cs[i]
        if c is not determining and is_satisfied(c):
            coll.append(c)


def add_propagate(planner, c, mark):
    todo = [c]
    while len(todo) > 0:
        d = todo.pop()
        if output_of(d).mark == mark:
            incremental_remove(planner, c)
            return False
        recalculate(d)
        add_constraints_consuming_to(output_of(d), todo)
    return True


def remove_propagate_from(out):
    out.determined_by = None
    out.walk_strength = WEAKEST
    out.stay = True
    unsatisfied = []
    todo = [out]
    while len(todo) > 0:
        v = todo.pop()
        cs = v.constraints
        for i in range(len(cs)):
            if not is_satisfied(cs[i]):
                unsatisfied.append(cs[i])
        determining = v.determined_by
        for i in range(len(cs)):
            nxt = cs[i]
            if nxt is not determining and is_satisfied(nxt):
                recalculate(nxt)
                todo.append(output_of(nxt))
    return unsatisfied


def make_plan(planner, sources):
    mark = new_mark(planner)
    plan = []
    todo = sources
    while len(todo) > 0:
        c = todo.pop(0)
        out = output_of(c)
        if out.mark != mark and inputs_known(c, mark):
            plan.append(c)
            out.mark = mark
            add_constraints_consuming_to(out, todo)
    return plan


def extract_plan(planner, constraints):
    sources = []
    for i in range(len(constraints)):
        c = constraints[i]
        if is_input(c) and is_satisfied(c):
            sources.append(c)
    return make_plan(planner, sources)


def execute_plan(plan):
    for i in range(len(plan)):
        execute(plan[i])


# ---- the two tests

def chain_test(n):
    planner = Planner()
    prev = first = last = None
    for i in range(n + 1):
        v = Variable(0)
        if prev is not None:
            equality_constraint(planner, prev, v, REQUIRED)
        if i == 0:
            first = v
        if i == n:
            last = v
        prev = v
    stay_constraint(planner, last, STRONG_DEFAULT)
    edit = edit_constraint(planner, first, PREFERRED)
    plan = extract_plan(planner, [edit])
    total = 0
    for i in range(100):
        first.value = i
        execute_plan(plan)
        if last.value != i:
            planner.errors = planner.errors + 1
        total = total + last.value
    destroy_constraint(planner, edit)
    return total + planner.current_mark + planner.errors * 1000000


def change(planner, v, value):
    edit = edit_constraint(planner, v, PREFERRED)
    plan = extract_plan(planner, [edit])
    for i in range(10):
        v.value = value
        execute_plan(plan)
    destroy_constraint(planner, edit)


def projection_test(n):
    planner = Planner()
    scale = Variable(10)
    offset = Variable(1000)
    src = dst = None
    dests = []
    for i in range(n):
        src = Variable(i)
        dst = Variable(i)
        dests.append(dst)
        stay_constraint(planner, src, NORMAL)
        scale_constraint(planner, src, scale, offset, dst, REQUIRED)
    change(planner, src, 17)
    if dst.value != 1170:
        planner.errors = planner.errors + 1
    change(planner, dst, 1050)
    if src.value != 5:
        planner.errors = planner.errors + 1
    change(planner, scale, 5)
    total = 0
    for i in range(n - 1):
        if dests[i].value != i * 5 + 1000:
            planner.errors = planner.errors + 1
        total = total + dests[i].value
    change(planner, offset, 2000)
    for i in range(n - 1):
        if dests[i].value != i * 5 + 2000:
            planner.errors = planner.errors + 1
        total = total + dests[i].value
    return total + planner.current_mark + planner.errors * 1000000


def main():
    checksum = 0
    for r in range(ROUNDS):
        checksum = (checksum + chain_test(CHAIN) + projection_test(PROJECTION)) % 1000003
    # Scale constraints divide (/ gives a float), so print the integral value.
    print(int(checksum))


main()
