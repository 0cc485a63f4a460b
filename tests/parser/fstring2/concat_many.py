x = f'a' f'{b}' 'c' f'{d!r}' u'e'
