try:
    pass
except* A:
    pass
except* (B, C) as e:
    pass
else:
    pass
finally:
    pass
