f'{x!s}' f'{x!a}'
