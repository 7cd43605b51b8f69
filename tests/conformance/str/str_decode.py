# str(object, encoding, errors): decoding bytes-like objects, with CPython's argument errors.
for a in [(1,'utf-8'),('s','utf-8'),(bytearray(b'x'),),(memoryview(b'ab'),'ascii'),(b'\xff','ascii','replace'),(b'\xff','ascii'),(bytearray(b'hi'), 'latin-1')]:
  try: print(repr(str(*a)))
  except Exception as e: print(type(e).__name__, e)
print(repr(str(b'ab', errors='ignore')), repr(str(object=b'q', encoding='latin-1')), repr(str(object=5)), repr(str(encoding='ascii')), repr(str()))
for a, k in [((b'a', 'utf-8', 'strict', 4), {}), ((), {'x': 1}), ((b'a', 'ascii'), {'encoding': 'utf-8'}), ((), {'object': 3})]:
    try: print(repr(str(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
