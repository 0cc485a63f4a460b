a.1b
