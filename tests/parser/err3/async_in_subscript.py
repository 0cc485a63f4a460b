d[async x] = 1
