# 'return' in an except* block is a SyntaxError.
print('never printed')


def f():
    try:
        pass
    except* ValueError:
        return 1
