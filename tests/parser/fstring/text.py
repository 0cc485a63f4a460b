f'a{x}b'
