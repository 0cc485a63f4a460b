x, y = 42, "str"
class R:
    def __repr__(self):
        return "R()"
    def __str__(self):
        return "r-str"
print("%s and %r" % (x, y))
print("[%5s][%-5s][%.2s][%7.3s]" % (x, y, y, y))
print("%s %r %a" % (R(), R(), "é"))
print("100%% %s" % (x,))
print("%s" % ((1, 2),))
print("%d items" % (3,), "%x" % (255,))
try:
    print("%s %s" % (1,))
except TypeError as e:
    print("TypeError:", e)
print(("a %s " + "b %s") % (1, 2))
print("%s" % x, "%s" % (x))
print(b"ab"[0], "héllo"[1], (1, 2, 3)[-1], b"-" * 3)
