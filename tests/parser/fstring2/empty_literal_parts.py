f'{a}{b}'
f'{a}' f'{b}'
