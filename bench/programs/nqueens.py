# nqueens: count the placements of N non-attacking queens by backtracking,
# with three lists of booleans for the columns and the two diagonals.
N = 10
ROUNDS = 70


class Board:
    __slots__ = ("n", "cols", "diag1", "diag2", "queens")

    def __init__(self, n):
        self.n = n
        self.cols = falses(n)
        self.diag1 = falses(2 * n - 1)
        self.diag2 = falses(2 * n - 1)
        self.queens = falses(n)


def place(board, row):
    n = board.n
    if row == n:
        return 1
    count = 0
    for col in range(n):
        d1 = row + col
        d2 = row - col + n - 1
        if not board.cols[col] and not board.diag1[d1] and not board.diag2[d2]:
            board.cols[col] = True
            board.diag1[d1] = True
            board.diag2[d2] = True
            board.queens[row] = col
            count = count + place(board, row + 1)
            board.cols[col] = False
            board.diag1[d1] = False
            board.diag2[d2] = False
    return count


def falses(n):
    a = []
    for i in range(n):
        a.append(False)
    return a


def solve(n):
    return place(Board(n), 0)


total = 0
for r in range(ROUNDS):
    total = total + solve(N)
print(total)
