import sys
def a():
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
        except ValueError as e:
            if i == 3:
                return "ret from except " + str(e)
            continue
        finally:
            print("fin", i)
print(a())
def b():
    try:
        return 1
    finally:
        try:
            return 2
        finally:
            print("inner fin")
print(b())
def c():
    while True:
        try:
            raise KeyError("x")
        finally:
            break
    return "broke out", sys.exc_info()[0]
print(c())
def d():
    try:
        try:
            raise ValueError("v")
        except ValueError:
            print("in handler", sys.exc_info()[0].__name__)
            try:
                raise TypeError("t")
            except TypeError:
                print("nested", sys.exc_info()[0].__name__)
            print("back", sys.exc_info()[0].__name__)
        print("after", sys.exc_info()[0])
    finally:
        print("final", sys.exc_info()[0])
d()
def e():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise
        except ZeroDivisionError as err:
            return "reraised " + type(err).__name__
print(e())
def f():
    try:
        raise ValueError("a")
    except ValueError as ex:
        try:
            raise TypeError("b") from ex
        except TypeError as t:
            return repr(t.__cause__), t.__suppress_context__
print(f())
def g():
    for x in range(3):
        with open("/dev/null") as fh:
            try:
                if x == 1:
                    continue
                if x == 2:
                    return "from with"
            finally:
                print("g fin", x)
print(g())
def h(n):
    try:
        if n:
            raise ValueError
    except (TypeError, ValueError) as exc:
        return "tuple match", type(exc).__name__
    except:
        return "bare"
    else:
        return "else"
print(h(0), h(1))
def gen():
    try:
        yield 1
    finally:
        print("gen closing")
for v in gen():
    break
print("loop done")
try:
    raise ValueError("outer")
except ValueError:
    try:
        raise KeyError("inner")
    except KeyError as k:
        print("ctx", repr(k.__context__))
