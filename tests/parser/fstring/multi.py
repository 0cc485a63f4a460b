f'{a}{b}{c}'
