f'{x!r}{x!s}{x!a}'
