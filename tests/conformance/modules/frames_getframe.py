# sys._getframe and frame objects: f_code, f_lineno, f_locals, f_globals,
# f_back, identity while running, f_trace, clear(), the depth error.
import sys
import types


def callee(a, b=2):
    x = a + b
    frame = sys._getframe()
    print(type(frame).__name__, isinstance(frame, types.FrameType))
    print(frame.f_code.co_name, frame.f_lineno)
    print(sorted(k for k in frame.f_locals), frame.f_locals["x"])
    import builtins
    print(frame.f_globals is globals(), frame.f_builtins is vars(builtins))
    print(frame is sys._getframe(0), frame.f_back is sys._getframe(1))
    print(frame.f_back.f_code.co_name, sys._getframe(1).f_globals["__name__"])
    x = 10
    print(frame.f_locals["x"], frame.f_lineno)
    print(repr(frame).startswith("<frame at 0x"), repr(frame).endswith("line %d, code callee>" % frame.f_lineno))
    return frame


def caller():
    frame = callee(1)
    print(frame.f_code.co_name, frame.f_globals["__name__"])
    return sys._getframe()


outer = caller()
print(outer.f_code.co_name)

module_frame = sys._getframe()
print(module_frame.f_code.co_name, module_frame.f_back)
print(module_frame.f_locals is globals())


def depth():
    # The stack is this function's frame and the module's.
    n = 0
    try:
        while True:
            sys._getframe(n)
            n += 1
    except ValueError as e:
        print(n, e)


depth()

try:
    sys._getframe(1)
except ValueError as e:
    print("module:", e)
print(sys._getframe(-5) is sys._getframe())


def chain():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def level2():
    return chain()


def level1():
    return level2()


print(level1())
print([name for name in (lambda: chain())()])


class Body:
    where = sys._getframe().f_code.co_name
    names = sorted(sys._getframe().f_locals)


print(Body.where, Body.names)


def tracing():
    f = sys._getframe()
    print(f.f_trace)
    f.f_trace = print
    print(f.f_trace is print)
    try:
        f.clear()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        f.f_lineno_x = 1
    except AttributeError:
        print("AttributeError")


tracing()


def gen():
    yield sys._getframe().f_code.co_name
    yield sys._getframe().f_back.f_code.co_name


print(list(gen()))
for name in gen():
    print(name)

print(sum(sys._getframe(0).f_lineno for _ in range(3)) // 3)
