x = f'{b"x"}'
