# closures: a functional pipeline whose every stage is a closure -- map,
# filter, forEach and reduce written as functions taking callbacks, and
# callbacks that capture and update state (a counter of closures, an adder,
# a composition, a running maximum). Fresh closures every round.
N = 2000
ROUNDS = 5000


def map_(a, f):
    out = []
    for i in range(len(a)):
        out.append(f(a[i], i))
    return out


def filter_(a, keep):
    out = []
    for i in range(len(a)):
        if keep(a[i]):
            out.append(a[i])
    return out


def for_each(a, f):
    for i in range(len(a)):
        f(a[i])


def reduce_(a, f, acc):
    for i in range(len(a)):
        acc = f(acc, a[i])
    return acc


def make_counter():
    n = 0

    def inc():
        nonlocal n
        n = n + 1
        return n

    def get():
        return n

    return inc, get


def adder(k):
    return lambda x: (x + k) % 1000003


def compose(f, g):
    return lambda x: f(g(x))


def main():
    data = [(i * 7919) % 10007 for i in range(N)]
    checksum = 0
    for r in range(ROUNDS):
        inc, get = make_counter()
        shift = adder(r)
        scale = lambda x, r=r: (x * 3 + r) % 10007
        f = compose(shift, scale)
        mapped = map_(data, lambda x, i: f(x) + (i % 8))
        kept = filter_(mapped, lambda x: inc() is not None and x % 4 != 0)
        max_seen = 0

        def see(x):
            nonlocal max_seen
            if x > max_seen:
                max_seen = x

        for_each(kept, see)
        total = reduce_(kept, lambda acc, x: (acc + x * 31) % 1000003, 0)
        checksum = (checksum + total + max_seen + get() + len(kept)) % 1000003
    print(checksum)


main()
