# calls: 100 million calls of a tiny function from a loop inside a function.
def add(a, b):
    return a + b

def run(n):
    s = 0
    for i in range(n):
        s = add(s, i)
        if s > 1000000000:
            s = s - 1000000000
    return s

print(run(100000000))
