# exceptions: a record validator that throws and catches per item (the
# JavaScript version's twin: exception classes, try/except/finally).


class Big(Exception):
    def __init__(self, code, value):
        self.code = code
        self.value = value


def digit(c):
    if c < 48 or c > 57:
        raise ValueError("bad digit")
    return c - 48


def number(s, start, end):
    n = 0
    for i in range(start, end):
        n = n * 10 + digit(ord(s[i]))
    if n > 60000:
        raise Big(2, n)
    return n


def record(s):
    comma = s.find(",")
    if comma < 0:
        raise TypeError("no comma")
    return number(s, 0, comma) + number(s, comma + 1, len(s))


def checked(s):
    try:
        return record(s)
    except TypeError:
        return -1


seed = 12345


def next_random():
    global seed
    seed = (seed * 16807) % 2147483647
    return seed


chars = "0123456789"
items = []
for i in range(2000):
    s = ""
    for j in range(3 + next_random() % 3):
        s += chars[next_random() % 10]
    kind = next_random() % 8
    if kind == 0:
        s += "x"
    if kind != 1:
        s += ","
    for j in range(2 + next_random() % 4):
        s += chars[next_random() % 10]
    items.append(s)

total = bad = big = none = seen = 0
for round in range(250):
    for item in items:
        try:
            v = checked(item)
            if v < 0:
                none += 1
            else:
                total = (total + v) % 1000000007
        except ValueError:
            bad += 1
        except Big as e:
            if e.code == 2:
                big += 1
        finally:
            seen += 1
print(total, bad, big, none, seen)
