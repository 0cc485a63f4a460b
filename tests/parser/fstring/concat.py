f'a' 'b' f'{c}'
'a' f'{b}' 'c'
u'a' f'{x}'
