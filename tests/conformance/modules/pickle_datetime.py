import pickle
import datetime as dt

utc = dt.timezone.utc
plus2 = dt.timezone(dt.timedelta(hours=2), "EET")
objs = [dt.date(2024, 1, 2), dt.date(1, 1, 1), dt.date(9999, 12, 31),
        dt.time(1, 2, 3), dt.time(23, 59, 59, 999999), dt.time(12, 0, tzinfo=utc),
        dt.time(5, 6, fold=1), dt.datetime(2024, 1, 2, 3, 4, 5),
        dt.datetime(2024, 7, 8, 9, 10, 11, 123456, tzinfo=plus2),
        dt.datetime(2021, 11, 7, 1, 30, fold=1), dt.timedelta(3, 4, 5), utc, plus2]
for o in objs:
    for proto in range(6):
        data = pickle.dumps(o, proto)
        back = pickle.loads(data)
        print(proto, type(o).__name__, data)
        print("   ", repr(back), back == o, getattr(back, "fold", None))
print(dt.date(b"\x07\xe8\x01\x02"), dt.time(b"\x81\x02\x03\x00\x00\x07").fold)
print(dt.datetime(b"\x07\xe8\x81\x02\x03\x04\x05\x00\x00\x01", utc))
for args in [(2024,), (2024, 1)]:
    try:
        dt.date(*args)
    except TypeError as e:
        print("TypeError", e)
