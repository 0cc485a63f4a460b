f'{value:{width}}'
f'{value:{fill}{align}{width}}'
f'{d:%Y-%m-%d %H:%M}'
