try:
    a
except E as e:
    b
except (F, G):
    c
else:
    d
finally:
    e
