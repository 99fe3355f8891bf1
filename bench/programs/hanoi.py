# hanoi: the Towers of Hanoi with three lists as stacks (append/pop); every
# move checks that no disk lands on a smaller one.
DISKS = 22
ROUNDS = 3


class Game:
    __slots__ = ("pegs", "moves", "errors")

    def __init__(self):
        self.pegs = [[], [], []]
        self.moves = 0
        self.errors = 0


def move_disk(game, frm, to):
    src = game.pegs[frm]
    dst = game.pegs[to]
    disk = src.pop()
    if len(dst) > 0 and dst[len(dst) - 1] < disk:
        game.errors = game.errors + 1
    dst.append(disk)
    game.moves = game.moves + 1


def move(game, n, frm, to, via):
    if n == 0:
        return
    move(game, n - 1, frm, via, to)
    move_disk(game, frm, to)
    move(game, n - 1, via, to, frm)


def play(n):
    game = Game()
    for d in range(n, 0, -1):
        game.pegs[0].append(d)
    move(game, n, 0, 2, 1)
    # Every disk must end on the last peg, largest at the bottom.
    last = game.pegs[2]
    for i in range(len(last)):
        if last[i] != n - i:
            game.errors = game.errors + 1
    return game.moves + game.errors * 1000000000


total = 0
for r in range(ROUNDS):
    total = total + play(DISKS)
print(total)
