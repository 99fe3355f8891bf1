# classes: shapes of four classes with a common base class, rebuilt every
# round; one call site (`s.area()`) sees every class, a property on the base
# class calls two more methods, and constructors call super().__init__.
COUNT = 1000
ROUNDS = 800


class Shape:
    __slots__ = ("id",)

    def __init__(self, id):
        self.id = id

    @property
    def weight(self):
        return self.area() + self.perimeter()

    def describe(self):
        return self.kind() * 1000 + (self.area() % 1000)


class Circle(Shape):
    __slots__ = ("r",)

    def __init__(self, id, r):
        super().__init__(id)
        self.r = r

    def kind(self):
        return 1

    def area(self):
        return 3 * self.r * self.r

    def perimeter(self):
        return 6 * self.r


class Rect(Shape):
    __slots__ = ("w", "h")

    def __init__(self, id, w, h):
        super().__init__(id)
        self.w = w
        self.h = h

    def kind(self):
        return 2

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    __slots__ = ()

    def __init__(self, id, s):
        super().__init__(id, s, s)

    def kind(self):
        return 3


class Tri(Shape):
    __slots__ = ("b", "h")

    def __init__(self, id, b, h):
        super().__init__(id)
        self.b = b
        self.h = h

    def kind(self):
        return 4

    def area(self):
        return (self.b * self.h) // 2

    def perimeter(self):
        return 3 * self.b


def make(i):
    k = i % 4
    if k == 0:
        return Circle(i, (i % 7) + 1)
    if k == 1:
        return Rect(i, (i % 5) + 1, (i % 11) + 2)
    if k == 2:
        return Square(i, (i % 9) + 1)
    return Tri(i, (i % 13) + 1, (i % 3) + 4)


def round_(r):
    shapes = [make(i + r) for i in range(COUNT)]
    total = 0
    for _ in range(8):
        for s in shapes:
            total = (total + s.area() + s.weight + s.describe()) % 1000003
    return total


checksum = 0
for r in range(ROUNDS):
    checksum = (checksum * 31 + round_(r)) % 1000003
print(checksum)
