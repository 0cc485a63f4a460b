try:
    pass
except E as e:
    raise
raise X from None
raise X() from e
