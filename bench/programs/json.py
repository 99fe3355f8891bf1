# json: generate a JSON document as a string, then tokenize and parse it by
# ord() scanning into tagged Node objects, and walk the tree for a checksum
# (the same algorithm as json.js; json.loads is not used).
RECORDS = 1000
ROUNDS = 160

T_NULL = 0
T_TRUE = 1
T_FALSE = 2
T_NUMBER = 3
T_STRING = 4
T_ARRAY = 5
T_OBJECT = 6

KEYS = ["id", "name", "tags", "score", "active", "parent", "children", "note"]


class Rng:
    __slots__ = ("seed",)

    def __init__(self, seed):
        self.seed = seed


class Parser:
    __slots__ = ("text", "pos", "errors")

    def __init__(self, text):
        self.text = text
        self.pos = 0
        self.errors = 0


class Node:
    __slots__ = ("type", "num", "str", "items", "keys")

    def __init__(self, type, num, str, items, keys):
        self.type = type
        self.num = num
        self.str = str
        self.items = items
        self.keys = keys


# ---- generator (a deterministic pseudo-random document)

def next_random(rng):
    rng.seed = (rng.seed * 1101 + 12345) % 1048576
    # The low bits of a power-of-two LCG cycle quickly; use the high ones.
    return rng.seed // 16


def int_to_string(n):
    if n == 0:
        return "0"
    neg = False
    if n < 0:
        neg = True
        n = -n
    digits = []
    while n > 0:
        d = n % 10
        digits.insert(0, chr(48 + d))
        n = (n - d) // 10
    if neg:
        digits.insert(0, "-")
    return "".join(digits)


def gen_word(rng, out):
    length = 3 + next_random(rng) % 8
    out.append("\"")
    for i in range(length):
        out.append(chr(97 + next_random(rng) % 26))
    out.append("\"")


def gen_value(rng, out, depth):
    r = next_random(rng) % 10
    if depth > 3 or r < 3:
        out.append(int_to_string(next_random(rng) % 20000 - 10000))
    elif r < 5:
        gen_word(rng, out)
    elif r == 5:
        out.append("true")
    elif r == 6:
        out.append("false")
    elif r == 7:
        out.append("null")
    elif r == 8:
        n = next_random(rng) % 5
        out.append("[")
        for i in range(n):
            if i > 0:
                out.append(", ")
            gen_value(rng, out, depth + 1)
        out.append("]")
    else:
        gen_object(rng, out, depth + 1)


def gen_object(rng, out, depth):
    n = 1 + next_random(rng) % 4
    start = next_random(rng) % len(KEYS)
    out.append("{")
    for i in range(n):
        if i > 0:
            out.append(",")
        out.append("\"")
        out.append(KEYS[(start + i) % len(KEYS)])
        out.append("\": ")
        gen_value(rng, out, depth)
    out.append("}")


def generate(records):
    rng = Rng(42)
    out = []
    out.append("[\n")
    for i in range(records):
        if i > 0:
            out.append(",\n")
        gen_object(rng, out, 0)
    out.append("\n]")
    return "".join(out)


# ---- parser

def skip_space(p):
    s = p.text
    while p.pos < len(s):
        c = ord(s[p.pos])
        if c != 32 and c != 10 and c != 13 and c != 9:
            return
        p.pos = p.pos + 1


def char_at(p):
    # charCodeAt past the end is NaN in JavaScript: equal to nothing.
    if p.pos < len(p.text):
        return ord(p.text[p.pos])
    return -1


def expect(p, c):
    if char_at(p) != c:
        p.errors = p.errors + 1
    p.pos = p.pos + 1


def parse_string(p):
    s = p.text
    expect(p, 34)
    st = ""
    while p.pos < len(s):
        c = ord(s[p.pos])
        p.pos = p.pos + 1
        if c == 34:
            return st
        if c == 92:
            st = st + s[p.pos]
            p.pos = p.pos + 1
        else:
            st = st + chr(c)
    p.errors = p.errors + 1
    return st


def parse_number(p):
    s = p.text
    neg = False
    if char_at(p) == 45:
        neg = True
        p.pos = p.pos + 1
    n = 0
    while p.pos < len(s):
        c = ord(s[p.pos])
        if c < 48 or c > 57:
            break
        n = n * 10 + (c - 48)
        p.pos = p.pos + 1
    if neg:
        n = -n
    return Node(T_NUMBER, n, None, None, None)


def parse_literal(p, word, type):
    for i in range(len(word)):
        expect(p, ord(word[i]))
    return Node(type, 0, None, None, None)


def parse_array(p):
    expect(p, 91)
    items = []
    skip_space(p)
    if char_at(p) == 93:
        p.pos = p.pos + 1
    else:
        while True:
            items.append(parse_value(p))
            skip_space(p)
            c = char_at(p)
            p.pos = p.pos + 1
            if c == 93:
                break
            if c != 44:
                p.errors = p.errors + 1
                break
    return Node(T_ARRAY, 0, None, items, None)


def parse_object(p):
    expect(p, 123)
    keys = []
    items = []
    skip_space(p)
    if char_at(p) == 125:
        p.pos = p.pos + 1
    else:
        while True:
            skip_space(p)
            keys.append(parse_string(p))
            skip_space(p)
            expect(p, 58)
            items.append(parse_value(p))
            skip_space(p)
            c = char_at(p)
            p.pos = p.pos + 1
            if c == 125:
                break
            if c != 44:
                p.errors = p.errors + 1
                break
    return Node(T_OBJECT, 0, None, items, keys)


def parse_value(p):
    skip_space(p)
    c = char_at(p)
    if c == 123:
        return parse_object(p)
    if c == 91:
        return parse_array(p)
    if c == 34:
        st = parse_string(p)
        return Node(T_STRING, 0, st, None, None)
    if c == 116:
        return parse_literal(p, "true", T_TRUE)
    if c == 102:
        return parse_literal(p, "false", T_FALSE)
    if c == 110:
        return parse_literal(p, "null", T_NULL)
    return parse_number(p)


# ---- checksum walk

def mix(h, v):
    return (h * 31 + v + 1000000) % 1000000007


def walk(node, h):
    t = node.type
    if t == T_NUMBER:
        return mix(h, node.num)
    if t == T_STRING:
        return mix(mix(h, len(node.str)), ord(node.str[0]))
    if t == T_ARRAY or t == T_OBJECT:
        items = node.items
        h = mix(h, len(items) + t)
        for i in range(len(items)):
            if t == T_OBJECT:
                h = mix(h, ord(node.keys[i][0]) + len(node.keys[i]))
            h = walk(items[i], h)
        return h
    return mix(h, t)


def main():
    text = generate(RECORDS)
    checksum = len(text)
    for r in range(ROUNDS):
        p = Parser(text)
        doc = parse_value(p)
        checksum = walk(doc, checksum)
        checksum = mix(checksum, p.errors * 1000)
    print(checksum)


main()
