# loop: a counted integer loop at the top level of the module (globals).
# JavaScript's `x | 0` (wrap to int32) is emulated with a mask.
total = 0
for i in range(100000000):
    total = ((total + i + 0x80000000) & 0xFFFFFFFF) - 0x80000000
print(total)
