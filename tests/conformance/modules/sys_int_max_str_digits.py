# sys.set_int_max_str_digits/get_int_max_str_digits: the int<->decimal str
# limit as a setting of the running VM (0 for none), in str(), int(),
# format(), repr() and %-formatting; powers of two bases are not limited.
import sys
print(sys.get_int_max_str_digits())
for a in [(0,), (100,), (640,), (-1,), ('x',), (2**70,)]:
    try: sys.set_int_max_str_digits(*a); print('ok', sys.get_int_max_str_digits())
    except Exception as e: print(type(e).__name__, e)
try: sys.set_int_max_str_digits(maxdigits=700); print(sys.get_int_max_str_digits())
except Exception as e: print(type(e).__name__, e)
try: sys.set_int_max_str_digits()
except Exception as e: print(type(e).__name__, e)
sys.set_int_max_str_digits(640)
try: str(10**700)
except Exception as e: print(type(e).__name__, e)
try: int('1'*700)
except Exception as e: print(type(e).__name__, e)
try: f'{10**700:d}'
except Exception as e: print(type(e).__name__, e)
try: print(10**700)
except Exception as e: print(type(e).__name__, e)
print(len(str(10**639)), len(hex(10**700)), int('f'*1000, 16) > 0)
sys.set_int_max_str_digits(0)
print(len(str(10**5000)), len(str(int('7'*5000))), len(f'{10**5000:,}'), len(repr(-10**6000)), len('%d' % 10**5000))
sys.set_int_max_str_digits(4300)
try: str(10**4300)
except Exception as e: print(type(e).__name__, e)
print(len(str(10**4299)))
