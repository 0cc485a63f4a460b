f'\t{x}\n'
f'\x41{x}'
rf'\t{x}'
f'\N{BULLET} {x}'
