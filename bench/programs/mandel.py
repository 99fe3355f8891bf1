# mandel: escape-time iteration counts over a 1200x1200 grid of the Mandelbrot
# set, at most 200 iterations per point -- double multiply/add/compare.
def mandel(w, h, max_iter):
    total = 0
    for y in range(h):
        ci = y * 2.0 / h - 1.0
        for x in range(w):
            cr = x * 3.0 / w - 2.0
            zr, zi, n = 0.0, 0.0, 0
            while n < max_iter:
                zr2, zi2 = zr * zr, zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                n += 1
            total += n
    return total

print(mandel(1200, 1200, 200))
