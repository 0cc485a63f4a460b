try:
    pass
except A:
    pass
except (B, C) as e:
    pass
except:
    pass
else:
    pass
finally:
    pass
