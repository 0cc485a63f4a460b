def g():
    f'{yield}'
