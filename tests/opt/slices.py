# Slicing in a loop (fannkuch's flip): `BUILD_SLICE` becomes `rt slice`,
# and the generic subscript that reads (`perm[k::-1]`, `rt get_slice`)
# or assigns (`perm[:k + 1] = ...`, `rt set_slice`) a list slice takes
# its bounds instead, so `dce` removes the slice objects; exits before
# the subscript still hold them (`sink` describes them: `{vN=slice ...}`).
def flips(perm, n):
    total = 0
    for i in range(n):
        k = perm[0]
        perm[: k + 1] = perm[k::-1]
        total += perm[-1]
    return total


print(flips([3, 1, 0, 2, 4, 6, 5], 12))
