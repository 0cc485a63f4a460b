f'{(lambda: 1)()}'
