print(f'{x}', end=f'{y}')
