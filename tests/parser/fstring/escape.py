f'\n{x}\t'
