import colorsys

samples = [
    (0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0),
    (0.0, 0.0, 1.0), (0.2, 0.4, 0.4), (0.9, 0.1, 0.5), (0.5, 0.5, 0.25),
    (0.33, 0.66, 0.99), (0.75, 0.8, 0.1), (0.1, 0.2, 0.3), (1, 0, 0),
    (0.6, 0.6, 0.6), (0.123, 0.456, 0.789), (0.999, 0.001, 0.5),
]
for rgb in samples:
    yiq = colorsys.rgb_to_yiq(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    hsv = colorsys.rgb_to_hsv(*rgb)
    print(rgb, yiq, hls, hsv)
    print("  back", colorsys.yiq_to_rgb(*yiq), colorsys.hls_to_rgb(*hls),
          colorsys.hsv_to_rgb(*hsv))

# Coordinates that exercise every branch (sectors, clamping, grey).
for h in [0.0, 0.1, 0.2, 0.3, 0.45, 0.5, 0.6, 0.7, 0.8, 0.95, 1.0, 1.25, -0.1]:
    print(h, colorsys.hsv_to_rgb(h, 0.5, 0.8), colorsys.hls_to_rgb(h, 0.3, 0.6),
          colorsys.hls_to_rgb(h, 0.7, 0.4))
print(colorsys.hsv_to_rgb(0.3, 0.0, 0.4), colorsys.hls_to_rgb(0.3, 0.4, 0.0))
for yiq in [(0.5, 0.6, 0.0), (0.5, -0.6, 0.5), (1.0, 0.3, -0.3), (0.0, -0.5, 0.5)]:
    print(yiq, colorsys.yiq_to_rgb(*yiq))

import random
rng = random.Random(7)
acc = []
for _ in range(500):
    c = (rng.random(), rng.random(), rng.random())
    acc.append(colorsys.hls_to_rgb(*colorsys.rgb_to_hls(*c)))
    acc.append(colorsys.hsv_to_rgb(*colorsys.rgb_to_hsv(*c)))
    acc.append(colorsys.yiq_to_rgb(*colorsys.rgb_to_yiq(*c)))
print(len(acc), acc[:3], acc[-3:], sum(sum(t) for t in acc))
try:
    colorsys.rgb_to_hsv(-0.5, 0.0, -0.2)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(sorted(colorsys.__all__))
