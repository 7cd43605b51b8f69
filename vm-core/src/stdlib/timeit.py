"""Timing small pieces of code: Timer, timeit, repeat, default_timer.

ouro's timeit: a statement given as text is compiled into a function that
runs it in a loop between two reads of the timer (time.perf_counter, the
host's clock); a callable is called in the loop instead. As in CPython,
text runs in this module's namespace unless globals= is given, so a
script names its own functions with "from __main__ import name". The
command-line interface and Timer.print_exc are not here.
"""

import gc
import itertools
import time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

default_timer = time.perf_counter
default_number = 1000000
default_repeat = 5

_SOURCE_NAME = '<timeit-src>'


def _indented(text, spaces):
    # text's lines after the first, indented to sit in the generated body.
    return text.replace('\n', '\n' + ' ' * spaces)


class Timer:
    """Times stmt, run after setup (each text or a callable without
    arguments), with timer."""

    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        namespace = {}
        run_in = _module_globals() if globals is None else globals
        params = ''
        if isinstance(setup, str):
            # Checked alone first, so a mistake there is reported as its own.
            compile(setup, _SOURCE_NAME, 'exec')
            setup_prefix = setup + '\n'
            setup_code = _indented(setup, 4)
        elif callable(setup):
            namespace['_setup'] = setup
            params += ', _setup=_setup'
            setup_prefix = ''
            setup_code = '_setup()'
        else:
            raise ValueError('setup is neither a string nor callable')
        if isinstance(stmt, str):
            compile(setup_prefix + stmt, _SOURCE_NAME, 'exec')
            stmt_code = _indented(stmt, 8)
        elif callable(stmt):
            namespace['_stmt'] = stmt
            params += ', _stmt=_stmt'
            stmt_code = '_stmt()'
        else:
            raise ValueError('stmt is neither a string nor callable')
        source = (f'def inner(_it, _timer{params}):\n'
                  f'    {setup_code}\n'
                  f'    _t0 = _timer()\n'
                  f'    for _i in _it:\n'
                  f'        {stmt_code}\n'
                  f'        pass\n'
                  f'    _t1 = _timer()\n'
                  f'    return _t1 - _t0\n')
        self.src = source
        exec(compile(source, _SOURCE_NAME, 'exec'), run_in, namespace)
        self.inner = namespace['inner']

    def timeit(self, number=default_number):
        """The seconds number runs of the statement take (the collector
        paused meanwhile, as CPython's timeit does)."""
        loops = itertools.repeat(None, number)
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self.inner(loops, self.timer)
        finally:
            if collecting:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """timeit(number), repeat times: a list of the times."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, time) for the first number in 1, 2, 5, 10, 20, 50, ...
        whose runs take 0.2 seconds or more; callback(number, time) is
        called after each try."""
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = scale * step
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return number, taken
            scale *= 10


def _module_globals():
    return globals()


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
