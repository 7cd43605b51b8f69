# try/except/else/finally in all combinations, with and without an exception raised.
def run(label, fail):
    log = []
    try:
        log.append("body")
        if fail:
            raise ValueError("boom")
        log.append("body-end")
    except ValueError as e:
        log.append("except " + str(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    print(label, log)

run("ok", False)
run("fail", True)

def only_finally(fail):
    log = []
    try:
        try:
            log.append("inner")
            if fail:
                raise KeyError("k")
        finally:
            log.append("finally")
    except KeyError as e:
        log.append("outer caught " + repr(e))
    return log

print(only_finally(False))
print(only_finally(True))

def except_else(fail):
    try:
        if fail:
            1 / 0
    except ZeroDivisionError:
        return "except"
    else:
        return "else"

print(except_else(True), except_else(False))

# except without 'as', and bare except
try:
    [][1]
except:
    print("bare except caught")
try:
    {}["x"]
except KeyError:
    print("KeyError caught without as")

# exception raised in else is not caught by the same try's handlers
try:
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise ValueError("from else")
    finally:
        print("finally after else raise")
except ValueError as e:
    print("outer got", e)
