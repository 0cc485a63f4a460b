rf'\n{x}'
fr'{x}\d'
